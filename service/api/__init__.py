"""HTTP layer: Flask views, marshmallow schemas, RFC 9457 problems. Never sees a spaCy Doc."""

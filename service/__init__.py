"""Quote attribution service: direct quotes, their speakers, roles and dates."""

__version__ = "0.1.0"

"""Pure NLP layer: quote spans, speakers, roles and dates over spaCy docs. No Flask here."""

"""Who is who in the document: names, surname aliases, pronoun resolution."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from service.nlp.types import SpeakerType

PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "they": None, "i": None, "we": None}
ENTITY_TYPES: dict[str, SpeakerType] = {"PERSON": "person", "ORG": "organization", "NORP": "organization"}


@dataclass
class Entity:
    name: str
    type: SpeakerType
    first: int  # char offset of the first mention
    role: str | None = None
    aliases: set[str] = field(default_factory=set)


class EntityIndex:
    """People and organisations named in one document, with their aliases."""

    def __init__(self, doc: Doc) -> None:
        self.entities: list[Entity] = []
        self._by_alias: dict[str, Entity] = {}
        self._mentions: list[tuple[int, Entity]] = []
        for ent in doc.ents:
            kind = ENTITY_TYPES.get(ent.label_)
            if kind is None:
                continue
            name = _clean(ent)
            if not name:
                continue
            entity = self._by_alias.get(name.lower())
            if entity is None and kind == "person":
                entity = self._by_alias.get(name.split()[-1].lower())
                if entity is not None and len(name) > len(entity.name):
                    entity.name = name
            if entity is None:
                entity = Entity(name=name, type=kind, first=ent.start_char)
                self.entities.append(entity)
            entity.aliases.add(name.lower())
            if kind == "person":
                entity.aliases.add(name.split()[-1].lower())
            for alias in entity.aliases:
                self._by_alias.setdefault(alias, entity)
            self._mentions.append((ent.start_char, entity))

    def resolve(self, mention: Span) -> Entity | None:
        """`he` → the nearest person before it; `Smith` → `John Smith`."""
        lower = mention.text.lower()
        if lower in PRONOUNS:
            people = [e for pos, e in self._mentions if pos < mention.start_char and e.type == "person"]
            return people[-1] if people else None
        for ent in mention.ents:
            name = _clean(ent).lower()
            hit = self._by_alias.get(name) or self._by_alias.get(name.split()[-1] if name else "")
            if hit is not None:
                return hit
        return self._by_alias.get(lower)


def _clean(ent: Span) -> str:
    text = ent.text.strip()
    for suffix in ("'s", "\u2019s"):
        text = text.removesuffix(suffix)
    return text.strip()

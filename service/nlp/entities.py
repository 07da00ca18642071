"""Who is who in the document: names, surname and title aliases, pronoun and nominal resolution.

Built once per document from the named entities; every lookup afterwards is a dictionary
hit or a short backward walk over the sorted mention list.

Decisions:
- A person's `name` is the fullest form written (`Vladimir Putin` over `Putin`, `Mr. Putin`),
  titles and honorifics removed; its `role` is the fullest role phrase found beside any mention.
- A pronoun resolves to the nearest earlier person mention outside quotes whose gender agrees;
  none → unresolved (the caller gives no speaker: a pronoun is never a name).
- A nominal ("the Russian leader") resolves to the most recent person whose role shares its
  head noun or a synonym (`role_synonyms.txt`); none → an entity named by the phrase itself
  (determiner dropped) with type `unknown`, or `organization` when the head is an institution noun.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy
from spacy.tokens import Doc, Span, Token

from service.nlp.cues import SPEECH_VERBS
from service.nlp.lexicons import load, load_pairs
from service.nlp.roles import HONORIFICS, ROLE_NOUNS, TITLE_ABBREVIATIONS, roles_of
from service.nlp.types import SpeakerType

PRONOUN_GENDER: dict[str, str | None] = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
UNRESOLVABLE_PRONOUNS = frozenset(
    {"they", "them", "i", "we", "it", "you", "who", "this", "that", "one", "someone", "everyone", "some", "others"}
)
PRONOUNS = frozenset(PRONOUN_GENDER) | UNRESOLVABLE_PRONOUNS
ENTITY_TYPES: dict[str, SpeakerType] = {"PERSON": "person", "ORG": "organization", "GPE": "organization"}
HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "mister": "m", "sir": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f"}
HONORIFIC_GENDER |= {"miss": "f", "madam": "f", "madame": "f", "dame": "f"}
FIRST_NAMES: dict[str, str] = dict(load_pairs("first_names.txt"))
SYNONYMS: dict[str, frozenset[str]] = {k: frozenset(v.split()) for k, v in load_pairs("role_synonyms.txt")}
NOMINAL_GENDER = {"spokeswoman": "f", "chairwoman": "f", "congresswoman": "f", "spokesman": "m", "chairman": "m"}
NOMINAL_GENDER |= {"congressman": "m", "businessman": "m", "businesswoman": "f", "woman": "f", "man": "m"}
INSTITUTION_NOUNS = load("institution_nouns.txt")
PORTION_WORDS = frozenset({"part", "portion", "excerpt", "section"})
ORG_PRONOUNS = frozenset({"it", "they"})
ORG_LOOKBACK_CHARS = 600  # "it"/"they" stand for an organisation only when it was just named
SUBJECT_PRONOUNS = frozenset({"he", "she"})
FIRST_NAME_WEIGHT = 3  # a known given name outweighs a few stray pronouns, not an honorific (5)
LOOKBACK_CHARS = 4000  # a pronoun's antecedent lies within a few paragraphs
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})


@dataclass
class Entity:
    name: str
    type: SpeakerType
    first: int  # char offset of the first mention
    role: str | None = None
    aliases: set[str] = field(default_factory=set)
    gender: str | None = None
    role_words: frozenset[str] = frozenset()
    _votes: Counter[str] = field(default_factory=Counter)

    def add_role(self, role: str) -> None:
        """Keep the fullest role: the one with most words."""
        if self.role is None or len(role.split()) > len(self.role.split()):
            self.role = role
        self.role_words = self.role_words | {w for w in re.findall(r"[a-z-]+", role.lower())}


def _person_tokens(ent: Span) -> list[Token]:
    """`President Vladimir Putin's` → [Vladimir, Putin]: titles, honorifics, possessive dropped."""
    toks = [t for t in ent if (t.text not in {"'s", "\u2019s", "'", "\u2019"} and not t.is_punct) or t.text == "."]
    toks = [t for t in toks if not (t.text == "." and t.i > ent.start)]
    while toks and (
        toks[0].lower_ in HONORIFICS
        or toks[0].lower_ in TITLE_ABBREVIATIONS
        or toks[0].lower_ in ROLE_NOUNS
        or toks[0].lower_ in DETERMINERS
        or (toks[0].is_lower and len(toks) > 1)
    ):
        toks = toks[1:]
    # a headline verb swallowed into the name: "Obama Says", "Trump Slams"
    while len(toks) > 1 and toks[-1].lower_.endswith("s") and toks[-1].lower_[:-1] in SPEECH_VERBS:
        toks = toks[:-1]
    return toks


def _clean_name(text: str) -> str:
    text = text.strip()
    for suffix in ("'s", "\u2019s", "'", "\u2019"):
        text = text.removesuffix(suffix)
    text = re.sub(r"^(the|The)\s+", "", text.strip())
    return text.strip(' ,.;:\u2014\u2013-"\u201c\u201d')


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


class EntityIndex:
    """People and organisations named in one document, with their aliases, roles and genders."""

    def __init__(self, doc: Doc, quoted: Sequence[bool] | None = None, text: str | None = None) -> None:
        self.doc = doc
        self.entities: list[Entity] = []
        self._by_alias: dict[str, Entity] = {}
        self._by_surname: dict[str, list[Entity]] = {}
        self._by_token: dict[int, Entity] = {}
        self._positions: list[int] = []  # sorted char offsets of person mentions outside quotes
        self._at: list[Entity] = []
        self._nominals: dict[str, Entity] = {}
        self._org_positions: list[int] = []  # organisation mentions outside quotes, in text order
        self._orgs: list[Entity] = []
        quoted = quoted if quoted is not None else [False] * len(doc)
        text = doc.text if text is None else text
        self._sent_starts = numpy.flatnonzero(doc.to_array("SENT_START") == 1)
        person_sents: dict[int, list[Entity]] = {}
        for ent in doc.ents:
            kind = ENTITY_TYPES.get(ent.label_)
            if kind is None:
                continue
            if kind == "organization" and _looks_personal(ent):
                kind = "person"
            entity = self._person(ent) if kind == "person" else self._organization(ent, kind, text)
            if entity is None:
                continue
            for t in ent:
                self._by_token[t.i] = entity
            if kind == "person":
                for role in roles_of(ent):
                    entity.add_role(role)
                honor = doc[ent.start - 1].lower_ if ent.start > 0 else ""
                if ent[0].lower_ in HONORIFIC_GENDER:
                    honor = ent[0].lower_
                if honor in HONORIFIC_GENDER:
                    entity._votes[HONORIFIC_GENDER[honor]] += 5
                if not quoted[ent.start]:
                    self._add_position(ent.start_char, entity)
                    person_sents.setdefault(self._sentence(ent.start), []).append(entity)
            elif not quoted[ent.start] and entity.type == "organization":
                self._org_positions.append(ent.start_char)
                self._orgs.append(entity)
        self._merge_surnames()
        self._vote_pronouns(quoted, person_sents)
        # plural subjects outside quotes, antecedents for "they"
        self._group_positions: list[int] = []
        self._groups: list[Token] = []
        subjects = numpy.flatnonzero(doc.to_array("DEP") == doc.vocab.strings.add("nsubj")).tolist()
        for i in subjects:
            t = doc[i]
            plural = t.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in t.children)
            if plural and not quoted[i] and t.pos_ in {"NOUN", "PROPN"}:
                self._group_positions.append(t.idx)
                self._groups.append(t)
        for e in self.entities:
            if e.type != "person":
                continue
            words = e.name.split()
            given = FIRST_NAMES.get(words[0].lower()) if len(words) > 1 else None
            if given is not None:
                e._votes[given] += FIRST_NAME_WEIGHT
            if e._votes:
                (g, n), *rest = [*e._votes.most_common(2), ("", 0)]
                if n > rest[0][1]:
                    e.gender = g

    # -- building -------------------------------------------------------------------------

    def _add_position(self, pos: int, entity: Entity) -> None:
        i = bisect.bisect_right(self._positions, pos)
        self._positions.insert(i, pos)
        self._at.insert(i, entity)

    def _person(self, ent: Span) -> Entity | None:
        toks = _person_tokens(ent)
        if not toks:
            return None
        name = _clean_name(ent.doc[toks[0].i : toks[-1].i + 1].text)
        words = name.split()
        if not words or not words[-1][:1].isupper():
            return None
        surname = words[-1].lower()
        key = name.lower()
        entity = self._by_alias.get(key)
        if entity is None and len(words) == 1:
            same = self._by_surname.get(surname) or [
                e for e in self.entities if e.type == "person" and e.name.split()[0].lower() == surname
            ]
            entity = same[-1] if same else None
        if entity is None and len(words) > 1:
            for cand in self._by_surname.get(surname, []):
                cwords = cand.name.split()
                if len(cwords) == 1 or _same_first(cwords[0], words[0]):
                    entity = cand
                    break
        if entity is None:
            entity = Entity(name=name, type="person", first=ent.start_char)
            self.entities.append(entity)
        elif len(words) > len(entity.name.split()):
            entity.name = name
        entity.aliases |= {key, surname}
        self._by_alias.setdefault(key, entity)
        bucket = self._by_surname.setdefault(surname, [])
        if entity in bucket:
            bucket.remove(entity)
        bucket.append(entity)
        return entity

    def _organization(self, ent: Span, kind: SpeakerType, text: str) -> Entity | None:
        name = _clean_name(ent.text)
        if not name:
            return None
        key = name.lower()
        entity = self._by_alias.get(key)
        if entity is None and len(name.split()) == 1 and self._by_surname.get(key):
            return self._by_surname[key][-1]  # "Trump" tagged ORG beside the person Donald Trump
        if entity is None:
            entity = Entity(name=name, type=kind, first=ent.start_char)
            self.entities.append(entity)
        elif len(name) > len(entity.name) and entity.type != "person":
            entity.name = name
        if entity.type == "person":
            return entity
        entity.aliases.add(key)
        self._by_alias.setdefault(key, entity)
        acronym = re.match(r"\s*\(([A-Z][A-Za-z0-9.&-]{1,9})\)", text[ent.end_char : ent.end_char + 14])
        for alias in (acronym.group(1) if acronym else "", _initials(name) if len(name.split()) > 2 else ""):
            if alias:
                entity.aliases.add(alias.lower())
                self._by_alias.setdefault(alias.lower(), entity)
        return entity

    def _merge_surnames(self) -> None:
        """A surname met before the full name (`Kabulov … Zamir Kabulov`) joins the one full name."""
        for e in list(self.entities):
            if e.type != "person" or len(e.name.split()) != 1:
                continue
            full = [c for c in self._by_surname.get(e.name.lower(), []) if len(c.name.split()) > 1]
            if len({id(c) for c in full}) != 1:
                continue
            target = full[0]
            target.aliases |= e.aliases
            target._votes.update(e._votes)
            if e.role:
                target.add_role(e.role)
            for k, v in list(self._by_alias.items()):
                if v is e:
                    self._by_alias[k] = target
            for ti, v in list(self._by_token.items()):
                if v is e:
                    self._by_token[ti] = target
            self._at = [target if a is e else a for a in self._at]
            self._by_surname[e.name.lower()] = [c for c in self._by_surname[e.name.lower()] if c is not e]
            self.entities.remove(e)

    def _sentence(self, token_i: int) -> int:
        return int(numpy.searchsorted(self._sent_starts, token_i, side="right")) - 1

    def _vote_pronouns(self, quoted: Sequence[bool], person_sents: dict[int, list[Entity]]) -> None:
        """A sentence naming one person, and the next if it names none: its he/she votes for that person."""
        strings = self.doc.vocab.strings
        lower = self.doc.to_array("LOWER")
        for word, gender in PRONOUN_GENDER.items():
            if gender is None or word not in SUBJECT_PRONOUNS:
                continue  # "his"/"her"/"him" often point at someone else in the sentence
            for i in numpy.flatnonzero(lower == strings.add(word)).tolist():
                if quoted[i]:
                    continue
                n = self._sentence(i)
                here = {id(e): e for e in person_sents.get(n, [])}
                if not here and n > 0:
                    here = {id(e): e for e in person_sents.get(n - 1, [])}
                if len(here) == 1:
                    (entity,) = here.values()
                    entity._votes[gender] += 1

    # -- lookup ---------------------------------------------------------------------------

    def note(self, pos: int, entity: Entity) -> None:
        """A resolved speaker mention (`the Russian leader` → Putin) becomes an antecedent too."""
        if entity.type == "person":
            self._add_position(pos, entity)

    def entity_at(self, token: Token) -> Entity | None:
        return self._by_token.get(token.i)

    def resolve(self, mention: Span) -> Entity | None:
        """`he` → nearest compatible person; `Smith` → `John Smith`; `the minister` → the minister named."""
        root = mention.root
        lower = mention.text.lower()
        if len(mention) == 1 and lower in PRONOUNS:
            return self._pronoun(mention)
        # a name: the person (then organisation) the head token, an appositive or a word of the mention belongs to
        direct = self._by_token.get(root.i)
        if direct is not None and direct.type == "person":
            return direct
        for t in mention:
            e = self._by_token.get(t.i)
            if e is not None and e.type == "person" and (t.dep_ in {"appos"} or t.head.dep_ == "appos" or t == root):
                return e
        if direct is not None:
            return direct
        alias = self._by_alias.get(_clean_name(lower))
        if alias is not None:
            return alias
        if (root.pos_ == "PROPN" or (len(mention) == 1 and root.is_title)) and root.ent_type_ == "":
            # a name NER missed this time: an alias, else the person last named with this surname
            same_surname = self._by_surname.get(root.lower_)
            hit = self._by_alias.get(root.lower_) or (same_surname[-1] if same_surname else None)
            if hit is not None:
                return hit
        nominal = self._nominal(mention) or self._institution(mention)
        if nominal is not None:
            return nominal
        # "part of the AFF statement", "the Clinton campaign": the organisation or person inside
        for t in mention:
            e = self._by_token.get(t.i)
            if e is not None:
                return e
        return self._unresolved(mention)

    def _pronoun(self, mention: Span) -> Entity | None:
        """he/she → the nearest person of that gender (or of unknown gender); it/they → the nearest organisation."""
        lower = mention.text.lower()
        if lower in ORG_PRONOUNS:
            i = bisect.bisect_left(self._org_positions, mention.start_char) - 1
            org_at = self._org_positions[i] if i >= 0 else -1
            if lower == "they":  # a group named as a subject just before ("Ruiz and Berg", "the senators")
                g = bisect.bisect_left(self._group_positions, mention.start_char) - 1
                near = g >= 0 and mention.start_char - self._group_positions[g] <= ORG_LOOKBACK_CHARS
                if near and self._group_positions[g] > org_at:
                    return self._group(self._groups[g])
            if i >= 0 and mention.start_char - org_at <= ORG_LOOKBACK_CHARS:
                return self._orgs[i]
            return None
        if lower not in PRONOUN_GENDER:
            return None
        gender = PRONOUN_GENDER[lower]
        return self._nearest(mention.start_char, lambda e: e.gender is None or e.gender == gender)

    def _nearest(self, pos: int, ok: Callable[[Entity], bool]) -> Entity | None:
        i = bisect.bisect_left(self._positions, pos) - 1
        while i >= 0 and pos - self._positions[i] <= LOOKBACK_CHARS:
            e = self._at[i]
            if ok(e):
                return e
            i -= 1
        return None

    def _nominal(self, mention: Span) -> Entity | None:
        root = mention.root
        head = root.lemma_.lower() if root.pos_ == "NOUN" else root.lower_
        words = SYNONYMS.get(head) or SYNONYMS.get(root.lower_)
        if words is None:
            if head not in ROLE_NOUNS and root.lower_ not in ROLE_NOUNS:
                return None
            words = frozenset({head, root.lower_})
        gender = NOMINAL_GENDER.get(root.lower_)
        # modifiers that must agree when the role names them ("foreign minister" ≠ "finance minister")
        mods = {t.lower_ for t in mention if t.dep_ in {"compound", "amod"} and t.i < root.i and t.pos_ == "NOUN"}

        def fits(e: Entity) -> bool:
            if e.type != "person" or not (e.role_words & words):
                return False
            if gender is not None and e.gender is not None and e.gender != gender:
                return False
            return not mods or bool(mods & e.role_words)

        return self._nearest(mention.start_char, fits)

    def _group(self, head: Token) -> Entity:
        """`Ana Ruiz and Tom Berg`, `the senators`: a group speaker named by its phrase (type unknown)."""
        keep = [head] + [
            t for c in head.children if c.dep_ in {"conj", "cc", "compound", "amod", "det"} for t in c.subtree
        ]
        lo, hi = min(t.i for t in keep), max(t.i for t in keep)
        return self._unresolved(head.doc[lo : hi + 1]) or Entity(name=head.text, type="unknown", first=head.idx)

    def _institution(self, mention: Span) -> Entity | None:
        """`the union` → the Port Workers Union named just before (its name ends in the same noun)."""
        root = mention.root
        if root.pos_ != "NOUN" or root.lemma_.lower() not in INSTITUTION_NOUNS or mention[0].lower_ != "the":
            return None
        head = root.lower_
        i = bisect.bisect_left(self._org_positions, mention.start_char) - 1
        while i >= 0 and mention.start_char - self._org_positions[i] <= LOOKBACK_CHARS:
            org = self._orgs[i]
            if org.name.lower().split()[-1:] == [head]:
                return org
            i -= 1
        return None

    def _unresolved(self, mention: Span) -> Entity | None:
        root = mention.root
        if root.lower_ in PORTION_WORDS:  # "part of the ministry statement" is the statement's
            of = next((c for c in root.children if c.lower_ == "of"), None)
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if obj is not None:
                mention = mention.doc[obj.left_edge.i : obj.right_edge.i + 1]
                root = obj
        if root.pos_ == "PRON":
            return None
        toks = list(mention)
        while toks and (toks[0].lower_ in DETERMINERS or toks[0].is_punct):
            toks = toks[1:]
        while toks and toks[-1].is_punct:
            toks = toks[:-1]
        if not toks:
            return None
        name = mention.doc[toks[0].i : toks[-1].i + 1].text
        kind: SpeakerType = "organization" if root.lemma_.lower() in INSTITUTION_NOUNS else "unknown"
        if root.pos_ == "PROPN" and all(t.is_title or t.lower_ in HONORIFICS for t in toks):
            kind = "person" if len(toks) > 1 or toks[0].lower_ in HONORIFICS else "unknown"
        entity = self._nominals.get(name.lower())
        if entity is None:
            entity = Entity(name=name, type=kind, first=mention.start_char)
            self._nominals[name.lower()] = entity
        return entity


def _looks_personal(ent: Span) -> bool:
    """A name tagged as an organisation: `spokesperson Nadia Elba`, `Mr. Holm`, `Carla Diaz` (known first name)."""
    words = [t for t in ent if not t.is_punct]
    if not 2 <= len(words) <= 4 or not all(t.is_title for t in words):
        return False
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if before in HONORIFIC_GENDER or before in TITLE_ABBREVIATIONS or before in ROLE_NOUNS:
        return True
    return words[0].lower_ in FIRST_NAMES and words[-1].lower_ not in INSTITUTION_NOUNS


def _same_first(a: str, b: str) -> bool:
    """`Donald` ~ `Donald`, `D.` ~ `Donald`."""
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))

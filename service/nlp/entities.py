"""Who is who in the document: names, surname and title aliases, pronoun and nominal resolution.

Built once per document from the named entities; every lookup afterwards is a dictionary
hit or a short backward walk over the sorted mention list.

Decisions:
- A person's `name` is the fullest form written (`Vladimir Putin` over `Putin`, `Mr. Putin`),
  titles and honorifics removed; its `role` is the fullest role phrase found beside any mention.
- A one-word name has one kind per document: the label the tagger gives it most often (a
  fuller person name ending in it votes person), so `he` never lands on `Carrier` or `Clarkston`;
  the surname of a full person name is that person unless ever tagged a place, and a subject that
  a he/she follows in its sentence votes person. A capitalised word the tagger missed that is one
  person's surname is a mention of that person.
- A bare surname or `Mr./Mrs. X` joins a person only when the honorific and the given name agree in
  gender (`Mrs. Clinton` is not Bill Clinton), and never a relative first named in full as kin
  (`his daughter Ivanka Trump`). Titles are not part of a name, even where the tagger swallowed them
  (`Councilwoman Rhea Tanaka said` → Rhea Tanaka, role Councilwoman).
- he/she resolve to a person outside quotes whose gender agrees, in the sentence of the nearest
  such mention, its main-clause subject first ("Rubio said that Trump, whom he called …" → Rubio);
  in a clause opening its sentence, the main subject after it ("After he lost, Brown said" → Brown);
  when that sentence's main subject is the same pronoun ("Later he praised Brown, who he called"),
  the chain is followed back from it;
  none → unresolved (the caller gives no speaker: a pronoun is never a name).
- it/they resolve to the organisation, institution or document (it) or the plural group (they)
  named last, a sentence's main subject before its object; a place (GPE) never, nor for `they`
  a plural thing (`results`, `deals`). An expletive
  `it` ("It is clear that …") stands for nothing; a cleft one ("It was Obama who …") for its focus.
- An unnamed source is named by what the text says of it, type `unknown`: `someone in the
  audience`, `those surveyed`, a bare `another` after "one voter said" → `another voter`; with no
  noun to say → unresolved. "I" outside quotes is `the author`.
- A document or sign that speaks through `that`/`which` ("Ruiz released an ad that says …")
  speaks for the subject of the verb it is the object of (Ruiz).
- A definite singular nominal ("the Russian leader") resolves to the most recent person whose role
  shares its head noun or a synonym (`role_synonyms.txt`); an indefinite or plural one ("an
  Israeli official", "Clinton advisers") is someone not named. Unresolved → an entity named by the
  phrase itself (determiner dropped) with type `unknown`, or `organization` when the head is an
  institution noun; the name inside a person's role ("a Clinton campaign official") is never it.
  A possessive pronoun in the phrase names its owner ("her campaign" → "Ana Ruiz's campaign"); a definite
  phrase repeating the common nouns the text wrote earlier after one name is that body ("the editorial
  board" after "the Tribune editorial board" → Tribune editorial board; after two such names, as written).
  An office or candidacy nobody was named with ("the Florida senator", "the two-term president")
  is the person in focus, as he/she would resolve, unless that person was named as something else
  (a host, a firm's president) or the phrase says more ("the senator from Nevada"); then the person last
  named before that one's sentence, within RECENT_SENTENCES, who was not ("“Is it you?” the host asked. “It
  is,” the senator said" → the guest). Being someone's rival or ally (`relation_nouns.txt`) is no other job. Epithets of
  occupation ("the actor", "the retired surgeon") were tried the same way and dropped: half wrong.
- Roles (see `roles`): read beside every person mention outside quotes (inside quotes: ranked last, jobs
  only), an organisation's appositive, and a definite job description that is a clause subject ("The
  former senator told …"): it is the person a speaker nominal resolves to when it says more than the job
  that person was named with ("former president" after "President"), else the subject of the last
  sentence naming a person, within three sentences, when that sentence names no one else (but a possessor or
  a noun's complement: "Ruiz regrets her insults of Berg" is about Ruiz; "Ruiz beat Berg" is not) and nothing
  beside the name gave a job or affiliation; never someone named later in its own sentence ("The
  prosecutor criticized Ruiz"), never with a superlative or a restrictive clause ("the editor I met").
  Descriptions never extend `role_words`; but a description that is all the text called that person so far
  (no role before it) is an epithet of theirs, and a later definite phrase with its head names them again
  ("Ruiz regrets it. The Supreme Court justice said … Later the justice added" → Ruiz), unless the head is an
  office the person in focus is called by anyway (FOCUS_ROLES) or a role held for someone else (`the
  spokesman`, `the source`: SERVING_ROLES). Not the phrase that gave the epithet itself (it resolves as before).
  A definite description of an office or candidacy (`FOCUS_ROLES`, "secretary") in an object or possessor
  ("he stopped attacking the front-runner", "the former secretary of state's bid") is the person last named (or
  he/she) within two sentences who is not the subject of its own clause nor the object of its verb (binding), of
  its gender, named in full; none when another is named in that sentence too, or the one named last is only
  inside a noun phrase beside someone acting nearby; never "the president" or "the first …" (whoever holds it);
  it gives a role only to someone with none, or a fuller one ("Senator" → "Vermont senator"), ranked below a
  description the focus rule placed (`INFERRED`). A subject description the focus rule leaves unplaced ("…, added
  his campaign manager Ruiz, speaking after the senator spoke") is placed the same way; a conjunct clause with its
  own subject binds nothing above it. Read on dev/train:
  about 4 in 5 right (the wrong ones mostly a generic "the nominee" or someone not named nearby).
  A description that speaks before anyone was named as it ("The last man to run as an independent says …") is
  the person first named as a speaker in the next two sentences ("“…,” says Tom Reyes"), nobody named between.
  These placed descriptions never extend `role_words` (nor are they epithets), so they change no speaker. A
  speaker the article never names, described by a job phrase, has that phrase as role ("an intelligence source").
  Roles are read only where `_in_text` allows (the one place to exclude captions, credits, link lines).
- A definite job phrase with one name in it ("the Acme employee", "the Clinton aide") is the person named last
  whose role holds that name and that job (any job for a generic `employee`, `staffer`): "Acme writer Ana Ruiz".
- A job phrase, a comma, then a name closing the clause is an apposition however the parser attached
  it: "according to the city's transport commissioner, Li Wei" resolves to Li Wei.
  So is a name set off by commas right after a definite role's relative clause ("The editor I was
  talking to, Ana Ruiz, cut in" → Ana Ruiz, role editor).
- A document speaks for its issuer where the text says who: its possessor (`her statement`), or who
  sent, released or said it `in a statement` before (`the letter said`; `Ruiz, who released a report` is
  Ruiz's); a column, editorial or op-ed, its
  named author, else the publication it ran in (`a column in the Harbor Times … the column said`, also when
  the column is then called by its own name). A thing of someone's (`her
  plan`) speaks for them. A thing named by a common noun (`mute_nouns.txt`: the trope, the debt, a
  town), a pet, an agreement tagged as an organisation, `Bill C-74` is no speaker (`speaks`).
  A person's institution (`Ryan’s office`, `her campaign`) speaks as one, named by the person's full
  name: "Paul Ryan’s office".
- People named together as a subject (`Ruiz and Berg`) are one group named by their full names, as the speaker
  (`Ruiz and Berg said …`: "Ana Ruiz and Tom Berg", only when each is a person named) and for a later `they`; a
  plural office (`the two lawmakers`, counted or not) is the group last named so: within ORG_LOOKBACK_CHARS any
  such group, further back (LOOKBACK_CHARS) only one whose members were each named with that office (`Chairman
  Ana Ruiz and Chairman Tom Berg` … `the committee chairmen`); the phrase is then the group's role.
- A show named after its host in an outlet's possessive (`MSNBC's “The Ana Ruiz Show”`) makes the outlet the
  host's affiliation. Entries that end with the same full name (a headline's `Hillary:`) share the best role.
- A one-word person takes the full name the text writes once where the tagger missed it (a given
  name before the surname in an untagged headline or a show's title), and a given name alone
  (`Hillary:`) the one full name it opens.
- A subject he/she votes gender only for a person it can stand for (not one in its own clause, not
  one named after it unless the pronoun opens the sentence in a subordinate clause).
- A known given name and a capitalised singular proper noun after it that the tagger left untagged (`Mayor
  Ana Ruiz said`: the small model misses many unfamiliar names) are a person's name.
- An outlet's possessive tagged into one name with its writer ("Slate's Ada Fenn") is not part of
  the name; a name with '&' or digits ("AT&T") never becomes a person by a following he/she; a name
  opening a sentence that the parser left off its subjectless main verb (dep) is that verb's subject.
- A kind of organisation with no name of its own ("the company", "the news outlet") is the organisation named
  last that was called so or whose name says so (`Acme Corp`; a news organisation by its name's last word,
  `media_name_words.txt`: "Fox News", "the Harbor Times"); never an indefinite one ("a paper from …").
- A paper's short name (`the Times`, `the Journal`) is the one paper named in full with that last word; where
  the article names a paper's editorial board (it reports an editorial), the paper's own words are the board's
  ("the Journal notes …, the newspaper writes" → Wall Street Journal editorial board).
- A headline's bare title word (`Justice vows …`, `Judge blocks …`) is the person in focus before it when the
  article gives them that title or epithet; with nobody named before it, the first person given that title.
- An institution noun (`the university`, `the union`) is the organisation named last whose name ends in it or
  opens an "X of Y" name (`University of Lagos`).
- An organisation's initials met before its full name (`IMF … the International Monetary Fund`) are that
  organisation, named in full.
- The surname the press writes after an honorific (`Mr Pellow-Hughes`, `Ms Nic Giolla Bhríde`, `Ms Lim`) names a
  person where NER missed or cut the name: the same words after a given name are the full name, and before a
  romanised Chinese given name (`Lim Hui Min`, `Chow Tsz-kin`) a family name written first. A patronymic
  joins two names (`Samira bint Khalid al-Harbi`) and the name before it is the one used with a title
  (`Mr Faizal` for Faizal bin Rahman). A surname with a particle (`Van den Berg`, `Ó Faoláin`) is the
  person whose full name ends in it, however tagged.
- After a job noun (`Chief Executive`, `striker`, `midfielder`: occupation_nouns.txt) an unknown capitalised
  word before a tagged surname, or two such words the tagger missed or called a place, nationality or work,
  are a person's name; so is a name tagged ORG that is set off by commas right after a job noun ("Its chief
  executive, Eoghan Mac Lochlainn, said"), and a surname of someone already named, whatever its tag.
- The first of two surnames joined by a particle is one a title goes with (`Ms Ortega` for Lucía Ortega de la
  Serna), and so is a family name written first before a Chinese or Korean given name (`Baek` for Baek
  Seung-ho). A capitalised name followed by `, who` is a person's (`MacAulay, who keeps bees`), with the
  untagged given name before it.
- A hyphenated surname the tagger missed is looked up whole (`Cr Oduya-Reid` → Tamsin Oduya-Reid; `Cr`, `Cllr`
  are councillor); its first part is no other given name.
- `the 26-year-old` is the person named last with that age beside the name (`Jo Park, 26,`, `26-year-old Jo
  Park`); with no such person it stays a description.
- Courtesy titles of other presses (`Shri`, `Alhaji`, `Frau`: honorifics.txt) and post-nominal letters
  (`Aoife Byrne TD`, `KC`: post_nominals.txt) are no part of a name, and mark a person where NER said
  organisation; a particle glued to the surname is (`Khalid al-Sabri`, and a last word `al-Sabri` is a name).
- A state's ministry, department or agency is named with the state's possessive ("Norway’s Finance
  Ministry"; the bare "Finance Ministry" stays its alias); a firm is not ("Japan's Tonami Motor Group").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import takewhile

import numpy
from spacy.strings import get_string_id
from spacy.symbols import NOUN as NOUN_POS
from spacy.symbols import PROPN as PROPN_POS
from spacy.tokens import Doc, Span, Token

from service.nlp.cues import SPEECH_VERBS, is_speech_verb
from service.nlp.lexicons import load, load_pairs
from service.nlp.roles import (
    AFFILIATION,
    DESCRIPTION,
    DESCRIPTION_PREPS,
    HONORIFICS,
    INFERRED,
    OCCUPATION_NOUNS,
    QUOTED,
    ROLE_NOUNS,
    SHOW_WORDS,
    TITLE_ABBREVIATIONS,
    Role,
    better,
    description,
    description_of,
    host_of,
    is_age,
    is_job,
    job_before_comma,
    roles_of,
    words_of,
    written_word,
)
from service.nlp.tree import children as children_of
from service.nlp.types import SpeakerType

PRONOUN_GENDER: dict[str, str | None] = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
UNRESOLVABLE_PRONOUNS = frozenset(
    {"they", "them", "i", "we", "it", "you", "who", "this", "that", "one", "someone", "everyone", "some", "others"}
)
PRONOUNS = frozenset(PRONOUN_GENDER) | UNRESOLVABLE_PRONOUNS
ENTITY_TYPES: dict[str, SpeakerType] = {"PERSON": "person", "ORG": "organization", "GPE": "organization"}
HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "mister": "m", "sir": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f"}
HONORIFIC_GENDER |= {"miss": "f", "madam": "f", "madame": "f", "dame": "f"}
HONORIFIC_GENDER |= {"shri": "m", "smt": "f", "smt.": "f", "shrimati": "f", "alhaji": "m", "alhaja": "f", "hajiya": "f"}
HONORIFIC_GENDER |= {"herr": "m", "frau": "f", "monsieur": "m"}
POST_NOMINALS = load("post_nominals.txt")  # `Aoife Byrne TD`, `Alan Marsh KC`: an office or honour, no name
FIRST_NAMES: dict[str, str] = dict(load_pairs("first_names.txt"))
SYNONYMS: dict[str, frozenset[str]] = {k: frozenset(v.split()) for k, v in load_pairs("role_synonyms.txt")}
NOMINAL_GENDER = {"spokeswoman": "f", "chairwoman": "f", "congresswoman": "f", "spokesman": "m", "chairman": "m"}
NOMINAL_GENDER |= {"congressman": "m", "businessman": "m", "businesswoman": "f", "woman": "f", "man": "m"}
INSTITUTION_NOUNS = load("institution_nouns.txt")
ORG_KIND_NOUNS = load("org_kind_nouns.txt")
EPITHET_NOUNS = load("epithet_nouns.txt")
# one message, named again by another word: `In an email to staff, Haddad wrote … The memo added`
MESSAGE_NOUNS = frozenset({"email", "e-mail", "memo", "memorandum", "letter", "note", "message"})
# a firm (`Acme Corp`, `Acme Inc.`) is also what its trade calls it: `the carmaker`, `the retailer`
_COMPANY = ("company", "firm", "corporation", "business", "retailer", "automaker", "carmaker", "insurer", "airline")
_AGENCY = ("agency", "department", "ministry", "regulator", "watchdog")
# the last word of an organisation's name that says what kind of organisation it is
ORG_SUFFIX_KINDS: dict[str, tuple[str, ...]] = {w: _COMPANY for w in ("corp", "corporation", "inc", "co", "llc", "ltd")}
ORG_SUFFIX_KINDS |= {w: _COMPANY for w in ("plc", "company", "holdings")}
ORG_SUFFIX_KINDS |= {w: _AGENCY for w in ("agency", "administration", "bureau", "service", "department", "commission")}
ORG_SUFFIX_KINDS |= {"ministry": _AGENCY, "bank": ("bank",), "airlines": ("airline",), "group": ("group",)}
# `Fox News`, `the Harbor Times`: a news organisation, what "the newspaper" or "the news outlet" stands for
_MEDIA = ("newspaper", "paper", "outlet", "publication", "network", "broadcaster")
MEDIA_NAME_WORDS = load("media_name_words.txt")
ORG_SUFFIX_KINDS |= {w: _MEDIA for w in MEDIA_NAME_WORDS}
# plural things a `they` that speaks never stands for (people and groups are too many to list)
THING_NOUNS = frozenset({"result", "import", "export", "comment", "remark", "deal", "program", "number", "figure"})
THING_NOUNS |= {"price", "rate", "tax", "cost", "job", "change", "cut", "issue", "question", "problem", "effort"}
THING_NOUNS |= {"policy", "law", "rule", "plan", "proposal", "idea", "thing", "fact", "detail", "datum", "finding"}
THING_NOUNS |= {"attack", "word", "event", "benefit", "right", "dollar", "vote", "poll", "survey", "number", "sale"}
MUTE_NOUNS = load("mute_nouns.txt")
RELATION_NOUNS = load("relation_nouns.txt")  # `chief rival`: how one stands to another, no office
ANIMAL_NOUNS = frozenset({"dog", "cat", "horse", "pet", "bird", "parrot", "puppy", "kitten", "pony"})
AGREEMENT_NOUNS = frozenset({"pact", "treaty", "deal", "accord", "agreement", "bill", "act", "amendment"})
DOCUMENT_NOUNS = load("document_nouns.txt")
SPEECH_NOUNS = load("speech_nouns.txt")  # `his remarks`, `her comments`: words that speak for their owner
# pieces a publication runs: `a column in the Times`, `an editorial by Ana Ruiz` (author first, then the paper)
PIECE_NOUNS = frozenset({"column", "editorial", "op-ed"})
PIECE_SOURCES = ("by", "in", "from")
WRITTEN_ON = frozenset({"sign", "banner", "placard", "poster", "billboard", "shirt", "caption", "headline", "sticker"})
WRITTEN_ON |= {"article", "story", "piece"}  # beside document_nouns.txt: written things that speak
THING_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj")
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PORTION_WORDS = frozenset({"part", "portion", "excerpt", "section"})
ORG_PRONOUNS = frozenset({"it", "they"})
ORG_LOOKBACK_CHARS = 600  # "it"/"they" stand for an organisation only when it was just named
SUBJECT_PRONOUNS = frozenset({"he", "she"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
SUBJECT_PRONOUN_WINDOW = 60  # tokens after a one-word name searched for its he/she (a bound, as every scan has)
NP_INNER_DEPS = frozenset({"det", "compound", "amod", "poss", "nmod", "case", "punct", "nummod"})
FIRST_NAME_WEIGHT = 3  # a known given name outweighs a few stray pronouns, not an honorific (5)
MAX_DEPTH = 12
FOCUS_SENTENCES = 3  # a description ("the senator") is of the person in focus only that close
MAX_CLAUSE_GAP = 12  # "the editor I was talking to, NAME": words from the role to the name's end
# offices whose holder a reader knows without the text naming them; ordinals that pick one holder among many
UNIQUE_OFFICES = frozenset({"president", "pope", "queen", "king", "speaker", "chancellor"})
EPITHET_OFFICES = frozenset({"secretary"})  # "the former secretary of state": a cabinet office as a candidate's epithet
ORDINALS = frozenset({"first", "last", "only", "second", "third", "next", "previous"})
INTRODUCED_SENTENCES = 2  # "The last man to … says …" and the name that follows it
PEOPLE_NOUNS = frozenset({"man", "woman", "person"})
DESCRIBE_TOKENS = 150  # and that many tokens at most (a run-on "sentence" of a whole page stays a bounded scan)
DESCRIBE_SENTENCES = 2  # an object description ("he stopped attacking the front-runner") is of someone named that close
# where a description of someone named elsewhere may stand beside its subjects: "challenge the front-runner",
# "a defense of the governor", "the former secretary's bid"
OTHER_DEPS = frozenset({"dobj", "pobj", "poss"})
RECENT_SENTENCES = 5  # "the senator" after a host's question: the guest named that close (quotes count sentences)
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "both": 2}
COREF_REACH = 40  # tokens either side of a pronoun read for the names it may stand for
MAX_NP_WALK = 8  # words walked inside one name to its head
MAX_GROUP = 6  # people conjoined in one group speaker ("Ruiz, Berg and Kowal")
CHAIN_STEPS = 4  # sentences a he/she chain is followed back through
LOOKBACK_CHARS = 4000  # a pronoun's antecedent lies within a few paragraphs
# unnamed sources: "another said", "others chanted", "someone in the crowd shouted"
INDEFINITES = frozenset({"another", "others", "some", "someone", "somebody", "one", "many", "most", "several", "those"})
INDEFINITE_WORDS = {"another": "another", "one": "one", "others": "other", "some": "some", "many": "many"}
INDEFINITE_WORDS |= {"most": "most", "several": "several"}
PLURAL_INDEFINITES = frozenset({"others", "some", "many", "most", "several"})
RELATIVES = frozenset({"which", "that", "who", "whom", "whose", "where", "when", "in", "of"})
# words the parser hangs on a pronoun subject without changing whom it stands for: "he all but accused",
# "they both said", "she herself wrote"
PRONOUN_COMPANIONS = frozenset(
    {"all", "both", "each", "himself", "herself", "themselves", "ourselves", "myself", "itself"}
)
# offices and candidacies a story's person in focus is called by without being named with them
# ("the senator said" after "Ruiz remarked"); not hosts, spokesmen or aides, who are often someone else
# `the Kentucky Republican`: a party member by state, the person in focus as an office would be; `the investor`,
# `the tycoon`: a wealthy person in focus as a billionaire or businessman is
PARTY_WORDS = frozenset({"republican", "democrat", "conservative", "liberal", "independent", "socialist"})
FOCUS_ROLES = PARTY_WORDS | frozenset(
    {"senator", "candidate", "nominee", "governor", "congressman", "congresswoman", "president", "businessman"}
    | {"billionaire", "mogul", "front-runner", "frontrunner", "mayor", "lawmaker", "hopeful", "contender"}
    | {"investor", "entrepreneur", "tycoon", "magnate"}
)
# roles held for someone else, whose holder is rarely the person the text is about
SERVING_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "source"})
SERVING_ROLES |= {"official", "host", "assistant", "representative", "lawyer", "attorney", "staffer", "employee"}
GENERIC_JOBS = frozenset({"employee", "staffer", "worker", "member"})  # working for a body, whatever the job
# offices and candidacies a description placed by the antecedent rule may name
DESCRIBED_OFFICES = (FOCUS_ROLES | EPITHET_OFFICES) - UNIQUE_OFFICES
_OFFICE_ENDS = frozenset(re.split(r"[-\s]", office)[-1] for office in DESCRIBED_OFFICES)  # `runner` of `front-runner`
NEW_REFERENT = frozenset({"a", "an", "one", "another", "some", "several", "two", "three", "other"})
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
NAME_PARTICLES = frozenset({"bin", "binti", "bint", "ibn"})  # `Hafiz bin Osman`: son of; `Mr Hafiz`
HONORED_BY = frozenset({"dr", "dr.", "prof", "prof."})  # titles before a surname beside the courtesy ones
_HONOURING_IDS = numpy.array([get_string_id(w) for w in HONORED_BY | set(HONORIFIC_GENDER)], dtype=numpy.uint64)
_PARTICLE_IDS = [get_string_id(w) for w in NAME_PARTICLES]
ARTICLE_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an"})  # `al-` in `al-Harbi`
# lower-case words that open a surname: `Pieter van der Merwe` … `Van der Merwe said`, `Ana de Souza`
SURNAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "du", "da", "di", "del", "della", "le", "la"})
SURNAME_PARTICLES |= {"ter", "ten", "dos", "das", "mac", "nic", "ó", "ní", "al", "el", "abu", "bin", "ibn"}
# one romanised Chinese syllable (`hui`, `ling`, `boon`, `hsien`, `tsz`): not `plaza`, `hotel`, `white`
SYLLABLE = re.compile(r"(?:tsz|sze|(?:ch|sh|zh|ts|hs|ng|[bcdfghjklmnpqrstwxyz])?h?[aeiouy]{1,3}(?:ng|n|m|k|p|t|h)?)$")
MAX_NAME_WORDS = 3  # `Nic Giolla Bhríde`: the words of one surname after an honorific
EXPLETIVE_VERBS = frozenset({"be", "seem", "appear", "help", "matter", "remain", "become"})
PLACE_NOUNS = frozenset({"garden", "square", "center", "centre", "hall", "street", "avenue", "park", "tower"})
PLACE_NOUNS |= {"airport"}
PLACE_NOUNS |= {"building", "bridge", "station", "stadium", "arena", "house", "church", "school", "college", "hospital"}
MISLABELLED = frozenset({"PRODUCT", "FAC", "LOC", "WORK_OF_ART"})  # labels a name NER was unsure of
AUTHOR = "the author"  # the speaker behind "I" outside quotes
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})
KIN_NOUNS = frozenset({"daughter", "son", "wife", "husband", "brother", "sister", "father", "mother", "spouse"})
KIN_NOUNS |= {"niece", "nephew", "cousin", "uncle", "aunt", "grandson", "granddaughter", "widow", "stepson"}


@dataclass
class Entity:
    name: str
    type: SpeakerType
    first: int  # char offset of the first mention
    role: str | None = None
    aliases: set[str] = field(default_factory=set)
    gender: str | None = None
    role_words: frozenset[str] = frozenset()
    relative: bool = False  # first named in full as someone's kin ("her son, Omar Ruiz")
    epithets: dict[str, int] = field(default_factory=dict)  # description heads the text called them by → offset
    _votes: Counter[str] = field(default_factory=Counter)
    _role: Role | None = None

    def add_role(self, role: Role) -> None:
        """Keep the role `roles.better` prefers: `Role("trade minister")` over `Role("rival", job=False)`."""
        if better(role, self._role):
            self._role = role
            self.role = role.text
        if role.rank in {DESCRIPTION, INFERRED}:
            return  # a description resolved through the roles known so far never extends them
        self.role_words = self.role_words | {w for w in re.findall(r"[a-z-]+", role.text.lower())}


def _person_tokens(ent: Span) -> list[Token]:
    """`President Vladimir Putin's` → [Vladimir, Putin]: titles, honorifics, possessive dropped."""
    toks = [t for t in ent if (t.text not in {"'s", "\u2019s", "'", "\u2019"} and not t.is_punct) or t.text == "."]
    toks = [t for t in toks if not (t.text == "." and t.i > ent.start)]
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    # `Mr. King`: after an honorific, a title word is the name
    honored = (len(toks) == 2 and toks[0].lower_ in HONORIFIC_GENDER) or (len(toks) == 1 and before in HONORIFIC_GENDER)
    while len(toks) > honored and (
        toks[0].lower_ in HONORIFICS
        or toks[0].lower_ in TITLE_ABBREVIATIONS
        or (toks[0].lower_ in ROLE_NOUNS and not (toks[0].lower_ in FIRST_NAMES and len(toks) <= 2))  # Dean Baker
        or (toks[0].lower_ in OCCUPATION_NOUNS and toks[0].lower_ not in FIRST_NAMES and len(toks) >= 3)  # Striker
        or toks[0].lower_ in DETERMINERS
        or (toks[0].is_lower and len(toks) > 1 and toks[0].whitespace_)  # not the `al` of `al-Harbi`
        or (toks[0].pos_ in {"ADP", "SCONJ", "CCONJ"} and len(toks) > 1)  # `Without Bloomberg`
    ):
        toks = toks[1:]
    while len(toks) > 2 and toks[-1].text.isupper() and toks[-1].lower_ in POST_NOMINALS:
        toks = toks[:-1]  # `Aoife Byrne TD`
    if any(t.text in {"v.", "vs.", "v", "vs"} for t in toks):
        return []  # a court case ("Trump v. Trump"), not a person
    # a headline run into the name: "Trump Would Put Liberals On Court", "Lopez: Saying", "Rubio Tell"
    cut = next(
        (
            k
            for k, t in enumerate(toks)
            if k > 0
            and (t.text == ":" or t.tag_.startswith("VB") or t.tag_ == "MD")
            and t.lower_ not in SURNAME_PARTICLES
        ),
        None,
    )
    if cut is not None:
        toks = toks[:cut]
    # a headline verb swallowed into the name: "Obama Says", "Trump Slams"
    while len(toks) > 1 and toks[-1].lower_.endswith("s") and toks[-1].lower_[:-1] in SPEECH_VERBS:
        toks = toks[:-1]
    # "Ruiz and Berg Slam …": a plural subject's headline verb in its base form
    base_verb = len(toks) > 1 and toks[-1].is_title and toks[-1].lower_ in SPEECH_VERBS
    if base_verb and toks[0].dep_ in {"conj", "compound"} and toks[-2].lower_ not in FIRST_NAMES:  # not Ian Read
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

    def __init__(
        self,
        doc: Doc,
        quoted: Sequence[bool] | None = None,
        text: str | None = None,
        outside: Callable[[int, int], bool] | None = None,
    ) -> None:
        self.doc = doc
        self.entities: list[Entity] = []
        self._by_alias: dict[str, Entity] = {}
        self._by_surname: dict[str, list[Entity]] = {}
        self._by_token: dict[int, Entity] = {}
        self._positions: list[int] = []  # sorted char offsets of person mentions outside quotes
        self._at: list[Entity] = []
        self._where: list[tuple[int, int]] = []  # per position: its sentence, its depth as a subject (-1: none)
        self._nominals: dict[str, Entity] = {}
        self._org_positions: list[int] = []  # organisation mentions outside quotes, in text order
        self._orgs: list[Entity] = []
        self._org_places: list[bool] = []  # a place (GPE) is never what "it"/"they" speak for
        quoted = quoted if quoted is not None else [False] * len(doc)
        self._quoted = quoted
        self._outside = outside
        text = doc.text if text is None else text
        self._text = text
        self._sent_starts = numpy.flatnonzero(doc.to_array("SENT_START") == 1)
        self._epithet_words: set[str] = set()  # every person's epithets
        person_sents: dict[int, list[Entity]] = {}
        labelled = _labelled(doc)
        kinds = _kinds_by_word(labelled)
        for ent, kind, key in labelled:
            if outside is not None and outside(ent.start_char, ent.end_char):
                continue  # a byline, caption or link line: nobody in the story
            kind = kinds.get(key, kind)
            entity = self._person(ent) if kind == "person" else self._organization(ent, kind, text)
            if entity is None:
                continue
            for t in ent:
                self._by_token[t.i] = entity
            if kind == "person":
                for role in self._roles_at(ent):
                    entity.add_role(role)
                honor = doc[ent.start - 1].lower_ if ent.start > 0 else ""
                if ent[0].lower_ in HONORIFIC_GENDER:
                    honor = ent[0].lower_
                if honor in HONORIFIC_GENDER:
                    entity._votes[HONORIFIC_GENDER[honor]] += 5
                if not quoted[ent.start]:
                    self._add_position(ent.start_char, entity, _root(ent))
                    person_sents.setdefault(self._sentence(ent.start), []).append(entity)
            elif not quoted[ent.start] and entity.type == "person":  # "Lynch" tagged ORG, the person named
                self._add_position(ent.start_char, entity, _root(ent))
                person_sents.setdefault(self._sentence(ent.start), []).append(entity)
            elif not quoted[ent.start] and entity.type == "organization":
                if ent.label_ == "ORG":
                    for role in self._roles_at(ent, description_of):
                        entity.add_role(role)
                self._org_positions.append(ent.start_char)
                self._orgs.append(entity)
                self._org_places.append(ent.label_ == "GPE")
        self._merge_surnames()
        self._name_in_full()
        self._hosts()
        self._missed_surnames(quoted, person_sents)
        self._vote_pronouns(quoted, person_sents)
        # noun phrases outside quotes that "they"/"it" can stand for: plural subjects ("the senators",
        # "Ruiz and Berg") and institutions or documents ("the campaign", "the letter")
        self._thing_positions: list[int] = []
        self._things: list[tuple[str, Token]] = []
        # unnamed sources a bare "another"/"others" can borrow its noun from ("one voter", "protesters")
        self._source_positions: list[int] = []
        self._sources: list[Token] = []  # ("group" | "institution" | "document", head)
        deps = [doc.vocab.strings.add(d) for d in THING_DEPS]
        nouns = [NOUN_POS, PROPN_POS]
        arr = doc.to_array(["DEP", "POS"])
        for i in numpy.flatnonzero(numpy.isin(arr[:, 0], deps) & numpy.isin(arr[:, 1], nouns)).tolist():
            t = doc[i]
            if quoted[i] or t.pos_ not in {"NOUN", "PROPN"} or t.ent_type_ in PLACE_LABELS:
                continue
            lemma = t.lemma_.lower()
            common = t.is_lower or t.ent_type_ == "NORP"  # "one voter", "another Iowa Republican"
            if t.dep_ == "nsubj" and common and t.lower_ not in INDEFINITES:
                dets = {c.lower_ for c in t.children if c.dep_ in {"det", "nummod"}}
                if t.tag_ == "NNS" or dets & {"one", "another", "a", "an"}:
                    self._source_positions.append(t.idx)
                    self._sources.append(t)
            if (
                t.dep_ == "nsubj"
                and (t.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in t.children))
                and _animate(t, lemma)
            ):
                thing = "group"
            elif t.pos_ == "NOUN" and t.tag_ == "NN" and lemma in INSTITUTION_NOUNS:
                thing = "institution"
            elif t.pos_ == "NOUN" and t.tag_ == "NN" and (lemma in DOCUMENT_NOUNS or lemma in WRITTEN_ON):
                thing = "document"
            else:
                continue
            self._thing_positions.append(t.idx)
            self._things.append((thing, t))
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
        self._described: dict[int, Entity] = {}  # head of a subject description → whom it describes
        self._describe()
        self._introduce()
        self._share_roles()

    # -- building -------------------------------------------------------------------------

    def _describe(self) -> None:
        """`… Ruiz said. The Nevada senator added …`: a definite description with a job for its head, outside
        quotes, that resolves to a person as a speaker mention would (`_nominal`) gives that person a role."""
        the = self.doc.vocab.strings.add("the")
        for i in numpy.flatnonzero(self._lower == the).tolist():
            det = self.doc[i]
            head = det.head
            age = is_age(head)  # "the 45-year-old said"
            if det.dep_ != "det" or head.i <= i or self._quoted[head.i] or not (age or head.tag_ in {"NN", "NNP"}):
                continue
            if head.ent_type_ and not age:
                continue  # "the Associated Press": a name, not a description
            subject = head.dep_ in SUBJECT_DEPS
            if not subject and (head.dep_ not in OTHER_DEPS or head.lower_ not in _OFFICE_ENDS):
                continue  # (the cheap test first: the last part of an office's written word)
            if not subject and written_word(head).lower() not in DESCRIBED_OFFICES:
                continue  # "should she be the nominee", "the nominee, Ana Ruiz": not a description of someone else
            after = self.doc[head.i + 2] if head.i + 2 < len(self.doc) else None
            if (
                after is not None
                and self.doc[head.i + 1].text in {",", "-", "\u2014", "\u2013"}
                and ((named_after := self._by_token.get(after.i)) is not None and named_after.type == "person")
            ):
                continue  # "the Republican nominee, Ana Ruiz," however the parser attached the name
            if head.dep_ in {"appos", "compound"} or any(
                c.dep_ == "appos" and not self._quoted[c.i] and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN")
                for c in head.children
            ):
                continue  # "the mayor, Ana Ruiz": a role beside the name, read there
            if any(c.dep_ == "relcl" and not self.doc[head.i + 1 : c.left_edge.i].text.strip() for c in head.children):
                continue  # "the editor I met" picks someone out ("the editor, who …" only describes)
            if any(t.tag_ in {"JJS", "RBS"} for t in head.subtree if t.i < head.i):
                continue  # "the most important member": a rank among many, not who she is
            # a name inside the phrase says whom the role serves ("the Ruiz campaign manager" is someone else),
            # unless it is part of a hyphenated modifier ("the Tony-winning actor")
            named = (self._by_token.get(t.i) for t in self.doc[i : head.i + 1] if not _hyphenated(t))
            if not (age or is_job(head)) or head.lemma_.lower() in INSTITUTION_NOUNS:
                continue  # "the police" are many
            if any(e is not None and e.type == "person" for e in named):
                continue
            role = description(head, self._in_text, None if subject else DESCRIPTION_PREPS)
            if role is None:
                continue
            if not subject:
                self._describe_other(head, det.i, role)
                continue
            entity = self._nominal(self.doc[i : head.i + 1])
            known = entity._role if entity is not None else None
            if known is None or not known.job or not _content_words(known.text) < _content_words(role.text):
                entity = self._in_focus(head, det.idx)  # a fuller form of a job it was named with ("former president")
                if entity is None:  # else, as for an object, the person named last whom binding leaves
                    self._describe_other(head, det.i, role)
                    continue
                known = entity._role if entity is not None else None
                if known is not None and (known.job or known.rank == AFFILIATION) and known.rank <= AFFILIATION:
                    continue  # else only who the text is about, when nothing beside the name says whom they serve
            rest = head.sent[head.i - head.sent.start + 1 :]
            if entity is None or any(self._by_token.get(t.i) is entity for t in rest):
                continue  # "The FBI director chastised Ruiz": not Ruiz herself
            if entity._role is None and _epithet(head):  # their only description: "the justice said" later is her
                entity.epithets.setdefault(head.lemma_.lower(), det.idx)
                self._epithet_words.add(head.lemma_.lower())
            if subject:
                self._described[head.i] = entity
            entity.add_role(role)
        self._describe_groups()

    def _describe_other(self, head: Token, start: int, role: Role) -> None:
        """Give `role` to whom the description at `head` stands for (`_antecedent`), only when that person has no
        role yet or it is a fuller form of theirs ("Senator" → "Vermont senator")."""
        entity = self._antecedent(head, start)
        if entity is None:
            return
        known = entity._role
        if known is None or _content_words(known.text) < _content_words(role.text):
            entity.add_role(role._replace(rank=INFERRED))

    def _describe_groups(self) -> None:
        """`Ruiz and Berg sent a letter. The two lawmakers argue …` → the group `Ana Ruiz and Tom Berg` has the role
        `lawmakers`: a plural office outside quotes that stands for people last named together (`_named_group`)."""
        the = self.doc.vocab.strings.add("the")
        for i in numpy.flatnonzero(self._lower == the).tolist():
            det = self.doc[i]
            head = det.head
            if det.dep_ != "det" or head.tag_ != "NNS" or head.i < det.i or self._quoted[head.i]:
                continue
            group = self._named_group(self.doc[det.i : head.i + 1])
            if group is None:
                continue
            lo = next((t.i for t in self.doc[det.i + 1 : head.i + 1] if t.dep_ not in {"det", "nummod"}), head.i)
            text = words_of(self.doc, lo, head.i, self._in_text)  # "the two lawmakers" → "lawmakers"
            if text:
                group.add_role(Role(text, DESCRIPTION, is_job(head)))

    def _introduce(self) -> None:
        """`The last man to run as an independent says he doubts it.⏎“…,” says Tom Reyes.` → Tom Reyes: a definite
        description of someone nobody was named as, subject of a speech verb, is the person first named as the
        subject of a speech verb in the next INTRODUCED_SENTENCES sentences, with nobody named between; its
        words, modifiers and all, are that person's role."""
        the = self.doc.vocab.strings.add("the")
        for i in numpy.flatnonzero(self._lower == the).tolist():
            det, head = self.doc[i], self.doc[i].head
            if det.dep_ != "det" or head.dep_ != "nsubj" or head.i in self._described or self._quoted[head.i]:
                continue
            if head.tag_ != "NN" or head.ent_type_ or not is_speech_verb(head.head):
                continue
            if not (head.lemma_.lower() in PEOPLE_NOUNS or is_job(head)) or self._nominal(self.doc[i : head.i + 1]):
                continue
            here = self._sentence(head.i)
            end = self.doc[int(self._sent_starts[here + 1])].idx if here + 1 < len(self._sent_starts) else None
            k = bisect.bisect_left(self._positions, end) if end is not None else len(self._positions)
            if k >= len(self._positions) or self._where[k][0] - here > INTRODUCED_SENTENCES:
                continue
            entity = self._at[k]
            name = self.doc.char_span(self._positions[k], self._positions[k] + 1, alignment_mode="expand")
            if name is None or entity.first != self._positions[k] or entity._role is not None:
                continue  # named before (or with a role of its own): the description was of someone else
            root = name[0]
            while root.dep_ in {"compound", "flat"} and root.head != root:
                root = root.head
            if root.dep_ != "nsubj" or not is_speech_verb(root.head):
                continue
            text = words_of(self.doc, i + 1, head.right_edge.i, self._in_text)
            if text and head.right_edge.i < head.head.i:
                entity.add_role(Role(text, DESCRIPTION, is_job(head)))

    def _share_roles(self) -> None:
        """`Hillary: …` in a headline and `candidate Hillary Clinton` below are two entries that the full name made one
        person: each reports the role the other's mentions gave (its role words, which resolve speakers, unchanged)."""
        by_name: dict[str, list[Entity]] = {}
        for e in self.entities:
            if e.type == "person" and len(e.name.split()) > 1:
                by_name.setdefault(e.name, []).append(e)
        for same in by_name.values():
            best: Role | None = None
            for e in same:
                if e._role is not None and better(e._role, best):
                    best = e._role
            for e in same:
                if best is not None and better(best, e._role):
                    e._role, e.role = best, best.text

    def _antecedent(self, head: Token, start: int) -> Entity | None:
        """`Ruiz passed up chances to challenge Berg, and she stopped attacking the front-runner` → Berg: whom a
        definite description stands for, as a reader takes it: a person named (or a he/she resolved) in this
        sentence or the DESCRIBE_SENTENCES before, before the description, of its gender, never a subject of a
        clause it lies in (binding: "she" and "Ruiz" above); the last one named ("Ruiz said the focus on Berg hurt
        the senator" → Berg), unless another is named in that sentence too when it is the description's own, or
        it is named only inside a noun phrase ("a tweet by Berg") and another takes part in a clause nearby."""
        word = written_word(head).lower()  # "front-runner"
        ordinal = any(t.dep_ == "amod" and t.lower_ in ORDINALS for t in head.lefts)
        if word not in DESCRIBED_OFFICES or ordinal:
            return None  # "the president", "the first black senator": whoever holds it, named or not
        barred = self._binders(head)
        gender = NOMINAL_GENDER.get(head.lower_)
        here = self._sentence(head.i)
        lo = max(int(self._sent_starts[max(0, here - DESCRIBE_SENTENCES)]), start - DESCRIBE_TOKENS)
        found: list[tuple[Entity, bool, int]] = []  # (person, takes part in a clause, sentence), last named first
        for t in reversed(self.doc[lo:start]):
            if self._outside is not None and self._outside(t.idx, t.idx + len(t)):
                continue  # a caption or credit
            # a name inside quotes is someone the text just spoke of ("“We beat Ruiz,” he said of the front-runner")
            e = self._by_token.get(t.i) if self._quoted[t.i] else self._mentioned(t)
            if e is None or e.type != "person" or id(e) in barred or (gender and e.gender not in {None, gender}):
                continue
            if len(e.name.split()) < 2:
                continue  # a person the article names in full (a one-word "person" is often a place or firm)
            found.append((e, not _inside_noun_phrase(t), self._sentence(t.i)))
        if not found:
            return None
        chosen, part, sent = found[0]
        if not part and here - sent > 1:
            return None  # named only inside a noun phrase ("behind Ruiz") two sentences back: not whom it is about
        if any(e is not chosen and ((n == sent == here) or (p and not part)) for e, p, n in found):
            return None  # "Ruiz told Berg about the senator": which one?
        return chosen

    def _mentioned(self, t: Token) -> Entity | None:
        """The person token `t` names or, a he/she/him/his/her, stands for."""
        if t.lower_ in PRONOUN_GENDER and t.pos_ == "PRON":
            return self._pronoun(self.doc[t.i : t.i + 1])
        return self._by_token.get(t.i)

    def _binders(self, head: Token) -> set[int]:
        """ids of the people a description never stands for: the subject of the clause it lies in ("she stopped
        attacking the front-runner" → her; `attacking` has no subject of its own), and the object of the verb or
        the owner of the noun whose complement it is ("Ruiz told Berg about the senator" → Ruiz, Berg; "her lead
        over the senator" → her). Only that near: news prose often
        calls the subject of a higher clause by a description ("He cited criticism of Lee, who questioned the
        candidate" is about him)."""
        barred: set[int] = set()
        if head.dep_ == "pobj":  # "told Berg about the senator", "her lead over the senator"
            owner = head.head.head
            deps = {"dobj", "dative"} if owner.pos_ in {"VERB", "AUX"} else {"poss"}
            for c in owner.children:
                e = self._mentioned(c) if c.dep_ in deps and c.i < head.i else None
                if e is not None:
                    barred.add(id(e))
        t = head
        for _ in range(MAX_DEPTH):
            if t.head == t or (t.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in t.children)):
                break  # "Ruiz said Berg lied, and the senator left": a conjunct with its own subject is free
            child, t = t, t.head
            subjects = [c for c in t.children if c.dep_ in SUBJECT_DEPS and c != child and not _dummy_it(c)]
            for s in [*subjects, *(x for c in subjects for x in c.children if x.dep_ in {"conj", "appos"})]:
                if s.lower_ in {"who", "that"} and t.dep_ == "relcl":
                    s = t.head  # "the justice, who fought the nominee": the justice
                e = self._described.get(s.i) or self._mentioned(s)
                if e is not None:
                    barred.add(id(e))
            if subjects:
                break
        return barred

    def _in_focus(self, head: Token, start: int) -> Entity | None:
        """`Ana Ruiz regrets it.⏎The Supreme Court justice said …` → Ana Ruiz: the subject of the last sentence
        that names a person (within FOCUS_SENTENCES), when that sentence names no one else."""
        gender = NOMINAL_GENDER.get(head.lower_)
        hit = self._salient(start, lambda e: e.type == "person" and (gender is None or e.gender in {None, gender}))
        if hit is None or hit[2] < 0:
            return None
        entity, sent, _depth = hit
        here = self._sentence(head.i)
        last = self._last_pronoun_subject(entity, sent, here)  # "Ruiz … She later …": still in focus
        if here - last > FOCUS_SENTENCES or self._rivals_in(sent, entity):
            return None  # too far back, or "Ruiz beat Berg. The senator …": which one?
        before = [t for t in self.doc[head.sent.start : head.i] if t.idx < start and not self._quoted[t.i]]
        if any(t.ent_type_ == "PERSON" and self._by_token.get(t.i) is not entity for t in before) or any(
            PRONOUN_GENDER.get(t.lower_) not in {None, entity.gender} for t in before if entity.gender is not None
        ):
            return None  # "Ada Fenn's plight grew as her rating meant the former CEO …": someone else just before
        if here == sent and not (_clause_depth(head) == 0 and self._in_adverbial(entity, sent, start)):
            return None  # in one sentence someone else ("Ruiz lied, the columnist wrote"), but "As Ruiz said …,
            # the senator left" is Ruiz
        return entity

    def _last_pronoun_subject(self, entity: Entity, sent: int, here: int) -> int:
        """The last sentence after `sent` and before `here` whose main subject is a he/she that agrees with
        `entity` (the text still speaks of them), else `sent`."""
        if entity.gender is None:
            return sent
        word = "he" if entity.gender == "m" else "she"
        for n in range(here - 1, sent, -1):
            root = self.doc[int(self._sent_starts[n])].sent.root
            if any(c.lower_ == word and c.dep_ in SUBJECT_DEPS and not self._quoted[c.i] for c in root.children):
                return n
        return sent

    def _in_adverbial(self, entity: Entity, sent: int, end: int) -> bool:
        """Is `entity` named in sentence `sent` before `end` inside an adverbial clause ("As Ruiz said …,")?"""
        lo = bisect.bisect_left(self._positions, self.doc[int(self._sent_starts[sent])].idx)
        hi = bisect.bisect_left(self._positions, end)
        for k in range(lo, hi):
            if self._at[k] is not entity:
                continue
            token = self.doc.char_span(self._positions[k], self._positions[k] + 1, alignment_mode="expand")
            if token is not None and len(token) and any(a.dep_ == "advcl" for a in token[0].ancestors):
                return True
        return False

    def _rivals_in(self, sent: int, entity: Entity) -> bool:
        """Does sentence `sent` name, outside quotes, someone other than `entity` who takes part in a clause?
        "Ruiz beat Berg." → yes; "Ruiz regrets her insults of Berg." / "Ruiz read Berg's letter." → no (Berg is
        inside a noun phrase: what it is of or whose, not someone the text turns to)."""
        starts = self._sent_starts
        start = self.doc[int(starts[sent])].idx
        end = self.doc[int(starts[sent + 1])].idx if sent + 1 < len(starts) else len(self.doc.text)
        lo, hi = bisect.bisect_left(self._positions, start), bisect.bisect_left(self._positions, end)
        for k in range(lo, hi):
            if self._at[k] is entity:
                continue
            span = self.doc.char_span(self._positions[k], self._positions[k] + 1, alignment_mode="expand")
            if span is None or not len(span) or not _inside_noun_phrase(span[0]):
                return True
        return False

    def _in_text(self, i: int) -> bool:
        """May a role be read from token `i`? Not from inside quotation marks (the speaker's words), nor from a
        caption, credit or link line (`outside`)."""
        if self._quoted[i]:
            return False
        t = self.doc[i]
        return self._outside is None or not self._outside(t.idx, t.idx + len(t))

    def _roles_at(self, ent: Span, find: Callable[[Span, Callable[[int], bool]], list[Role]] = roles_of) -> list[Role]:
        """The roles written beside this mention; beside a mention inside quotes, ranked last."""
        if not self._quoted[ent.start]:
            return find(ent, self._in_text)
        return [r._replace(rank=QUOTED) for r in find(ent, self._quoted.__getitem__) if r.job]

    def _add_position(self, pos: int, entity: Entity, root: Token) -> None:
        i = bisect.bisect_right(self._positions, pos)
        self._positions.insert(i, pos)
        self._at.insert(i, entity)
        head = root.head if root.dep_ in {"appos", "compound", "conj"} else root
        depth = _clause_depth(head) if head.dep_ in SUBJECT_DEPS else -1
        if head.dep_ == "dep" and _lost_subject(head):
            depth = 0
        self._where.insert(i, (self._sentence(root.i), depth))

    def _person(self, ent: Span) -> Entity | None:
        toks = _person_tokens(ent)
        if not toks:
            return None
        name = _clean_name(ent.doc[toks[0].i : toks[-1].i + 1].text)
        words = name.split()
        if not words or not any(c.isupper() for c in words[-1]):
            return None  # `al-Harbi` and `Tsz-kin` are names; a lower-case last word is not
        surname = _surname(words)
        key = name.lower()
        # "Mrs. Ruiz" is not "Tom Ruiz", nor "Mr. Ruiz" "Ana Ruiz": an honorific or given name must agree
        gender = _given_gender(name) or _honorific_gender(ent)

        def agrees(e: Entity) -> bool:
            return gender is None or _entity_gender(e) in {None, gender}

        entity = self._by_alias.get(key)
        if entity is not None and entity.type != "person":
            entity = None  # `Bloomberg` tagged ORG in the headline, then the person: the person's mention
        if entity is not None and gender is not None and not agrees(entity):
            bucket = self._by_surname.get(surname, [])[::-1]
            # the one already called "Mr. Ruiz" first, then the one named last
            g = gender
            known = sorted((e for e in bucket if _entity_gender(e) == g), key=lambda e: not e._votes[g])
            known += [e for e in bucket if len(e.name.split()) == 1 and agrees(e)]
            entity = known[0] if known else None
            if entity is None and len(words) == 1:
                entity = Entity(name=name, type="person", first=ent.start_char)
                self.entities.append(entity)
        if entity is None and len(words) == 1:
            same = self._by_surname.get(surname) or [
                e for e in self.entities if e.type == "person" and e.name.split()[0].lower() == surname
            ]
            same = [e for e in same if agrees(e)]
            # `Julia Hart … her son, Peter Hart, said … Hart served two terms`: a bare surname is not the relative
            chosen = [e for e in same if not e.relative] or same
            entity = chosen[-1] if chosen else None
        kin = len(words) > 1 and _kin(ent)
        if entity is None and len(words) > 1:
            for cand in self._by_surname.get(surname, []):
                cwords = cand.name.split()
                # `Ó Faoláin` after Donnchadh Ó Faoláin, and Seán Ó Ceallaigh after a headline's `Ó Ceallaigh`
                tail = words[0].lower() in SURNAME_PARTICLES and cand.name.lower().endswith(" " + key)
                tail = tail or (cwords[0].lower() in SURNAME_PARTICLES and key.endswith(" " + cand.name.lower()))
                if (len(cwords) == 1 and not kin and agrees(cand)) or _same_first(cwords[0], words[0]) or tail:
                    entity = cand
                    break
        if entity is None:
            entity = Entity(name=name, type="person", first=ent.start_char, relative=kin)
            self.entities.append(entity)
        elif len(words) > len(entity.name.split()) or (
            entity.name.isupper() and not name.isupper() and len(words) == len(entity.name.split())
        ):
            entity.name = name  # the fullest form, and "Ada Fenn" over a headline's "ADA FENN"
        entity.aliases |= {key, surname}
        self._by_alias.setdefault(key, entity)
        # `Faizal bin Rahman` is `Mr Faizal`: the name before a patronymic is the one used with a title
        called = [words[k - 1].lower() for k in range(1, len(words) - 1) if words[k].lower() in NAME_PARTICLES]
        # `Ms Gutiérrez` for María José Gutiérrez de la Fuente: the first of two surnames joined by a particle
        called += [words[k - 1].lower() for k in range(2, len(words) - 1) if words[k] in {"de", "del", "y", "i"}]
        if _family_first(words):
            called.append(words[0].lower())  # `Choi` for Choi Yong-ho, `Koh` for Koh Wei Ling
        for word in [surname, *called]:
            bucket = self._by_surname.setdefault(word, [])
            if entity in bucket:
                bucket.remove(entity)
            bucket.append(entity)
        entity.aliases |= set(called)
        return entity

    def _organization(self, ent: Span, kind: SpeakerType, text: str) -> Entity | None:
        name = _clean_name(ent.text)
        if not name:
            return None
        key = name.lower()
        name = _country_owned(ent) or name
        entity = self._by_alias.get(key)
        if entity is None and len(name.split()) == 1 and self._by_surname.get(key):
            return self._by_surname[key][-1]  # "Trump" tagged ORG beside the person Donald Trump
        if entity is None and key in MEDIA_NAME_WORDS:
            papers = {id(e): e for e in self._orgs if e.name.lower().split()[-1] == key and " " in e.name}
            if len(papers) == 1:
                return next(iter(papers.values()))  # `the Journal` after `the Wall Street Journal`: that paper
        early = self._by_alias.get(_initials(name).lower()) if entity is None and len(name.split()) > 2 else None
        if early is not None and early.type == "organization" and early.name == _initials(name):
            entity = early  # `WSJ editorial: …` in the headline, then `the Wall Street Journal`: one paper
        if (
            (entity is None or entity.type != "person")
            and name.split()[0].lower() in SURNAME_PARTICLES
            and self._by_surname.get(_surname(key.split()))
        ):
            # `Van der Westhuizen` tagged ORG after the person Pieter van der Westhuizen
            full = [e for e in self._by_surname[_surname(key.split())] if e.name.lower().endswith(" " + key)]
            if full:
                return full[-1]
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
            full = [c for c in self._by_surname.get(e.name.lower(), []) if len(c.name.split()) > 1 and not c.relative]
            gender = _entity_gender(e)
            if gender is not None and any(_entity_gender(c) not in {None, gender} for c in full):
                # "Mr. Ruiz" beside Ana Ruiz: only a full name known to be a man's
                full = [c for c in full if _entity_gender(c) == gender]
            if len({id(c) for c in full}) != 1:
                continue
            target = full[0]
            target.aliases |= e.aliases
            target._votes.update(e._votes)
            if e._role is not None:
                target.add_role(e._role)
            for k, v in list(self._by_alias.items()):
                if v is e:
                    self._by_alias[k] = target
            for ti, v in list(self._by_token.items()):
                if v is e:
                    self._by_token[ti] = target
            self._at = [target if a is e else a for a in self._at]
            self._by_surname[e.name.lower()] = [c for c in self._by_surname[e.name.lower()] if c is not e]
            self.entities.remove(e)

    def _name_in_full(self) -> None:
        """A person named by one word gets the full name the text writes once where the tagger missed it.

        `Cecile Richards: …` (an untagged headline) or `The Rachel Maddow Show` (a title) before `Richards said`:
        a known given name right before the surname. `Hillary` alone beside `Hillary Clinton`: a given name
        that opens exactly one full person name. One pass over the tokens, dictionary hits only."""
        single = {e.name.lower(): e for e in self.entities if e.type == "person" and len(e.name.split()) == 1}
        if not single:
            return
        full: dict[str, set[str]] = {}  # one-word name → the full names read for it
        for e in self.entities:
            words = e.name.split()
            if e.type == "person" and len(words) > 1 and words[0].lower() in single and not e.relative:
                full.setdefault(words[0].lower(), set()).add(e.name)
        lower = self.doc.to_array("LOWER")
        ids = numpy.array([get_string_id(w) for w in single], dtype=lower.dtype)
        for i in (numpy.flatnonzero(numpy.isin(lower[1:], ids)) + 1).tolist():  # a Token only for a one-word name
            t = self.doc[i]
            one = single.get(t.lower_)
            given = self.doc[t.i - 1]
            if one is None or not t.is_title or not given.is_title:
                continue
            if self._outside is not None and self._outside(given.idx, t.idx + len(t)):
                continue  # `By Ann Lee, City Desk`: a byline names nobody in the story
            title = self.doc[given.i - 1] if given.i > 0 else given
            titled = given.i > 0 and (
                (title.is_title and _is_title_word(title.lower_)) or title.lower_ in OCCUPATION_NOUNS  # `striker X Y`
            )
            if given.lower_ not in FIRST_NAMES and not (titled and given.pos_ == "PROPN"):
                continue  # `Captain Ivy Moss`: after a title, the word before the surname is a given name
            gender = FIRST_NAMES.get(given.lower_)
            if self._by_surname.get(t.lower_, [one]) != [one] or _entity_gender(one) not in {None, gender}:
                continue  # another person with this surname, or a given name of the other gender
            full.setdefault(t.lower_, set()).add(f"{given.text} {t.text}")
        for word, names in full.items():
            if len(names) == 1 and (word in FIRST_NAMES or word not in {n.split()[0].lower() for n in names}):
                single[word].name = next(iter(names))

    @functools.cached_property
    def _lower(self) -> numpy.ndarray:
        """Every token's lowercase form id, read once for the passes that look for a word ("the", "show")."""
        return self.doc.to_array("LOWER")

    def _hosts(self) -> None:
        """`MSNBC's “The Ana Ruiz Show”` … `Ruiz said`: the one person with the surname a show is named after hosts
        it, and the outlet owning the show is that person's affiliation (`roles.host_of`)."""
        shows = [self.doc.vocab.strings.add(w) for w in SHOW_WORDS]
        for i in numpy.flatnonzero(numpy.isin(self._lower, shows)).tolist():
            hosted = host_of(self.doc[i], self._in_text)
            if hosted is None:
                continue
            surname, role = hosted
            people = [e for e in self._by_surname.get(surname.lower_, []) if e.type == "person"]
            if len(people) == 1 and people[0].name.split()[-1] == surname.text:
                people[0].add_role(role)

    def _missed_surnames(self, quoted: Sequence[bool], person_sents: dict[int, list[Entity]]) -> None:
        """`Okafor warned that officers he met …` with `Okafor` left untagged (or tagged a nationality, `Cuban
        said`): a capitalised word the tagger missed as a name that is the surname of one person named in the
        document is a mention of that person."""
        if not self._by_surname:
            return
        arr = self.doc.to_array(["POS"])
        for i in numpy.flatnonzero((arr == PROPN_POS) | (arr == NOUN_POS)).tolist():
            t = self.doc[i]
            if quoted[i] or not t.is_title or t.dep_ == "compound" or t.ent_type_ in ENTITY_TYPES:
                continue
            if t.pos_ == "NOUN" and not _singular_subject(t):
                continue  # `Mills was gracious` (tagged a plural noun) is Serena Mills; `Banks were shut` is not
            people = {id(e): e for e in self._by_surname.get(t.lower_, []) if e.type == "person"}
            if len(people) != 1:
                continue
            (entity,) = people.values()
            if _other_given_name(self.doc[t.left_edge.i : i + 1], entity):
                continue
            self._by_token.setdefault(i, entity)
            self._add_position(t.idx, entity, t)
            person_sents.setdefault(self._sentence(i), []).append(entity)
            for role in roles_of(self.doc[i : i + 1], self._in_text):
                entity.add_role(role)

    def _sentence(self, token_i: int) -> int:
        return int(numpy.searchsorted(self._sent_starts, token_i, side="right")) - 1

    def _vote_pronouns(self, quoted: Sequence[bool], person_sents: dict[int, list[Entity]]) -> None:
        """A sentence naming one person, and the next if it names none: its he/she votes for that person.

        Not a person the pronoun cannot stand for (`He was joined by Ana Ruiz`, `She said Ruiz had failed`)."""
        strings = self.doc.vocab.strings
        lower = self.doc.to_array("LOWER")
        for word, gender in PRONOUN_GENDER.items():
            if gender is None or word not in SUBJECT_PRONOUNS:
                continue  # "his"/"her"/"him" often point at someone else in the sentence
            for i in numpy.flatnonzero(lower == strings.add(word)).tolist():
                if quoted[i]:
                    continue
                n = self._sentence(i)
                here = {id(e): e for e in person_sents.get(n, []) if self._may_corefer(self.doc[i], e)}
                if not here and n > 0:
                    here = {id(e): e for e in person_sents.get(n - 1, [])}
                if len(here) == 1:
                    (entity,) = here.values()
                    entity._votes[gender] += 1

    def _may_corefer(self, pronoun: Token, entity: Entity) -> bool:
        """Can a subject he/she stand for a person named in its own sentence? Only a person named before it
        and outside its own clause (`He was joined by Ana Ruiz`: not Ruiz), or after it when the pronoun opens
        the sentence in a subordinate clause (`After he lost, Brown said`)."""
        n = self._sentence(pronoun.i)
        lo = max(int(self._sent_starts[n]), pronoun.i - COREF_REACH)
        hi = int(self._sent_starts[n + 1]) if n + 1 < len(self._sent_starts) else len(self.doc)
        sent = self.doc[lo : min(hi, pronoun.i + COREF_REACH)]  # a run-on `sentence` is read near the pronoun only
        cataphor = pronoun.head.dep_ == "advcl" and pronoun.head.i < pronoun.head.head.i
        for t in sent:
            if self._by_token.get(t.i) is not entity or (t.head != t and self._by_token.get(t.head.i) is entity):
                continue  # not the person, or not the head word of the name
            if t.i > pronoun.i and not cataphor:
                continue
            if _verb_of(t).i != pronoun.head.i:
                return True
        return False

    # -- lookup ---------------------------------------------------------------------------

    def note(self, pos: int, entity: Entity) -> None:
        """A resolved speaker mention (`the Russian leader` → Putin) becomes an antecedent too."""
        if entity.type == "person":
            token = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
            if token is not None and len(token):
                root = token[0]
                while root.dep_ in NP_INNER_DEPS and root.head.i > root.i:
                    root = root.head  # "the Russian leader" → leader
                self._add_position(pos, entity, root)

    @staticmethod
    def speaks(entity: Entity, mention: Span) -> bool:
        """Can this be who said the words? A person, organisation, group or a document's issuer can; a thing
        named by a common noun (`the trope`, `the debt`, `the pact`, a pet) or an adjective (`the meanest`)
        cannot. `Bill C-74` is a bill; `it` standing for `the pact` is the pact."""
        words = entity.name.lower().split()
        if (entity.role or "").lower() in ANIMAL_NOUNS:
            return False  # `her dog Rex`: a pet named like a person
        if entity.type == "organization" and words and words[-1] in AGREEMENT_NOUNS:
            return False  # `The Harbor Pact calls it “x”`: an agreement tagged as an organisation
        if words and words[0] in MUTE_NOUNS and any(c.isdigit() for c in entity.name):
            return False  # `Bill C-74`, not a Bill
        if entity.type != "unknown":
            return True
        root = mention.root
        if root.tag_ == "JJS" and root.dep_ in SUBJECT_DEPS:
            return False  # `the meanest he got was to label it “x”`
        if not words or entity.name == AUTHOR:
            return True
        head = root.lemma_.lower() if root.pos_ in {"NOUN", "PROPN"} and root.lower_ in words else words[-1]
        first = words[0] if len(words) > 1 and root.pos_ == "PROPN" else ""
        return head not in MUTE_NOUNS and first not in MUTE_NOUNS

    def entity_at(self, token: Token) -> Entity | None:
        return self._by_token.get(token.i)

    def resolve(self, mention: Span) -> Entity | None:
        """`he` → nearest compatible person; `Smith` → `John Smith`; `the minister` → the minister named."""
        return self._board_voice(self._resolve(mention))

    def _board_voice(self, entity: Entity | None) -> Entity | None:
        """`the Harbor Times editorial board` named in the article: the paper's own words there are its editorial
        board's (the article reports an editorial), so `the Times writes` → Harbor Times editorial board."""
        if entity is None or entity.type != "organization" or entity.name.lower().split()[-1] not in MEDIA_NAME_WORDS:
            return entity
        board = f"{entity.name} editorial board"
        if board not in self._named_phrases.get("editorial board", {}):
            return entity
        return self._nominals.setdefault(board.lower(), Entity(name=board, type="organization", first=entity.first))

    def _resolve(self, mention: Span) -> Entity | None:
        root = _root(mention)
        lower = mention.text.lower()
        if root.lower_ in INDEFINITES and root.pos_ in {"PRON", "DET", "NUM", "ADJ", "NOUN"}:
            return self._indefinite(mention)
        owner = self._owner(root)
        if owner is not None:
            return owner
        if len(mention) == 1 and lower in PRONOUNS:
            return self._pronoun(mention)
        piece = self._piece(mention)
        if piece is not None:
            return piece
        if root.lower_ in PRONOUNS and all(
            t == root or t.lower_ in RELATIVES or t.lower_ in PRONOUN_COMPANIONS for t in mention
        ):
            return self._pronoun(mention.doc[root.i : root.i + 1])  # "in which he declares", "he all but said"
        if len(mention) == 2 and mention[0].lower_ == "the" and _epithet_word(mention[1]):
            # `Mills was gracious. “…,” the American said` → Mills: a nationality or standing alone after `the`
            # (`the Briton`, tagged a person or not) is the person in focus
            return self._in_focus(mention[1], mention.start_char) or self._unresolved(mention)
        # a name: the person (then organisation) the head token, an appositive or a word of the mention belongs to
        direct = self._by_token.get(root.i)
        if direct is not None and direct.type == "person":
            return self._together(root, direct) or direct
        for t in mention:
            e = self._by_token.get(t.i)
            if e is not None and e.type == "person" and (t.dep_ in {"appos"} or t.head.dep_ == "appos" or t == root):
                return e
        if direct is not None:
            return direct
        alias = self._by_alias.get(_clean_name(lower))
        if alias is not None:
            return alias
        titled = self._headline_title(mention)
        if titled is not None:
            return titled
        if (root.pos_ == "PROPN" or (len(mention) == 1 and root.is_title)) and root.ent_type_ not in ENTITY_TYPES:
            # a name NER missed this time (or tagged a nationality: `Cuban said`): an alias, else the person
            # last named with this surname
            word = _hyphen_word(root)  # `Oduya-Reid`: the surname is the whole hyphenated word
            same_surname = self._by_surname.get(word) or self._by_surname.get(root.lower_)
            hit = (
                self._by_alias.get(word)
                or self._by_alias.get(root.lower_)
                or (same_surname[-1] if same_surname else None)
            )
            if hit is not None and not _other_given_name(mention, hit):
                return hit
            if len(mention) == 1 and root.lower_ in FIRST_NAMES:  # `Ingrid:` alone, beside Ingrid Halvorsen
                people = {e.name: e for e in self.entities if e.type == "person" and e.name.split()[0] == root.text}
                if len(people) == 1 and all(len(n.split()) > 1 for n in people):
                    return next(iter(people.values()))
        issuer = self._issuer(mention) or self._named_group(mention)
        if issuer is not None:
            return issuer
        nominal = (
            self._affiliated(mention)
            or self._named_after(mention)
            or self._nominal(mention)
            or self._institution(mention)
            or self._org_by_kind(mention)
            or self._age_in_focus(mention)
        )
        if nominal is not None:
            return nominal
        # "part of the AFF statement", "the Clinton campaign": the organisation or person inside;
        # a place inside ("a South Carolina native") is where the speaker is from, not who; the
        # name inside a person's role ("a State Department official") is whom they work for
        lemma = root.lemma_.lower()
        if lemma in ROLE_NOUNS or lemma in SYNONYMS or root.lower_ in NOMINAL_GENDER:
            return self._unresolved(mention)
        body = self._persons_body(root)
        if body is not None:
            return body
        for t in mention:
            e = self._by_token.get(t.i)
            if e is not None and t.ent_type_ not in PLACE_LABELS:
                return e
        return self._unresolved(mention)

    def _together(self, root: Token, first: Entity) -> Entity | None:
        """`Ruiz and Berg wrote: “…”` → `Ana Ruiz and Tom Berg`: people conjoined as the subject speak as one group,
        named by their full names (None unless every one of them is a person named)."""
        if root.dep_ not in SUBJECT_DEPS:
            return None
        members = [root]
        while len(members) < MAX_GROUP and (nxt := next((c for c in members[-1].children if c.dep_ == "conj"), None)):
            members.append(nxt)
        people = {id(e): e for m in members if (e := self._by_token.get(m.i)) is not None and e.type == "person"}
        if len(members) < 2 or len(people) != len(members):
            return None  # `Ruiz and her aides`, `Ruiz, a senator, and a Republican who …`: not people each named
        return self._group(root)

    def _headline_title(self, mention: Span) -> Entity | None:
        """`Justice vows to step back` (a headline) → the person the article calls a justice: a bare capitalised title
        word is the person in focus before it (as he/she would resolve) when the article gives them that title,
        and with nobody named before it, the first person given that title."""
        root = mention[0]
        if len(mention) != 1 or not root.is_title or root.lower_ not in ROLE_NOUNS:
            return None
        word = root.lower_

        def titled(e: Entity) -> bool:
            return e.type == "person" and (word in e.role_words or word in e.epithets)

        hit = self._salient(mention.start_char, lambda e: e.type == "person")
        if hit is not None:  # "Ruiz apologizes to Berg;⏎Justice vows …": the subject before, if a justice
            return hit[0] if titled(hit[0]) else None
        people = [e for e in self.entities if titled(e)]
        return min(people, key=lambda e: e.first) if people else None

    def _persons_body(self, root: Token) -> Entity | None:
        """`Ryan’s office said` → `Paul Ryan’s office`: an institution of a person's speaks as one, named by
        the person's full name (an organisation, not the person)."""
        owner = next((c for c in root.children if c.dep_ == "poss"), None)
        if owner is None or root.pos_ != "NOUN" or root.lemma_.lower() not in INSTITUTION_NOUNS:
            return None
        person = self._by_token.get(owner.i)
        doc = root.doc
        if person is None or person.type != "person" or doc[owner.i + 1].text not in {"'s", "\u2019s"}:
            return None
        name = f"{person.name}{doc[owner.i + 1].text} {doc[owner.i + 2 : root.i + 1].text}"
        return self._nominals.setdefault(name.lower(), Entity(name=name, type="organization", first=root.idx))

    def _pronoun(self, mention: Span) -> Entity | None:
        """he/she → the nearest person of that gender (or of unknown gender); it/they → the nearest organisation."""
        lower = mention.text.lower()
        if lower == "it" and self._expletive(mention.root):
            return self._cleft(mention.root)
        if lower in ORG_PRONOUNS:
            return self._it_or_they(mention.start_char, lower)
        if lower == "i":  # "I" in the writer's own words is the writer
            author = Entity(name=AUTHOR, type="unknown", first=mention.start_char)
            return self._nominals.setdefault("\0author", author)
        if lower not in PRONOUN_GENDER:
            return None
        gender = PRONOUN_GENDER[lower]
        objects = self._objects_of(mention.root.head) if mention.root.dep_ in SUBJECT_DEPS else []

        def ok(e: Entity) -> bool:  # `he told Hannity`: not Hannity, who is the one he told
            return e.type == "person" and e.gender in {None, gender} and not any(e is o for o in objects)

        ahead = self._cataphor(mention.root)
        if ahead is not None and ok(ahead):
            return ahead
        pos = mention.start_char
        for _ in range(CHAIN_STEPS):
            hit = self._salient(pos, ok)
            if hit is None:
                return None
            entity, sent, depth = hit
            # "But he also mocked Rubio, who he dubbed …": a higher `he` in that sentence carries the chain on
            chain = self._chain(sent, pos, lower, depth)
            if chain is None:
                return entity
            pos = chain.idx
        return None

    def _objects_of(self, verb: Token) -> list[Entity]:
        """The people a verb's clause names as its objects: `told Hannity`, `spoke to Ruiz`, `thanked Ana Ruiz`."""
        found: list[Entity] = []
        for child in children_of(verb):
            args = [child] if child.dep_ in {"dobj", "dative", "iobj"} else []
            if child.dep_ == "prep" and child.lower_ in {"to", "with"}:
                args = [g for g in children_of(child) if g.dep_ == "pobj"]
            found.extend(e for a in args if (e := self._by_token.get(a.i)) is not None)
        return found

    def _chain(self, sent: int, pos: int, lower: str, depth: int) -> Token | None:
        """The same pronoun, subject of a higher clause than `depth`, earlier in sentence `sent` than `pos`."""
        start = int(self._sent_starts[sent])
        end = int(self._sent_starts[sent + 1]) if sent + 1 < len(self._sent_starts) else len(self.doc)
        limit = depth if depth >= 0 else MAX_DEPTH + 1
        for t in self.doc[start:end]:
            if t.idx >= pos:
                break
            if t.lower_ == lower and t.dep_ in SUBJECT_DEPS and not self._quoted[t.i] and _clause_depth(t) < limit:
                return t
        return None

    def _cataphor(self, pronoun: Token) -> Entity | None:
        """`If he wins, Trump has said …`: a pronoun in a clause opening its sentence is the main subject after it."""
        verb = pronoun.head
        if pronoun.dep_ not in SUBJECT_DEPS or verb.dep_ != "advcl" or verb.i > verb.head.i:
            return None
        subject = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS and c.i > pronoun.i), None)
        return self._by_token.get(subject.i) if subject is not None else None

    @staticmethod
    def _expletive(it: Token) -> bool:
        """`It is clear that …`, `it seems …`, `It was Obama who …`: an `it` that stands for nothing named."""
        verb = it.head
        if it.dep_ not in SUBJECT_DEPS or verb.lemma_.lower() not in EXPLETIVE_VERBS:
            return False
        return any(c.dep_ in {"ccomp", "csubj"} for c in verb.children) or _cleft_focus(verb) is not None

    def _cleft(self, it: Token) -> Entity | None:
        """`It was Obama who pressed for …` → Obama; any other expletive `it` → None."""
        attr = _cleft_focus(it.head)
        if attr is None:
            return None
        entity = self._by_token.get(attr.i)
        return entity if entity is not None else self.resolve(self._phrase(attr))

    def _it_or_they(self, pos: int, lower: str) -> Entity | None:
        """`it` → the organisation, institution or document named last; `they` → the group or organisation.

        Places never: "they" in "in Ohio, they say" are people there, not the state.
        """
        org_at, org = self._org_before(pos)
        fits = {"group", "institution"} if lower == "they" else {"institution", "document"}
        i = bisect.bisect_left(self._thing_positions, pos) - 1
        found: tuple[str, Token] | None = None
        best = MAX_DEPTH + 1
        while i >= 0 and pos - self._thing_positions[i] <= ORG_LOOKBACK_CHARS and self._thing_positions[i] > org_at:
            kind, head = self._things[i]
            if kind in fits:
                if found is not None and head.sent != found[1].sent:
                    break
                rank = _clause_depth(head) if head.dep_ in SUBJECT_DEPS else MAX_DEPTH + 1
                if found is None or rank < best:
                    found, best = (kind, head), rank  # the subject of the main clause first
            i -= 1
        if found is None:
            return org
        kind, head = found
        if kind == "group":
            return self._group(head)
        entity = self.resolve(self._phrase(head))
        return self._unresolved(self._phrase(head)) if entity is not None and entity.type == "person" else entity

    @staticmethod
    def _phrase(head: Token) -> Span:
        """`the staff association` from its head noun: the words before it that modify it."""
        lo = head.i
        for c in head.lefts:
            if c.dep_ in {"det", "compound", "amod", "poss", "nmod", "nummod"}:
                lo = min(lo, c.left_edge.i)
        return head.doc[lo : head.i + 1]

    def _org_before(self, pos: int) -> tuple[int, Entity | None]:
        """The organisation named last before `pos` (within reach), places skipped: (its offset, it)."""
        i = bisect.bisect_left(self._org_positions, pos) - 1
        while i >= 0 and pos - self._org_positions[i] <= ORG_LOOKBACK_CHARS:
            if not self._org_places[i]:
                return self._org_positions[i], self._orgs[i]
            i -= 1
        return -1, None

    def _nearest(self, pos: int, ok: Callable[[Entity], bool]) -> Entity | None:
        """The person named last before `pos` that is `ok`."""
        i = bisect.bisect_left(self._positions, pos) - 1
        while i >= 0 and pos - self._positions[i] <= LOOKBACK_CHARS:
            if ok(self._at[i]):
                return self._at[i]
            i -= 1
        return None

    def _salient(self, pos: int, ok: Callable[[Entity], bool]) -> tuple[Entity, int, int] | None:
        """In the sentence of the person named last before `pos` that is `ok`, the subject of its highest
        clause (else that nearest person): (entity, sentence, subject depth or -1).

        "Rubio said that Trump, whom he called …": `he` is the subject Rubio, not Trump named nearer.
        """
        i = bisect.bisect_left(self._positions, pos) - 1
        first: tuple[Entity, int, int] | None = None
        best: tuple[Entity, int, int] | None = None  # the subject of the highest clause
        while i >= 0 and pos - self._positions[i] <= LOOKBACK_CHARS:
            e = self._at[i]
            if ok(e):
                sent, depth = self._where[i]
                if first is None:
                    first = (e, sent, depth)
                elif sent != first[1]:
                    break
                if depth >= 0 and (best is None or depth < best[2]):
                    best = (e, sent, depth)
            i -= 1
        return best if best is not None else first

    def _nominal(self, mention: Span) -> Entity | None:
        root = mention.root
        last = mention[-1]
        if is_age(last) and mention[0].lower_ == "the":  # `the 26-year-old` however parsed
            return self._aged(mention.start_char, self.doc[last.i - 4].text if last.i >= 4 else "")
        if root.tag_ in {"NNS", "NNPS"} or any(
            c.lower_ in NEW_REFERENT and c.dep_ in {"det", "nummod", "amod"} for c in root.children
        ):
            return None  # "an Israeli official", "one longtime adviser", "the lawmakers": someone not named
        if root.is_title and root.i != root.sent.start and any(c.ent_type_ == "ORG" for c in root.lefts):
            return None  # "The Valley Union Leader" is a newspaper's name, not a leader
        head = root.lemma_.lower() if root.pos_ == "NOUN" else root.lower_
        words = SYNONYMS.get(head) or SYNONYMS.get(root.lower_)
        if words is None:
            # `the rookie defenceman` after `Jo Park, a rookie defenceman`: a role this article gave someone
            # (its person, not the body a role names: `the court` is no `Supreme Court justice`)
            body = head in INSTITUTION_NOUNS or head in ORG_KIND_NOUNS or head in MUTE_NOUNS
            known = head in self._role_heads or head in self._epithet_words
            described = mention[0].lower_ == "the" and root.pos_ == "NOUN" and not body and known
            if head not in ROLE_NOUNS and root.lower_ not in ROLE_NOUNS and head not in FOCUS_ROLES and not described:
                return None
            words = frozenset({head, root.lower_})
        gender = NOMINAL_GENDER.get(root.lower_)
        # modifiers that must agree when the role names them ("foreign minister" ≠ "finance minister")
        mods = {t.lower_ for t in mention if t.dep_ in {"compound", "amod"} and t.i < root.i and t.pos_ == "NOUN"}

        pos = mention.start_char

        def fits(e: Entity) -> bool:
            if e.type != "person" or not (e.role_words & words or e.epithets.get(head, pos) < pos):
                return False
            if gender is not None and e.gender is not None and e.gender != gender:
                return False
            return not mods or bool(mods & e.role_words)

        named = self._nearest(mention.start_char, fits)
        # a hyphenated modifier describes the holder ("the two-term president"); a plain one narrows the office
        narrowing = [t for t in mention if t.lower_ in mods and not any(c.text == "-" for c in t.children)]
        if named is not None or mention[0].lower_ != "the" or root.lower_ not in FOCUS_ROLES or narrowing:
            return named
        if any(c.i > root.i for c in root.children):
            return named  # "the secretary of state", "the minister, Ana Ruiz": the phrase says more

        # "… Ruiz remarked. “Yes,” the senator said.": no one named with the office, the person in focus
        def person(e: Entity) -> bool:
            return e.type == "person" and (gender is None or e.gender in {None, gender})

        def holder(e: Entity) -> bool:
            held = e.role_words & (words | FOCUS_ROLES - {"president"} | RELATION_NOUNS)
            return person(e) and (not e.role_words or bool(held))

        hit = self._salient(mention.start_char, person)
        if hit is None or not holder(hit[0]):
            # the person in focus was named as something else (a host asking): the one last named who was not
            return self._recent(mention, hit[1], holder) if hit is not None else None
        return hit[0]

    def _affiliated(self, mention: Span) -> Entity | None:
        """`Acme writer Ana Ruiz … “…,” the Acme employee wrote` → Ana Ruiz: a definite job phrase with a name in it
        is the person named last whose role holds that name and the phrase's job (any job for `employee`,
        `staffer`: GENERIC_JOBS)."""
        root = mention.root
        if mention[0].lower_ != "the" or root.pos_ != "NOUN" or root.tag_ != "NN" or not is_job(root):
            return None
        names = [t for t in mention if t.i < root.i and t.pos_ == "PROPN" and self._by_token.get(t.i) is not None]
        if len(names) != 1:
            return None
        word, inner = names[0].lower_, self._by_token.get(names[0].i)
        head = root.lemma_.lower()

        def ok(e: Entity) -> bool:
            held = head in GENERIC_JOBS or head in e.role_words
            return e.type == "person" and e is not inner and word in e.role_words and held

        return self._nearest(mention.start_char, ok)

    def _aged(self, pos: int, age: str) -> Entity | None:
        """`Ana Ruiz, 26, …` or `26-year-old Ana Ruiz` … `the 26-year-old said` → Ana Ruiz: the person named last
        before `pos` with that age written beside the name."""
        if not age.isdigit():
            return None
        after = re.compile(rf"[^,.;:!?\n]{{0,40}}?,\s*{age}\s*[,)]")
        i = bisect.bisect_left(self._positions, pos) - 1
        while i >= 0 and pos - self._positions[i] <= LOOKBACK_CHARS:
            at = self._positions[i]
            if after.match(self._text, at, at + 60) or self._text[max(0, at - 14) : at].endswith(f"{age}-year-old "):
                return self._at[i]
            i -= 1
        return None

    def _recent(self, mention: Span, before: int, ok: Callable[[Entity], bool]) -> Entity | None:
        """The person last named before sentence `before` (the one in focus), within RECENT_SENTENCES of `mention`,
        that is `ok`.

        `“Is it you?” Lee (a host) asked. “It is,” the senator said.` → the guest named before Lee."""
        here = self._sentence(mention.root.i)
        i = bisect.bisect_left(self._positions, mention.start_char) - 1
        while i >= 0 and here - self._where[i][0] <= RECENT_SENTENCES:
            if self._where[i][0] < before and ok(self._at[i]):
                return self._at[i]
            i -= 1
        return None

    def _age_in_focus(self, mention: Span) -> Entity | None:
        """`Tariq Osei scored twice. “…,” the 21-year-old said` → Tariq Osei: an age alone after `the` that no one
        was given (`_aged`) is the person in focus (`the 21-year-old striker` is read as a role noun by `_nominal`)."""
        last = mention[-1]  # (not the span's root: a parse that hangs `the` and `old` on `said` makes `the` one)
        if mention[0].lower_ != "the" or not is_age(last):
            return None
        return self._in_focus(last, mention.start_char)

    def _named_after(self, mention: Span) -> Entity | None:
        """`according to the city's transport commissioner, Li Wei.` → Li Wei: the person named in apposition right
        after the role, however the parser attached the name."""
        doc = mention.doc
        k = mention.root.i + 2
        if k >= len(doc) or mention.root.i + 1 != mention.end or doc[k].ent_type_ != "PERSON":
            return self._named_after_clause(mention)
        entity = self._by_token.get(k)
        if entity is None or entity.type != "person":
            return None
        end = k
        while end + 1 < len(doc) and self._by_token.get(end + 1) is entity:
            end += 1
        head = job_before_comma(doc[k : end + 1])
        return entity if head is not None and head.i == mention.root.i else None

    def _named_after_clause(self, mention: Span) -> Entity | None:
        """`The editor I was talking to, Ana Ruiz, cut in` → Ana Ruiz: a name set off by commas right after the
        relative clause of a definite role (within MAX_CLAUSE_GAP words), however the parser attached it."""
        root, doc = mention.root, mention.doc
        rel = next((c for c in root.children if c.dep_ == "relcl" and c.i > root.i), None)
        if rel is None or mention[0].lower_ != "the" or rel.right_edge.i - root.i > MAX_CLAUSE_GAP:
            return None
        end = rel.right_edge.i
        while end > rel.i and doc[end].is_punct:
            end -= 1
        entity = self._by_token.get(end)
        if entity is None or entity.type != "person" or doc[end].ent_type_ != "PERSON":
            return None
        start = end
        while start > rel.i and self._by_token.get(start - 1) is entity:
            start -= 1
        if start <= rel.i + 1 or doc[start - 1].text != ",":
            return None
        described = description(root, self._in_text) if is_job(root) else None
        if described is not None:
            entity.add_role(described)  # the phrase says what the person is: `the editor`
        return entity

    def _issuer(self, mention: Span) -> Entity | None:
        """A document speaks for whoever the article says issued it: `her statement` → her; `the letter` → who
        sent a letter just before (`Ruiz and Berg sent a letter …`); `the statement read` → who said it `in a
        statement`. None when the article does not say (the document stays the speaker)."""
        root = mention.root
        lemma = root.lemma_.lower()
        if root.pos_ != "NOUN" or lemma not in DOCUMENT_NOUNS | SPEECH_NOUNS | MUTE_NOUNS:
            return None
        owner = next((c for c in root.children if c.dep_ == "poss"), None)
        if owner is not None:  # `her plan calls for …`: a thing of someone's speaks for them
            pronoun = owner.lower_ in POSSESSIVE_PRONOUNS
            found = self._possessor(owner) if pronoun else self._by_token.get(owner.i)
            return found if found is not None and found.type in {"person", "organization"} else None
        if mention[0].lower_ not in {"the", "this", "that"} or len(mention) > 2 or lemma not in DOCUMENT_NOUNS:
            return None  # `a statement`, `the first ad`, `the Pentagon statement`: not the one issued before
        return self._issued_before(lemma, mention.start_char)

    def _issued_before(self, lemma: str, pos: int) -> Entity | None:
        """Who issued the last `lemma` (a statement, a column) the text said someone issued before `pos`."""
        last = i = bisect.bisect_left(self._issued_at, pos) - 1
        while i >= 0 and pos - self._issued_at[i] <= LOOKBACK_CHARS:
            noun, subject = self._issued[i]
            nearest = i == last
            if noun == lemma or (nearest and noun in MESSAGE_NOUNS and lemma in MESSAGE_NOUNS):
                if subject.pos_ == "PRON":
                    return self._pronoun(subject.doc[subject.i : subject.i + 1])
                if any(c.dep_ == "conj" for c in subject.children):
                    return self._group(subject)
                found = self.resolve(self._phrase(subject))
                return found if found is not None and found.type in {"person", "organization"} else None
            i -= 1
        return None

    def _piece(self, mention: Span) -> Entity | None:
        """`A column in the Harbor Times attacked it. … the Sea Views column said` → Harbor Times: a column,
        editorial or op-ed the text said ran in (or was written by) someone speaks for them, however it is named
        (not one with a person's name in it: `the Ruiz column` is hers)."""
        last = _after_name(mention[-1])
        if last.pos_ != "NOUN" or last.lemma_.lower() not in PIECE_NOUNS or mention[0].lower_ not in DETERMINERS:
            return None
        if mention[0].lower_ in NEW_REFERENT or any(
            (e := self._by_token.get(t.i)) is not None and e.type == "person" for t in mention
        ):
            return None
        return self._issued_before(last.lemma_.lower(), mention.start_char)

    @functools.cached_property
    def _role_heads(self) -> frozenset[str]:
        """Every word of the roles the article gave its people (read once, after the index is built)."""
        return frozenset(w for e in self.entities if e.type == "person" for w in e.role_words)

    def _named_group(self, mention: Span) -> Entity | None:
        """`the two lawmakers`, `the committee chairmen` → the people last named together as a subject (`Ruiz
        and Berg sent …`), as many as the phrase counts; a plural office or role word, never `the protesters`."""
        root = mention.root
        head = root.lemma_.lower()
        if root.tag_ != "NNS" or mention[0].lower_ != "the" or not (head in ROLE_NOUNS or head in SYNONYMS):
            return None
        count = next((c for c in root.children if c.dep_ == "nummod"), None)
        number = NUMBER_WORDS.get(count.lower_) if count is not None else None
        words = SYNONYMS.get(head, frozenset()) | {head}
        i = bisect.bisect_left(self._thing_positions, mention.start_char) - 1
        while i >= 0 and mention.start_char - self._thing_positions[i] <= LOOKBACK_CHARS:
            kind, subject = self._things[i]
            i -= 1
            if kind != "group" or self._by_token.get(subject.i) is None:
                continue
            group = self._group(subject)
            if group.type != "unknown" or " and " not in group.name or not group.name[:1].isupper():
                continue
            near = mention.start_char - self._thing_positions[i + 1] <= ORG_LOOKBACK_CHARS
            if not near and not self._all_called(subject, words):
                continue  # further back, only people each named with the phrase's office (`Chairman Ana Ruiz`)
            members = group.name.count(",") + 2
            if number is not None and number != members:
                return None
            return group  # (its role, `committee chairmen`, is read once in the index build: `_describe_groups`)
        return None

    def _all_called(self, subject: Token, words: frozenset[str]) -> bool:
        """Were all the people conjoined from `subject` (`Ruiz and Berg`) named with one of `words` as role?"""
        members = [subject]
        while len(members) < MAX_GROUP and (nxt := next((c for c in members[-1].children if c.dep_ == "conj"), None)):
            members.append(nxt)
        people = [self._by_token.get(m.i) for m in members]
        return all(p is not None and p.type == "person" and bool(p.role_words & words) for p in people)

    @functools.cached_property
    def _issuing(self) -> tuple[list[int], list[tuple[str, Token]]]:
        """Documents the text says someone issued, in text order: (offset, (noun, issuer's subject token)).

        `Ruiz sent a letter`, `the ministry said in a statement`, `Berg released a report`: read once, on the
        first definite document mention (most documents never ask)."""
        at: list[int] = []
        out: list[tuple[str, Token]] = []
        pos = self.doc.to_array("POS")
        for i in numpy.flatnonzero(pos == NOUN_POS).tolist():  # a Token for the nouns only
            t = self.doc[i]
            if self._quoted[t.i] or t.lemma_.lower() not in DOCUMENT_NOUNS:
                continue
            source = self._piece_source(t)
            if source is not None:  # `a column in the Harbor Times`: the paper it ran in
                at.append(t.idx)
                out.append((t.lemma_.lower(), source))
                continue
            verb = t.head
            if t.dep_ == "pobj" and verb.lower_ in {"in", "through", "via"}:
                verb = verb.head
            elif t.dep_ == "compound":  # `sent out an email fundraising appeal`
                top = verb
                while top.dep_ == "compound" and top.head.i != top.i:
                    top = top.head
                if top.dep_ != "dobj":
                    continue
                verb = top.head
            elif t.dep_ != "dobj":
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj" and not self._quoted[c.i]), None)
            if subject is not None and subject.lower_ in {"who", "that"} and verb.dep_ == "relcl":
                subject = verb.head  # `Ruiz, who released a report …`: Ruiz
            if subject is None or subject.lower_ in RELATIVES or subject.lemma_.lower() in DOCUMENT_NOUNS:
                continue
            at.append(t.idx)
            out.append((t.lemma_.lower(), subject))
        return at, out

    def _piece_source(self, piece: Token) -> Token | None:
        """`a column by Ana Ruiz in the Harbor Times` → Ruiz; `an editorial in the Times` → Times: the named
        author of a column, editorial or op-ed, else the named publication it ran in (its head word)."""
        if piece.lemma_.lower() not in PIECE_NOUNS:
            return None
        found: dict[str, Token] = {}
        for prep in piece.children:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ == "prep" else None
            if obj is None or prep.lower_ not in PIECE_SOURCES or prep.lower_ in found:
                continue
            if any(self._by_token.get(t.i) is not None for t in self._phrase(obj)):
                found[prep.lower_] = obj
        return next((found[p] for p in PIECE_SOURCES if p in found), None)

    @property
    def _issued_at(self) -> list[int]:
        return self._issuing[0]

    @property
    def _issued(self) -> list[tuple[str, Token]]:
        return self._issuing[1]

    def _group(self, head: Token) -> Entity:
        """`Ana Ruiz and Tom Berg`, `the senators`: a group speaker named by its phrase (type unknown); people
        named each by name are named by their full names (`Berg and Senator Ana Ruiz (D)` → `Tom Berg and Ana Ruiz`)."""
        members = [head]
        while len(members) < MAX_GROUP and (nxt := next((c for c in members[-1].children if c.dep_ == "conj"), None)):
            members.append(nxt)
        people = [self._by_token.get(m.i) for m in members]
        if len(members) > 1 and all(p is not None and p.type == "person" for p in people):
            names = [p.name for p in people if p is not None]
            name = f"{', '.join(names[:-1])} and {names[-1]}"
            return self._nominals.setdefault(name.lower(), Entity(name=name, type="unknown", first=head.idx))
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
            named = org.name.lower().split()
            if named[-1:] == [head] or (named[:1] == [head] and "of" in named[1:3]):
                return org  # `the union` → Port Workers Union; `the university` → University of Lagos
            if not self._org_places[i] and self._described_as(self._org_positions[i], root.lemma_.lower(), part=True):
                # `The Harbor Herald editorial board … the editorial board`: that body of that organisation
                words = " ".join(t.text for t in mention if t.lower_ not in DETERMINERS)
                name = f"{org.name} {words}"
                return self._nominals.setdefault(name.lower(), Entity(name=name, type="organization", first=org.first))
            i -= 1
        return None

    def _org_by_kind(self, mention: Span) -> Entity | None:
        """`Acme Corp cut jobs. “…,” the company said` → Acme Corp: `the company`, `the news outlet` (a kind of
        organisation, no name of its own) is the organisation named last, places skipped, within reach."""
        root = mention.root
        if root.lemma_.lower() not in ORG_KIND_NOUNS or root.tag_ != "NN" or mention[0].lower_ in NEW_REFERENT:
            return None  # `a paper from the Brookings Institution` is another one
        if any(t.pos_ == "PROPN" or t.ent_type_ or t.dep_ == "poss" for t in mention):
            return None  # `the Clinton campaign`, `its parent company`: another body
        kind = root.lemma_.lower()
        i = bisect.bisect_left(self._org_positions, mention.start_char) - 1
        while i >= 0 and mention.start_char - self._org_positions[i] <= LOOKBACK_CHARS:
            org = self._orgs[i]
            suffix = org.name.lower().rstrip(".").split()[-1]
            if not self._org_places[i] and (
                self._described_as(self._org_positions[i], kind) or kind in ORG_SUFFIX_KINDS.get(suffix, ())
            ):
                return org  # `the RT America television network` … `the network said`; `Acme Corp` … `the company`
            i -= 1
        return None

    def _described_as(self, pos: int, kind: str, part: bool = False) -> bool:
        """Is the organisation named at `pos` called a `kind` there (`the RT television network`, `Acme, a
        company`)? With `part`, only a body of it (`the Tribune editorial board`, `the board of the Tribune`)."""
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if span is None or not len(span):
            return False
        t = span[0]
        for _ in range(MAX_NP_WALK):  # to the name's own head word (`the Wall Street Journal` → Journal)
            if t.head == t or not t.head.ent_type_ or t.head.ent_iob_ != "I" or t.head.i < t.i:
                break
            t = t.head
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() == kind:
            return True  # `the editorial board of the Tribune`
        for _ in range(4):  # up the compound chain to the noun the name modifies
            if t.lemma_.lower() == kind:
                return not part or t.ent_type_ == ""
            if not part and any(c.dep_ == "appos" and c.lemma_.lower() == kind for c in t.children):
                return True
            if t.dep_ not in {"compound", "nmod", "amod"} or t.head == t:
                return False
            t = t.head
        return False

    def _owner(self, thing: Token) -> Entity | None:
        """`Ruiz released an ad that says …` → Ruiz: a thing that speaks through `that`/`which` speaks for
        whoever the sentence says made, ran or held it (the subject of the verb it is the object of)."""
        if thing.pos_ != "NOUN" or not (thing.lemma_.lower() in DOCUMENT_NOUNS or thing.lemma_.lower() in WRITTEN_ON):
            return None
        if not any(
            c.dep_ == "relcl"
            and is_speech_verb(c)
            and any(g.dep_ in SUBJECT_DEPS and g.lower_ in {"that", "which"} for g in c.children)
            for c in thing.children
        ):
            return None
        verb = thing.head
        if thing.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head  # "voted for the resolution which said"
        elif thing.dep_ != "dobj":
            return None
        for _ in range(3):
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None:
                break
            if verb.dep_ not in {"xcomp", "advcl", "conj"}:
                return None
            verb = verb.head
        if subject is None or subject.lower_ in {"that", "which", "who"}:
            return None
        if subject.pos_ == "PRON":
            return self._pronoun(subject.doc[subject.i : subject.i + 1])
        return self.resolve(self._phrase(subject))

    def _indefinite(self, mention: Span) -> Entity | None:
        """An unnamed source, named by what the text says of it (type unknown).

        `someone in the audience`, `one of his aides` → the phrase; `those` + `surveyed` → `those
        surveyed`; a bare `another`/`others` borrows the noun of the parallel source just before
        ("one voter said …; another said" → `another voter`); with no noun at all → None.
        """
        root = mention.root
        doc = mention.doc
        last = mention[-1]
        tail = [c for c in last.rights if c.dep_ == "acl" and c.tag_ == "VBN" and not list(c.children)]
        if tail:  # "those surveyed", "most of those polled"
            return self._named_by(doc[mention.start : tail[0].i + 1])
        if any(t.pos_ in {"NOUN", "PROPN"} and t != root for t in mention):
            return self._named_by(mention)
        plural = root.lower_ in PLURAL_INDEFINITES
        word = INDEFINITE_WORDS.get(root.lower_)
        if word is None:
            return None
        i = bisect.bisect_left(self._source_positions, mention.start_char) - 1
        while i >= 0 and mention.start_char - self._source_positions[i] <= ORG_LOOKBACK_CHARS:
            noun = self._sources[i]
            if (noun.tag_ == "NNS") == plural:
                said = noun.text if noun.ent_type_ else noun.lower_ if plural else noun.lemma_.lower()
                name = f"{word} {said}"
                return self._nominals.setdefault(name, Entity(name=name, type="unknown", first=mention.start_char))
            i -= 1
        return None

    def _possessor(self, pron: Token) -> Entity | None:
        """Whom `his`/`her`/`its`/`their` stand for, as the matching subject pronoun would."""
        lower = pron.lower_
        if lower in {"his", "her"}:
            gender = PRONOUN_GENDER[lower]
            hit = self._salient(pron.idx, lambda e: e.type == "person" and e.gender in {None, gender})
            return hit[0] if hit is not None else None
        return self._it_or_they(pron.idx, "it" if lower == "its" else "they")

    def _named_by(self, phrase: Span) -> Entity:
        """An entity named by the phrase as written, determiners dropped (type unknown)."""
        name = _clean_name(phrase.text)
        return self._nominals.setdefault(name.lower(), Entity(name=name, type="unknown", first=phrase.start_char))

    @functools.cached_property
    def _named_phrases(self) -> dict[str, dict[str, int]]:
        """Common-noun phrases the text first wrote after a name: `the Tribune editorial board` →
        {"editorial board": {"Tribune editorial board": first offset}} (outside quotes; built once, on first use)."""
        out: dict[str, dict[str, int]] = {}
        for chunk in self.doc.noun_chunks:
            root = chunk.root
            if root.pos_ != "NOUN" or root.tag_ in {"NNS", "NNPS"} or self._quoted[root.i]:
                continue
            doc, k = chunk.doc, root.i
            while k > chunk.start and doc[k - 1].pos_ in {"NOUN", "ADJ"}:
                k -= 1
            lo = k
            while lo > chunk.start and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].dep_ in {"compound", "nmod"}:
                lo -= 1
            if lo == k:
                continue
            out.setdefault(doc[k : root.i + 1].text.lower(), {}).setdefault(doc[lo : root.i + 1].text, doc[lo].idx)
        return out

    def _fuller(self, name: str, pos: int) -> str:
        """`the editorial board` after `the Tribune editorial board` → `Tribune editorial board`: a definite
        phrase repeating the words the text wrote earlier after one name is that named body (two names → as is)."""
        found = self._named_phrases.get(name.lower(), {})
        earlier = [f for f, at in found.items() if at < pos]
        return earlier[0] if len(found) == 1 and earlier else name

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
        kind: SpeakerType = "organization" if root.lemma_.lower() in INSTITUTION_NOUNS else "unknown"
        named = all(t.is_title or t.lower_ in HONORIFICS for t in toks)
        titles = 0
        if root.pos_ == "PROPN" and named and not any(t.ent_type_ in PLACE_LABELS for t in toks):
            kind = "person" if len(toks) > 1 or toks[0].lower_ in HONORIFICS else "unknown"
            if any(t.ent_type_ == "ORG" for t in toks):
                kind = "organization"  # "The Valley Union Leader", a newspaper
            # a name the tagger missed keeps no title: `Mr. Quill` → Quill, `Councilwoman Ada Fenn` → Ada Fenn
            while titles < len(toks) - 1 and _is_title_word(toks[titles].lower_) and toks[titles].i < root.i:
                titles += 1
        name = " ".join(mention.doc[toks[titles].i : toks[-1].i + 1].text.split())  # `polls  in Ohio`: one space
        if len(toks) > 1 and toks[0].lower_ in POSSESSIVE_PRONOUNS and toks[0].dep_ == "poss":
            # "her campaign" → "Ana Ruiz's campaign": a name is never a pronoun
            owner = self._possessor(toks[0])
            if owner is None or owner.type not in {"person", "organization"}:
                return self._named_by(mention)  # still a phrase, owner unknown
            name = f"{owner.name}'s {mention.doc[toks[1].i : toks[-1].i + 1].text}"
        if not titles and toks[0].i > mention.start and mention[0].lower_ == "the" and root.pos_ == "NOUN":
            name = self._fuller(name, mention.start_char)
        entity = self._nominals.get(name.lower())
        if entity is None:
            entity = Entity(name=name, type=kind, first=mention.start_char)
            self._nominals[name.lower()] = entity
        if titles and kind == "person":
            for role in roles_of(mention.doc[toks[titles].i : toks[-1].i + 1], self._in_text):
                entity.add_role(role)
        if kind == "unknown" and root.pos_ == "NOUN" and is_job(root):
            # someone never named: the description is their role ("an intelligence source", "her campaign manager")
            described = description(root, self._in_text)
            if described is not None:
                entity.add_role(described)
        return entity


def _epithet(head: Token) -> bool:
    """May a description with this head word, once resolved to the person in focus, name them again later? Not an
    office the person in focus is called by anyway (`the senator`), nor one that serves someone else (`the
    spokesman`, `the source`): those are often another person."""
    lemma = head.lemma_.lower()
    return lemma not in FOCUS_ROLES and lemma not in SERVING_ROLES and head.lower_ not in FOCUS_ROLES


def _after_name(t: Token) -> Token:
    """`the Sea Views (Voice of the Coast) column`, tagged an organisation up to `Coast`: the noun right after
    the name `t` ends or lies in (closing brackets skipped), or `t` when none follows within a few words."""
    doc, k = t.doc, t.i + 1
    if not t.ent_type_ and t.pos_ != "PROPN":
        return t
    while (
        k < len(doc)
        and k - t.i <= MAX_NP_WALK
        and (
            doc[k].ent_iob_ == "I"
            or doc[k].pos_ == "PROPN"
            or doc[k].text in {"(", ")"}
            or doc[k].lower_ in {"of", "the"}
        )
    ):
        k += 1
    return doc[k] if k < len(doc) and k - t.i <= MAX_NP_WALK and doc[k].pos_ == "NOUN" else t


def _inside_noun_phrase(t: Token) -> bool:
    """Is the name at `t` a possessor or a noun's complement ("Berg's letter", "her insults of Berg")?"""
    while t.dep_ in {"compound", "flat"} and t.head.i != t.i:
        t = t.head
    if t.dep_ == "poss":
        return True
    return t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ == "NOUN"


def _dummy_it(t: Token) -> bool:
    """`it` in "how hard it is for the senator to win": a subject that stands for nothing (the clause's real
    subject comes after it)."""
    verb = t.head
    if t.lower_ != "it" or verb.lemma_.lower() not in {"be", "seem", "appear"}:
        return False
    return any(c.dep_ in {"acomp", "ccomp", "xcomp", "advcl", "csubj"} for c in verb.children)


def _hyphenated(t: Token) -> bool:
    """`Tony` in `Tony-winning`: a token glued by a hyphen to the next or previous word."""
    doc = t.doc
    after = t.i + 1 < len(doc) and not t.whitespace_ and doc[t.i + 1].text == "-"
    before = t.i > 0 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_
    return after or before


def _content_words(text: str) -> frozenset[str]:
    """`the former President` → {former, president}."""
    return frozenset(re.findall(r"[a-z0-9]+", text.lower())) - DETERMINERS - {"of", "s"}


def _other_given_name(mention: Span, entity: Entity) -> bool:
    """`Ana Ruiz` (untagged) is not `Tom Ruiz`: the mention's given name is not the entity's."""
    root = mention.root
    given = [
        t
        for t in mention
        if t.i < root.i and t.pos_ == "PROPN" and t.is_title and not _is_title_word(t.lower_) and t.whitespace_
    ]  # not `Oduya` of `Oduya-Reid`
    words = entity.name.split()
    return bool(given) and len(words) > 1 and given[0].text != words[0]


def _verb_of(t: Token) -> Token:
    """The verb whose clause holds `t` (`by Ana Ruiz` → `joined`); `t`'s root when there is none."""
    for _ in range(MAX_DEPTH):
        if t.pos_ in {"VERB", "AUX"} or t.head == t:
            return t
        t = t.head
    return t


def _given_gender(name: str) -> str | None:
    words = name.split()
    return FIRST_NAMES.get(words[0].lower()) if len(words) > 1 else None


def _honorific_gender(ent: Span) -> str | None:
    """`Mrs. Ruiz`, `Mr. Ruiz` (the honorific inside the span or just before it) → f / m."""
    if ent[0].lower_ in HONORIFIC_GENDER:
        return HONORIFIC_GENDER[ent[0].lower_]
    return HONORIFIC_GENDER.get(ent.doc[ent.start - 1].lower_) if ent.start > 0 else None


def _entity_gender(e: Entity) -> str | None:
    """While the index is built: the given name's gender, else the honorific votes' (pronouns vote later)."""
    given = _given_gender(e.name)
    if given is not None:
        return given
    top = [*e._votes.most_common(2), ("", 0), ("", 0)]
    return top[0][0] if top[0][1] > top[1][1] else None


def _animate(head: Token, lemma: str) -> bool:
    """Can this plural subject be the `they` that speaks? Not `results`, `imports`, `comments` or `deals`."""
    named = head.pos_ == "PROPN" or head.ent_type_ != "" or (head.is_title and head.i != head.sent.start)
    return named or lemma not in THING_NOUNS


def _kin(ent: Span) -> bool:
    """`his daughter Ivanka Ruiz`, `Ruiz's wife, Ana Ruiz`: a relative of the person the bare surname names."""
    doc = ent.doc
    before = doc[max(0, ent.start - 3) : ent.start]
    head = _root(ent).head if _root(ent).dep_ in {"appos", "compound"} else _root(ent)
    return any(t.lower_ in KIN_NOUNS for t in before) or head.lower_ in KIN_NOUNS


def _cleft_focus(verb: Token) -> Token | None:
    """`It was Obama who …` → Obama: the attribute a who/that clause hangs from."""
    for attr in verb.children:
        if attr.dep_ == "attr" and any(
            c.dep_ == "relcl" and any(g.lower_ in {"who", "that", "which"} for g in c.children) for c in attr.children
        ):
            return attr
    return None


def _surname(words: list[str]) -> str:
    """`Harry B. Harris Jr.` → `harris`: the last word that is not a generational suffix."""
    while len(words) > 1 and words[-1].lower().rstrip(".") in NAME_SUFFIXES:
        words = words[:-1]
    return words[-1].lower()


def _lost_subject(name: Token) -> bool:
    """`Ruiz, later claiming that Berg …, said he …` misparsed with Ruiz hanging off `claiming`'s clause: a
    name opening its sentence, before a main verb that has no subject, is that verb's subject."""
    sent = name.sent
    verb = sent.root
    if name.left_edge.i != sent.start or verb.i < name.i or verb.pos_ not in {"VERB", "AUX"}:
        return False
    return not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _clause_depth(subject: Token) -> int:
    """How many steps the subject's verb lies below its sentence root (0: the main clause)."""
    depth, verb = 0, subject.head
    while verb.head != verb and depth < MAX_DEPTH:
        verb, depth = verb.head, depth + 1
    return depth


def _entity_kind(ent: Span) -> SpeakerType | None:
    """The entity's kind by its label; a known given name tagged as a product or place (`Ivanka` PRODUCT,
    `Hugo Lima` FAC) is a person, and so is such a name right after a job noun (`midfielder Yacouba Sangaré`)."""
    kind = ENTITY_TYPES.get(ent.label_)
    words = [t for t in ent if t.text != "-"]  # `Sangaré-Fofana` is one word
    if kind is None and ent.label_ in MISLABELLED and 1 <= len(words) <= 3 and all(t.is_title for t in words):
        last = ent[-1].lower_
        job = ent.start > 0 and ent.doc[ent.start - 1].lower_ in OCCUPATION_NOUNS  # `midfielder Yacouba Sangaré`
        named = (ent[0].lower_ in FIRST_NAMES or job) and last not in INSTITUTION_NOUNS and last not in PLACE_NOUNS
        return "person" if named else None
    return kind


def _labelled(doc: Doc) -> list[tuple[Span, SpeakerType, str]]:
    """The named entities that can speak: (span, kind by label, cleaned lower-case name)."""
    out: list[tuple[Span, SpeakerType, str]] = []
    words = Counter(ent.text for ent in doc.ents)
    surnames: set[str] = set()  # of the person names read so far
    for ent in doc.ents:
        if words[ent.text] == 1 and _opening_modifier(ent):
            continue
        if len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ == "the" and _epithet_word(ent[0]):
            continue  # `the Briton said`: who the story is about, not a person named Briton
        ent = _after_owner(ent)
        kind = _entity_kind(ent)
        described = _described_kind(ent) if ent.label_ != "PERSON" else None
        if described is not None:
            kind = described  # `Okoro Adeyemi, a nurse at the clinic,` tagged GPE is a person
        if kind is None and ent.label_ in MISLABELLED | {"NORP"} and _clean_name(ent.text).lower() in surnames:
            kind = "person"  # `Mabuza-Nkosi` tagged a work of art after Thandeka Mabuza-Nkosi
        if kind is None:
            continue
        if kind == "organization" and (_looks_personal(ent) or _who_follows(ent)):
            kind = "person"
            given = doc[ent.start - 1] if ent.start > 0 else None
            if (
                given is not None
                and _who_follows(ent)
                and not given.ent_type_
                and _given_before(given)
                and len(ent) <= 3
            ):
                ent = Span(doc, ent.start - 1, ent.end, label="PERSON")  # `Fergus MacIntyre, who runs …`
        if kind == "person" or ent.label_ == "ORG":
            ent = _titled_given(ent)
            kind = "person" if ent.label_ == "PERSON" else kind
        if kind == "person" and len(ent) > 1:
            surnames.add(_surname(_clean_name(ent.text).lower().split()))
        out.append((ent, kind, _clean_name(ent.text).lower()))
    out.extend((name, "person", _clean_name(name.text).lower()) for name in _untagged_names(doc))
    out.extend((name, kind, _clean_name(name.text).lower()) for name, kind in _described_names(doc))
    for name in _honoured_names(doc):
        out = [o for o in out if o[0].end <= name.start or o[0].start >= name.end]
        out.append((name, "person", _clean_name(name.text).lower()))
    out.sort(key=lambda item: item[0].start)
    return out


def _who_follows(ent: Span) -> bool:
    """`MacIntyre, who runs a bakery`: a capitalised name `who` refers back to is a person's, not a body's."""
    doc = ent.doc
    words = [t for t in ent if t.text != "-"]
    if not 1 <= len(words) <= 3 or not all(_capital(t) for t in words) or words[-1].lower_ in INSTITUTION_NOUNS:
        return False
    return ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].lower_ == "who"


def _titled_given(ent: Span) -> Span:
    """`Chief Executive Anders Lindqvist-Moe`, `striker Youssouf Diabaté` with only the surname tagged: an untagged
    (or nationality-tagged) capitalised word between a job title and the name is the given name."""
    doc, i = ent.doc, ent.start
    if i < 2 or len(ent) > 3 or not all(_capital(t) or t.text == "-" for t in ent):
        return ent
    given, title = doc[i - 1], doc[i - 2]
    if given.ent_type_ in {"PERSON", "ORG", "GPE", "LOC", "FAC", "DATE", "TIME"} or not _given_before(given):
        return ent
    if not (_is_title_word(title.lower_) or title.lower_ in OCCUPATION_NOUNS) or not title.is_alpha:
        return ent
    return Span(doc, i - 1, ent.end, label="PERSON")


def _capital(t: Token) -> bool:
    """`Pellow`, `Ó`, `MacAskill`: a word of a name (alphabetic, capitalised, not a headline's capitals)."""
    return t.is_alpha and t.text[:1].isupper() and (len(t) == 1 or not t.is_upper)


def _name_end(doc: Doc, i: int) -> int:
    """The end of the capitalised name starting at `i`; a hyphenated word is one (`Pellow-Hughes`, `Tsz-kin`)."""
    j, words = i, 0
    while j < len(doc) and words < MAX_NAME_WORDS:
        t = doc[j]
        glued = t.lower_ in ARTICLE_PARTICLES and j + 2 < len(doc) and not t.whitespace_ and doc[j + 1].text == "-"
        if glued and _capital(doc[j + 2]):
            j += 2  # `al-Harbi`: the article is part of the word
            t = doc[j]
        elif not _capital(t) or t.lower_ in POST_NOMINALS or _is_title_word(t.lower_) or (j > i and t.pos_ != "PROPN"):
            break
        j += 1
        while j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_:
            if not doc[j + 1].is_alpha:
                break
            j += 2
        words += 1
    return j


def _honoured_names(doc: Doc) -> list[Span]:
    """Names read off the honorific the press writes before a surname, where NER missed or cut them.

    `Mr Pellow-Hughes said` → the person `Pellow-Hughes`; the same words after one or two capitalised given
    names elsewhere are that person's full name (`Gareth Pellow-Hughes`, tagged ORG or nothing); written
    first, before a tagged given name, they are a family name that comes first (`Koh Wei Ling` … `Ms Koh`).
    A patronymic particle joins two names (`Samira bint Khalid al-Harbi`). One pass, dictionary hits."""
    out: list[Span] = []
    surnames: dict[str, set[tuple[str, ...]]] = {}  # first word → honoured names starting with it
    lower = doc.to_array("LOWER")
    for i in numpy.flatnonzero(numpy.isin(lower[:-1], _HONOURING_IDS)).tolist():  # (a Token only where it may be)
        end = _name_end(doc, i + 1)
        if end == i + 1:
            continue
        words = tuple(t.lower_ for t in doc[i + 1 : end])
        surnames.setdefault(words[0], set()).add(words)
        if any(t.ent_type_ != "PERSON" for t in doc[i + 1 : end]):
            out.append(Span(doc, i + 1, end, label="PERSON"))
    firsts = numpy.array([get_string_id(w) for w in surnames] + list(_PARTICLE_IDS), dtype=lower.dtype)
    for k in (numpy.flatnonzero(numpy.isin(lower[1:], firsts)) + 1).tolist():
        t = doc[k]
        if t.lower_ in NAME_PARTICLES and t.is_lower and _capital(doc[k - 1]) and k + 1 < len(doc):
            start = k - 1
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
            end = _name_end(doc, k + 1)
            if end > k + 1 and doc[k - 1].ent_type_ == "PERSON" and doc[k].ent_type_ != "PERSON":
                out.append(Span(doc, start, end, label="PERSON"))
            continue
        if t.lower_ not in surnames or doc[k - 1].lower_ in HONORIFIC_GENDER or doc[k - 1].lower_ in HONORED_BY:
            continue
        if t.ent_iob_ == "I" and t.ent_type_ == "PERSON":
            continue  # NER has the given name already
        for words in sorted(surnames[t.lower_], key=len, reverse=True):  # the longest first: `Nic Giolla Bhríde`
            end = k + len(words)
            if end > len(doc) or tuple(x.lower_ for x in doc[k:end]) != words:
                continue
            g = k
            while g > max(0, k - 2) and _given_before(doc[g - 1]) and (g == k or doc[g - 1].lower_ in FIRST_NAMES):
                g -= 1  # one given name, two when the first is a known one (`Mary Anne`, not `Deport Nikki`)
            after = doc[end] if end < len(doc) else None
            first = after is not None and after.ent_iob_ == "B" and after.ent_type_ == "PERSON"
            if first and after is not None and _name_end(doc, end) == _ent_end(after) <= end + 2:
                out.append(Span(doc, k, _ent_end(after), label="PERSON"))  # `Koh Wei Ling`: family name first
            elif _sinitic_given(doc, end) > end:
                out.append(Span(doc, k, _sinitic_given(doc, end), label="PERSON"))  # `Lim Hui Min`, `Chow Tsz-kin`
            elif g < k:
                out.append(Span(doc, g, end, label="PERSON"))
            break
    return out


def _family_first(words: list[str]) -> bool:
    """`Choi Yong-ho`, `Koh Wei Ling`: a family name written before a romanised Chinese or Korean given name."""
    rest = words[1:]
    if not 1 <= len(rest) <= 2 or rest[0].lower() in FIRST_NAMES:
        return False
    if len(rest) == 1:
        parts = rest[0].split("-")
        return len(parts) == 2 and parts[1].islower() and all(SYLLABLE.match(p.lower()) for p in parts)
    return all(w[:1].isupper() and SYLLABLE.match(w.lower()) for w in rest)


def _hyphen_word(t: Token) -> str:
    """`Reid` in `Oduya-Reid` → `oduya-reid`: the whole hyphenated word a token ends (bounded: three parts)."""
    doc, i = t.doc, t.i
    while (
        i >= 2 and i > t.i - 4 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_
    ):
        i -= 2
    return doc[i : t.i + 1].text.lower()


def _sinitic_given(doc: Doc, i: int) -> int:
    """The end of a romanised Chinese given name at `i` (`Hui Min`, `Tsz-kin`), else `i`: two short
    capitalised syllables, or one hyphenated word whose second part is lower-case."""
    if i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].is_lower and not doc[i].whitespace_:
        return i + 3 if _capital(doc[i]) and SYLLABLE.match(doc[i].lower_) and SYLLABLE.match(doc[i + 2].lower_) else i
    pair = doc[i : i + 2]
    shaped = len(pair) == 2 and bool(pair[0].whitespace_)
    shaped = shaped and all(_capital(t) and t.pos_ == "PROPN" and SYLLABLE.match(t.lower_) for t in pair)
    western = any(t.lower_ in FIRST_NAMES or _is_title_word(t.lower_) for t in pair)
    return i + 2 if shaped and not western else i


def _given_before(t: Token) -> bool:
    """`Gareth` in `Gareth Pellow-Hughes`: a capitalised proper noun that can be a given name."""
    return (
        _capital(t)
        and t.pos_ == "PROPN"
        and bool(t.whitespace_)
        and not _is_title_word(t.lower_)
        and not _is_title_word(t.lemma_.lower())  # `Professors Foner and Alba`
        and t.tag_ != "NNPS"
        and t.lower_ not in INSTITUTION_NOUNS
        and t.lower_ not in PLACE_NOUNS
        and t.ent_type_ not in {"GPE", "LOC", "FAC", "DATE", "TIME"}
    )


def _ent_end(t: Token) -> int:
    """The end of the entity `t` begins."""
    j = t.i + 1
    while j < len(t.doc) and t.doc[j].ent_iob_ == "I":
        j += 1
    return j


def _untagged_names(doc: Doc) -> list[Span]:
    """`Mayor Ana Ruiz said` with nothing tagged: a known given name and a capitalised singular proper noun
    after it, neither inside an entity, are a person's name (the small model misses unfamiliar names); after
    a job noun any two such words are (`striker Youssouf Diabaté`)."""
    out: list[Span] = []
    pos = doc.to_array("POS")
    taken = -1
    for i in numpy.flatnonzero((pos[:-1] == PROPN_POS) & (pos[1:] == PROPN_POS)).tolist():  # two proper nouns
        if i <= taken:
            continue
        given, family = doc[i], doc[i + 1]
        title = doc[i - 1] if i > 0 else given
        # `striker Youssouf Diabaté`: after a job noun, an unknown given name too (NER may call it a nationality)
        titled = i > 0 and title.is_alpha and (_is_title_word(title.lower_) or title.lower_ in OCCUPATION_NOUNS)
        if (
            given.ent_type_ in ({"", "NORP"} if titled else {""})
            and not family.ent_type_
            and (given.lower_ in FIRST_NAMES or (titled and not _is_title_word(given.lower_)))
            and given.is_title
            and given.whitespace_
            and given.pos_ == family.pos_ == "PROPN"
            and family.tag_ == "NNP"
            and family.is_title
            and family.lower_ not in INSTITUTION_NOUNS
            and family.lower_ not in PLACE_NOUNS
        ):
            out.append(Span(doc, i, i + 2, label="PERSON"))
            taken = i + 1
    return out


def _singular_subject(t: Token) -> bool:
    """`Mills was gracious`, `Mills said`: the subject of a verb in the singular past or present."""
    if t.dep_ != "nsubj":
        return False
    verb = t.head
    forms = [verb] + [c for c in children_of(verb) if c.dep_ in {"aux", "auxpass"}]
    return any(v.tag_ in {"VBZ", "VBD"} and v.lower_ not in {"were", "have"} for v in forms)


def _epithet_word(token: Token) -> bool:
    """`teenager`, `Briton`, `American` (a noun, not `American voters`): a word standing for the person."""
    return token.lower_.removesuffix("s") == token.lower_ and token.lower_ in EPITHET_NOUNS and token.dep_ != "compound"


def _opening_modifier(ent: Span) -> bool:
    """`Rookie defenceman Tariq Osei scored`: a capitalised first word of a sentence, then a lower-case job it
    modifies and a name, is a description the tagger took for a name (`Clinton aide Ana Ruiz` keeps Clinton
    where the article names Clinton again)."""
    if len(ent) != 1 or not ent[0].is_sent_start or ent.end + 1 >= len(ent.doc):
        return False
    job, name = ent.doc[ent.end], ent.doc[ent.end + 1]
    return job.is_lower and job.pos_ == "NOUN" and ent[0].head.i == job.i and name.ent_type_ == "PERSON"


def _apposition(name: Span) -> Token | None:
    """`Greenwatch, an environmental group,` → `group`: the noun set off after a name that says what it is."""
    root = name[-1]
    if root.i + 1 >= len(name.doc) or name.doc[root.i + 1].text != ",":
        return None
    return next(
        (c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > root.i and not c.ent_type_),
        None,
    )


def _described_kind(name: Span) -> SpeakerType | None:
    """What the apposition says a name is: `an environmental group` an organisation, `a nurse` a person."""
    noun = _apposition(name)
    if noun is None:
        return None
    if noun.lemma_.lower() in ORG_KIND_NOUNS:
        return "organization"
    return "person" if is_job(noun) and noun.tag_ == "NN" else None


def _described_names(doc: Doc) -> list[tuple[Span, SpeakerType]]:
    """`Greenwatch, an environmental group, said` with nothing tagged: a capitalised proper noun (with its
    capitalised compounds) that an apposition calls an organisation or a person's job is that kind's name."""
    out: list[tuple[Span, SpeakerType]] = []
    appos = get_string_id("appos")
    for k in numpy.flatnonzero(doc.to_array("DEP") == appos).tolist():
        noun = doc[k]
        head = noun.head
        if noun.dep_ != "appos" or head.i >= noun.i or head.pos_ != "PROPN" or head.ent_type_ or not head.is_title:
            continue
        start = head.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == head.i:
            start -= 1
        name = doc[start : head.i + 1]
        if any(t.ent_type_ or not t.is_title or t.lower_ in INSTITUTION_NOUNS for t in name):
            continue
        kind = _described_kind(name)
        if kind is not None:
            out.append((Span(doc, start, head.i + 1, label="ORG" if kind == "organization" else "PERSON"), kind))
    return out


def _after_owner(ent: Span) -> Span:
    """`Slate's Ada Fenn` tagged as one name → `Ada Fenn`: a person named after the outlet they write for."""
    k = next((t.i for t in ent[:-2] if t.text in {"'s", "\u2019s"}), None)
    if k is None:
        return ent
    tail = ent.doc[k + 1 : ent.end]
    if (
        len(tail) > 3
        or not all(t.is_title for t in tail)
        or (tail[0].lower_ not in FIRST_NAMES and ent.label_ != "PERSON")
    ):
        return ent
    return Span(ent.doc, tail.start, tail.end, label="PERSON")


def _country_owned(ent: Span) -> str | None:
    """`Norway’s Finance Ministry` → the whole phrase: a state's ministry or department is named with its state.
    None when no place's possessive precedes an institution's name."""
    doc, k = ent.doc, ent.start - 2
    if k < 0 or doc[k + 1].text not in {"'s", "\u2019s"} or doc[k].ent_type_ != "GPE" or len(ent) < 2:
        return None
    if ent[-1].lower_ not in _AGENCY or not all(t.is_title for t in ent):
        return None
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    return doc[k : ent.end].text


def _root(span: Span) -> Token:
    """`Lee` → `Lee`: a one-token span is its own root; spaCy's `Span.root` walks every token's path up to
    the sentence root, which is as long as the sentence in a chain of reports ("Lee said Kim said …")."""
    return span[0] if len(span) == 1 else span.root


def _kinds_by_word(labelled: list[tuple[Span, SpeakerType, str]]) -> dict[str, SpeakerType]:
    """One kind per one-word name: `Biden` tagged ORG in a headline is the Joe Biden named after.

    A one-word name is a person when it is tagged a person (alone, or as the surname of a fuller
    name) more often than an organisation or place, or, never tagged a place, when a fuller person name
    ends in it; a one-word name tagged mostly as an organisation (`Carrier` tagged PERSON once, ORG ten
    times) is one, unless a fuller person name ends in it.
    """
    votes: dict[str, Counter[str]] = {}
    surnames: Counter[str] = Counter()
    firsts: Counter[str] = Counter()
    subjects: set[str] = set()  # one-word names that are ever the subject of a verb (`Wang said`, not `on Midway`)
    for ent, kind, key in labelled:
        words = key.split()
        if len(words) == 1 and ent.root.dep_ in SUBJECT_DEPS:
            subjects.add(words[0])
        if len(words) == 1:
            count = votes.setdefault(words[0], Counter())
            count["place" if ent.label_ in PLACE_LABELS else kind] += 1
            # "Ruiz went on to note that he …": a subject that a he/she follows in its sentence is a person
            # (a name with '&' or digits is a company's: "AT&T just finished …, she said")
            if _root(ent).dep_ in SUBJECT_DEPS and ent.label_ not in PLACE_LABELS and words[0].isalpha():
                # bounded, and not through `ent.sent` (a walk over the whole sentence for each name)
                after = takewhile(lambda t: not t.is_sent_start, ent.doc[ent.end : ent.end + SUBJECT_PRONOUN_WINDOW])
                if any(t.lower_ in SUBJECT_PRONOUNS and t.dep_ in SUBJECT_DEPS for t in after):
                    count["person"] += 2
        elif kind == "person" and ent[-1].is_title:
            surnames[_surname(words)] += 1
            if ent[0].is_title and words[0] not in FIRST_NAMES:
                firsts[words[0]] += 1  # `Wang` after `Wang Qishan`: a family name written first
    out: dict[str, SpeakerType] = {}
    for word, count in votes.items():
        # a one-word name that is the surname of a full person name is that person, though NER tagged
        # it ORG ten times (`Fiorina`, `Trump`) or once a place (`Bloomberg by 16%`); a place more often
        # than a person stays one (`WASHINGTON` beside Kerry Washington)
        if (
            count["person"] + surnames[word] > count["organization"] + count["place"]
            or (surnames[word] and count["place"] <= count["person"])
            or (firsts[word] and not count["place"] and word in subjects)
        ):
            out[word] = "person"
        elif count["person"] and not surnames[word]:
            out[word] = "organization"
    return out


def _looks_personal(ent: Span) -> bool:
    """A name tagged as an organisation: `spokesperson Nadia Elba`, `Mr. Holm`, `Carla Diaz` (known first name),
    `Fintan Doherty TD` (post-nominal letters)."""
    words = [t for t in ent if not t.is_punct]
    if 3 <= len(words) <= 5 and words[-1].text.isupper() and words[-1].lower_ in POST_NOMINALS:
        return all(t.is_title for t in words[:-1])  # `Fintan Doherty TD`: letters only a person carries
    if not 2 <= len(words) <= 4 or not all(t.is_title for t in words):
        return False
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if before in HONORIFIC_GENDER or before in TITLE_ABBREVIATIONS or before in ROLE_NOUNS:
        return True
    if before == "," and ent.start > 1 and ent.doc[ent.start - 2].tag_ == "NN" and is_job(ent.doc[ent.start - 2]):
        return True  # `The union's leader, Amadou Diallo,`: a person set off after their job
    # the title inside the span, as at the start of a sentence: `Councilwoman Rhea Tanaka said`
    titled = 0
    while titled < len(words) - 1 and _is_title_word(words[titled].lower_):
        titled += 1
    rest = words[titled:]
    if titled and (len(rest) >= 2 or rest[0].lower_ in FIRST_NAMES) and rest[-1].lower_ not in INSTITUTION_NOUNS:
        return True
    return words[0].lower_ in FIRST_NAMES and words[-1].lower_ not in INSTITUTION_NOUNS


def _is_title_word(lower: str) -> bool:
    return lower in HONORIFIC_GENDER or lower in TITLE_ABBREVIATIONS or lower in ROLE_NOUNS or lower in HONORIFICS


def _same_first(a: str, b: str) -> bool:
    """`Donald` ~ `Donald`, `D.` ~ `Donald`."""
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))

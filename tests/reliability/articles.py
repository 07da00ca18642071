"""Synthetic, news-like articles written for these tests (invented people, places and words).

Deterministic for a given seed. Each article has a headline, several paragraphs of reporting and
direct quotes in the common attribution patterns, so the server parses real-length documents.
"""

from __future__ import annotations

import random

FIRST = ["Maren", "Tobias", "Ilse", "Dario", "Priya", "Kofi", "Lena", "Rafael", "Noor", "Anselm", "Greta", "Yusuf"]
LAST = ["Oakridge", "Vantell", "Brisco", "Halloran", "Quenby", "Saltmarsh", "Delacroix", "Mbeki-Ross", "Trindle"]
ROLES = [
    "the harbour authority's chief engineer",
    "a spokesperson for the regional water board",
    "the deputy mayor of Eastmere",
    "the union's lead negotiator",
    "a professor of coastal ecology at Northfield University",
    "the transport minister",
]
TOPICS = [
    ("the new tidal barrier", "construction", "the estuary"),
    ("the bus fare freeze", "budget", "the city council"),
    ("the river clean-up", "pollution", "the valley"),
    ("the hospital expansion", "health", "the district"),
    ("the rail strike", "labour", "the northern line"),
]
VERBS = ["said", "told reporters", "added", "said in a statement", "warned", "explained"]
DAYS = ["on Monday", "on Tuesday", "last week", "on Friday, March 6", "in an interview on Sunday", "late on Thursday"]
FILLER = [
    "Officials have been under pressure since the proposal was first published in the spring.",
    "The plan, which would take several years to complete, has divided residents.",
    "Critics point to cost overruns on earlier projects in the same area.",
    "Supporters argue that delaying the decision would only raise the final bill.",
    "A public consultation drew more than four thousand written responses.",
    "Figures released by the statistics office showed a small rise over the previous quarter.",
    "Several local businesses have said they are waiting for clarity before hiring.",
    "The committee is expected to publish its findings before the end of the year.",
]
QUOTE_BODIES = [
    "We have listened carefully and we are not going to rush this",
    "Nobody should be surprised that the numbers moved",
    "This is the most important decision the council will take this decade",
    "I think people deserve a straight answer, and they will get one",
    "Our engineers are confident the design will hold",
    "The money is there, the question is whether the will is there",
    "We will keep talking for as long as it takes",
    "It is too early to say what the long-term effect will be",
]


def _person(rng: random.Random) -> tuple[str, str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    return f"{first} {last}", last, rng.choice(ROLES)


def article(seed: int, paragraphs: int = 12, marker: str = "") -> str:
    """A news-like article of roughly 250-350 characters per paragraph, with quotes in most paragraphs.

    `marker`, when given, is woven into a quote (used to prove article text never reaches the logs).
    """
    rng = random.Random(seed)
    subject, desk, place = rng.choice(TOPICS)
    people = [_person(rng) for _ in range(3)]
    lines = [f"{desk.title()} desk: decision on {subject} delayed again", ""]
    for i in range(paragraphs):
        name, surname, role = people[i % len(people)]
        body = rng.choice(QUOTE_BODIES)
        if marker and i == paragraphs // 2:
            body = f"{body}, and {marker} is the word for it"
        verb, when = rng.choice(VERBS), rng.choice(DAYS)
        pattern = 0 if marker and i == paragraphs // 2 else rng.randrange(5)
        if pattern == 0:
            para = f"“{body},” {name}, {role}, {verb} {when}. {rng.choice(FILLER)}"
        elif pattern == 1:
            para = f"{rng.choice(FILLER)} “{body},” said {surname}. “And we mean it.”"
        elif pattern == 2:
            para = f'{name} {verb} {when}: "{body}." {rng.choice(FILLER)}'
        elif pattern == 3:
            para = f"According to {surname}, the work on {subject} in {place} is “{body.lower()}”. {rng.choice(FILLER)}"
        else:
            para = f"{rng.choice(FILLER)} {rng.choice(FILLER)}"
        lines.append(para)
        lines.append("")
    return "\n".join(lines).strip() + "\n"


def random_name_article(seed: int) -> str:
    """Short article whose speaker's surname is new every time: unseen strings must not grow the worker."""
    rng = random.Random(seed)
    surname = "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(4)).title()
    return f"“{rng.choice(QUOTE_BODIES)},” said Dr. {surname}, {rng.choice(ROLES)}, {rng.choice(DAYS)}."


ODD_TEXTS = [
    "“An opening mark that never closes, said nobody.",
    'He said "one" and "two and then stopped',
    "''''''''''''",
    "“”“”“”",
    "players' ’90s Putin‘s rock 'n' roll",
    "«Bonjour», dit-elle. „Guten Tag“, sagte er.",
    "line one\u0000\u0007 control \u001b[31m characters",
    "\u202e“reversed,” said the override\u202c",
    "😀 “emoji 🎉 inside,” said 🧪 Someone.",
    " ",
    "\n\n\n“Blank lines around,” she said.\n\n\n",
    "x" * 5000,
]

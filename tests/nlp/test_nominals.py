"""Definite descriptions and documents that stand for someone the article named (sentences written for these
tests): `the news outlet` → the outlet, `the column` → the paper it ran in, `the committee chairmen` → the two
chairmen, `the justice` → the justice described before."""

from __future__ import annotations

import pytest

from service.nlp.attributor import QuoteAttributor

# more than a paragraph of text that names nobody: a plural office further back than this needs evidence
FILLER = (
    "The port authority has run the harbor since 1962. Its budget grew every year until the storm of 2019, when "
    "the docks flooded and the cranes stood idle for a month. Repairs took two years and cost more than anyone had "
    "planned. Shipping firms moved their cargo to other ports in the meantime, and few of them came back. The "
    "authority now says the harbor will not earn a profit before 2030. Its director has promised a full review of "
    "the accounts by the end of the year, and an audit is under way. Dock workers fear for their jobs. Many have "
    "already left for the container port up the coast, where wages are higher and the work is steadier. "
)

# text, which quote, resolved name, mention as written
CASES = [
    pytest.param(
        "The Harbor Times broke the story on Monday. The mill will close, “and soon,” according to the news outlet.",
        0,
        "Harbor Times",
        "the news outlet",
        id="news-outlet-is-the-outlet-named-last",
    ),
    pytest.param(
        "Reporters at Channel Nine News asked the mayor twice. “She never answered,” the network said.",
        0,
        "Channel Nine News",
        "the network",
        id="network-is-the-broadcaster-named-last",
    ),
    pytest.param(
        "A weekly column in the Harbor Times criticised the plan. “It is a mistake,” the column said.",
        0,
        "Harbor Times",
        "the column",
        id="column-speaks-for-the-paper-it-ran-in",
    ),
    pytest.param(
        "An editorial in the Harbor Times criticised the plan. “It is a mistake,” the editorial said.",
        0,
        "Harbor Times",
        "the editorial",
        id="editorial-speaks-for-the-paper-it-ran-in",
    ),
    pytest.param(
        "A column by Ana Ruiz in the Harbor Times criticised the plan on Monday. “It is a mistake,” the column said.",
        0,
        "Ana Ruiz",
        "the column",
        id="column-speaks-for-its-named-author-first",
    ),
    pytest.param(
        "A popular column in the Harbor Times criticised the plan on Monday. "
        "“The plan is badly made and far too costly,” said the Vox Maris (Voice of the Sea) column.",
        0,
        "Harbor Times",
        "the Vox Maris",
        id="column-by-its-own-name-speaks-for-the-paper",
    ),
    pytest.param(
        "Oversight Committee Chairman Ana Ruiz (D-Ore.) and Budget Committee Chairman Tom Berg (R-Ohio) sent the "
        "letter on Monday. " + FILLER + "“The accounts do not add up,” the committee chairmen wrote.",
        0,
        "Ana Ruiz and Tom Berg",
        "the committee chairmen",
        id="plural-office-far-back-is-the-pair-each-named-with-it",
    ),
    pytest.param(
        "Senator Ana Ruiz and Senator Tom Berg sent the letter on Monday. " + FILLER + "“The accounts do not add "
        "up,” the committee chairmen wrote. “We want answers,” the two senators wrote.",
        1,
        "Ana Ruiz and Tom Berg",
        "the two senators",
        id="plural-office-far-back-matches-the-office-they-hold",
    ),
    pytest.param(
        "Ana Ruiz regrets her remarks about the mayor. The Supreme Court justice said on Monday that she was sorry. "
        "In two interviews, the justice said she would “stay out of it.”",
        0,
        "Ana Ruiz",
        "the justice",
        id="description-given-the-person-in-focus-names-her-again",
    ),
    pytest.param(
        "Billionaire team owner Ana Ruiz spoke at a festival in Austin on Sunday. Ruiz mocked the plan of Senator "
        "Tom Berg. “It would never work,” the investor said.",
        0,
        "Ana Ruiz",
        "the investor",
        id="investor-is-the-wealthy-person-in-focus",
    ),
    pytest.param(
        "Ana Ruiz wrote a book about the war. The Freedonian constitution bans the army, although it does say that "
        "the state may “defend itself.”",
        0,
        "Freedonian constitution",
        "it",
        id="it-is-the-constitution-not-a-book-named-before",
    ),
    pytest.param(
        "Gizmodo writer Ana Ruiz set up the account a year ago. Tom Berg fell for it on Monday. “It was a trap all "
        "along,” the Gizmodo employee wrote.",
        0,
        "Ana Ruiz",
        "the Gizmodo employee",
        id="employee-of-a-body-is-the-person-whose-role-names-it",
    ),
    pytest.param(
        "Clinton aide Ana Ruiz spoke first. Tom Berg spoke next. “We will win,” the Clinton aide said.",
        0,
        "Ana Ruiz",
        "the Clinton aide",
        id="aide-of-a-person-is-the-one-named-so",
    ),
    pytest.param(
        "IMF warns of slower growth.\n\n“Growth will slow this year,” the IMF said on Monday. The International "
        "Monetary Fund cut its forecast for the third time.",
        0,
        "International Monetary Fund",
        "the IMF",
        id="acronym-before-the-full-name-takes-the-full-name",
    ),
    pytest.param(
        "The Harbor Times editorial board called the plan a mistake on Monday. The Times notes that the port lost "
        "money. “It will never work,” the newspaper wrote.",
        0,
        "Harbor Times editorial board",
        "the newspaper",
        id="paper-whose-editorial-board-is-named-speaks-as-the-board",
    ),
    pytest.param(
        "The Harbor Times reported the plan on Monday. The Times notes that the port lost money. “It will never "
        "work,” the newspaper wrote.",
        0,
        "Harbor Times",
        "the newspaper",
        id="paper-short-name-is-the-paper-named-in-full",
    ),
    pytest.param(
        "Judge calls harbor plan ‘plainly unlawful’\n\nDistrict Judge Ana Ruiz on Monday blocked the plan.",
        0,
        "Ana Ruiz",
        "Judge",
        id="headline-title-is-the-first-person-given-it",
    ),
    pytest.param(
        "Maria Lopez apologizes for Trump comments;\nJustice vows to be ‘more careful’ in future.\n\nMaria Lopez "
        "regrets her remarks about Donald Trump.\n\nThe Supreme Court justice said she was sorry.",
        0,
        "Maria Lopez",
        "Justice",
        id="headline-title-is-the-subject-before-it-when-given-that-title",
    ),
    pytest.param(
        "According to the exit polls  in Ohio, most voters wanted someone who would “get things done.”",
        0,
        "exit polls in Ohio",
        "the exit polls  in Ohio",
        id="stray-double-space-does-not-cut-the-phrase",
    ),
    pytest.param(
        "The University of Lagos closed its campus. “Safety comes first,” the university said.",
        0,
        "University of Lagos",
        "the university",
        id="institution-named-x-of-y-is-the-x",
    ),
    pytest.param(
        "Tonami Motor Corp. cut its forecast on Monday. “Demand is weak,” the carmaker said.",
        0,
        "Tonami Motor Corp",
        "the carmaker",
        id="firm-by-its-suffix-is-what-its-trade-calls-it",
    ),
    pytest.param(
        "The plan was criticised by Ana Ruiz, who released a report on the harbor last week. “The port cannot "
        "survive,” the report said.",
        0,
        "Ana Ruiz",
        "the report",
        id="document-issued-in-a-who-clause-speaks-for-its-antecedent",
    ),
    pytest.param(
        "Michael Brown and Sarah Miller said the advice was “simple.”",
        0,
        "Michael Brown and Sarah Miller",
        "Michael Brown",
        id="people-conjoined-as-subject-speak-as-one-group",
    ),
    pytest.param(
        "Michael Brown and his aides wrote: “Our advice is simple.”",
        0,
        "Michael Brown",
        "Michael Brown",
        id="person-and-unnamed-others-is-the-person",
    ),
]


@pytest.mark.parametrize(("text", "index", "name", "mention"), CASES)
def test_nominal_resolves_to_the_named(
    attributor: QuoteAttributor, text: str, index: int, name: str, mention: str
) -> None:
    q = attributor.attribute(text).quotes[index]
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.mention.text) == (name, mention)


NOT_THAT_ONE = [
    pytest.param(
        "The Harbor Times broke the story on Monday. A paper from the Dunmore Institute said the mill “will close.”",
        "Dunmore Institute",
        id="indefinite-paper-is-not-the-outlet-named-before",
    ),
    pytest.param(
        "The Harbor Times criticised the plan. “It is a mistake,” the column said.",
        "column",
        id="column-nobody-said-ran-anywhere-stays-a-column",
    ),
    pytest.param(
        "Senator Ana Ruiz and Senator Tom Berg sent the letter on Monday. " + FILLER + "“The accounts do not add "
        "up,” the committee chairmen wrote.",
        "committee chairmen",
        id="plural-office-far-back-is-not-a-pair-named-with-another",
    ),
    pytest.param(
        "Ana Ruiz regrets her remarks about the mayor. In two interviews, the justice said she would “stay out of it.”",
        "justice",
        id="description-nobody-was-given-stays-as-written",
    ),
    pytest.param(
        "Tom Berg will meet the new mayor on Friday. The spokesman said the talks would be short. Later the "
        "spokesman said the talks were “going well.”",
        "spokesman",
        id="serving-role-is-not-the-person-in-focus-again",
    ),
    pytest.param(
        "Host Tom Berg asked about the plan. “It would never work,” the investor said.",
        "investor",
        id="investor-is-not-a-host-in-focus",
    ),
    pytest.param(
        "Gizmodo writer Ana Ruiz set up the account a year ago. Tom Berg fell for it on Monday. “It was a trap all "
        "along,” the Gizmodo spokesman wrote.",
        "Gizmodo spokesman",
        id="another-job-at-the-same-body-is-someone-else",
    ),
    pytest.param(
        "Senator calls harbor plan ‘plainly unlawful’\n\nDistrict Judge Ana Ruiz on Monday blocked the plan.",
        "Senator",
        id="headline-title-nobody-is-given-stays-as-written",
    ),
]


@pytest.mark.parametrize(("text", "name"), NOT_THAT_ONE)
def test_nominal_without_evidence_is_not_the_one_named_before(
    attributor: QuoteAttributor, text: str, name: str
) -> None:
    (q,) = attributor.attribute(text).quotes
    assert q.speaker is not None
    assert q.speaker.name == name

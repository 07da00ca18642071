"""Roles beside names: appositives, titles before names, possessive and prepositional forms."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from service.nlp.attributor import QuoteAttributor
from service.nlp.roles import description_of

# text, speaker name, role
ROLE_CASES = [
    pytest.param(
        "Kabir Shah, a spokesman for the Interior Ministry, said the roads were “fully open.”",
        "Kabir Shah",
        "spokesman for the Interior Ministry",
        id="appositive-after-name",
    ),
    pytest.param(
        "The Interior Ministry spokesman, Kabir Shah, said the roads were “fully open.”",
        "Kabir Shah",
        "Interior Ministry spokesman",
        id="appositive-before-name",
    ),
    pytest.param(
        "Deputy Trade Minister Lars Holm said the deal was “almost done.”",
        "Lars Holm",
        "Deputy Trade Minister",
        id="title-before-name",
    ),
    pytest.param(
        "Port authority spokesperson Nadia Elba said the ships were “waiting.”",
        "Nadia Elba",
        "Port authority spokesperson",
        id="lowercase-title-before-name",
    ),
    pytest.param(
        "“The race is close,” Reno-based pollster Ann Berg said.",
        "Ann Berg",
        "Reno-based pollster",
        id="based-modifier-belongs-to-the-title",
    ),
    pytest.param(
        "“The race is close,” Reno-based Ann Berg said.",
        "Ann Berg",
        "Reno-based",
        id="based-modifier-alone-says-where-she-works",
    ),
    pytest.param(
        "Zamir Kabulov, the president's special envoy to the region, said the talks were “useful.”",
        "Zamir Kabulov",
        "president's special envoy to the region",
        id="possessive-appositive",
    ),
    pytest.param(
        "Maria Lopez, the spokeswoman for the city's housing office, said rents were “too high.”",
        "Maria Lopez",
        "spokeswoman for the city's housing office",
        id="prepositional-appositive",
    ),
    pytest.param(
        "“We won,” said Ohio AFL-CIO President Doris Keane-Ruiz.",
        "Doris Keane-Ruiz",
        "Ohio AFL-CIO President",
        id="hyphenated-title-before-name",
    ),
    pytest.param(
        "Erin Moss, now a consultant on trade, said the talks were “stalled.”",
        "Erin Moss",
        "consultant on trade",
        id="appositive-adverb-dropped",
    ),
    pytest.param(
        "“This is unacceptable,” Sen. Mark Dale wrote on Twitter.",
        "Mark Dale",
        "Senator",
        id="abbreviated-title-expanded",
    ),
    pytest.param(
        "Lars Holm, the trade minister, arrived. Later, “We are close,” Mr. Holm said.",
        "Lars Holm",
        "trade minister",
        id="role-from-elsewhere-in-document",
    ),
    pytest.param(
        "Deputy Trade Minister Lars Holm arrived. Later, Holm, the chief negotiator for the northern bloc, "
        "said the deal was “close.”",
        "Lars Holm",
        "chief negotiator for the northern bloc",
        id="fullest-role-wins",
    ),
    pytest.param(
        "“The pay is too low,” said Omar Diaz, an all-pro barber in Tulsa.",
        "Omar Diaz",
        "all-pro barber in Tulsa",
        id="hyphenated-word-kept-whole-at-start",
    ),
    pytest.param(
        "“It is over,” said Tom Reyes, a longtime EB-5 fund-raiser in Dallas.",
        "Tom Reyes",
        "longtime EB-5 fund-raiser in Dallas",
        id="hyphenated-words-kept-whole-inside",
    ),
    pytest.param(
        "“We need rain,” said Lena Ortiz, a co-founder of the growers' cooperative.",
        "Lena Ortiz",
        "co-founder of the growers' cooperative",
        id="plural-possessive-without-stray-space",
    ),
    pytest.param(
        "“The deal is fair,” said Nils Berg, a former adviser and pollster to Mr. Ruiz.",
        "Nils Berg",
        "former adviser and pollster to Mr. Ruiz",
        id="coordinated-nouns-one-role-honorific-kept-inside",
    ),
    pytest.param(
        "“The deal is fair,” said Nils Berg, a lawyer for the firm and a friend of the family.",
        "Nils Berg",
        "lawyer for the firm",
        id="second-determiner-starts-another-role",
    ),
    pytest.param(
        "“The bridge is safe,” said Utah Gov. Ana Ruiz, who toured it.",
        "Ana Ruiz",
        "Utah Governor",
        id="place-before-abbreviated-title",
    ),
    pytest.param(
        "“The nets are empty,” fisherman Peter Vance said.",
        "Peter Vance",
        "fisherman",
        id="lowercase-job-noun-before-name",
    ),
    pytest.param(
        "Clinton press secretary Brian Fallon said the email was “a mistake.”",
        "Brian Fallon",
        "Clinton press secretary",
        id="premodifier-names-whom-the-title-serves",
    ),
    pytest.param(
        "“The market is flat,” said CNN's Ada Fenn.",
        "Ada Fenn",
        "CNN",
        id="affiliation-possessive",
    ),
    pytest.param(
        "“The market is flat,” said Ada Fenn of Acme Corp.",
        "Ada Fenn",
        "Acme Corp",
        id="affiliation-of-firm",
    ),
    pytest.param(
        "Nils Berg is the company's chief executive. “We grew,” Berg said.",
        "Nils Berg",
        "company's chief executive",
        id="copula",
    ),
    pytest.param(
        "“We grew,” said Nils Berg, who was deputy mayor of the town until 2019.",
        "Nils Berg",
        "deputy mayor of the town",
        id="copula-in-relative-clause",
    ),
    pytest.param(
        "“We will sue,” said the Sierra Club, an environmental group.",
        "Sierra Club",
        "environmental group",
        id="organization-description",
    ),
    pytest.param(
        "“The nets are empty,” said Peter Vance, her chief rival. Vance, a fisherman, left.",
        "Peter Vance",
        "fisherman",
        id="a-job-over-a-relation",
    ),
    pytest.param(
        "“I met Finance Minister Ada Fenn,” said Tom Reyes. “She agreed,” Fenn said.",
        "Ada Fenn",
        "Finance Minister",
        id="role-inside-quotes-when-the-article-gives-none",
    ),
    pytest.param(
        "“I met the new mayor Ada Fenn,” said Tom Reyes. Fenn, a trade lawyer, left. “She agreed,” Fenn said.",
        "Ada Fenn",
        "trade lawyer",
        id="article-role-over-role-inside-quotes",
    ),
    pytest.param(
        "Tom Reyes spoke in Reno on Monday. The former senator told reporters the race was “close.”",
        "Tom Reyes",
        "former senator",
        id="description-of-the-person-in-focus",
    ),
    pytest.param(
        "Maria Lopez regrets her remarks about Tom Reyes. The Nevada senator told reporters she was “wrong.”",
        "Maria Lopez",
        "Nevada senator",
        id="description-after-a-name-inside-a-noun-phrase",
    ),
    pytest.param(
        "Maria Lopez read Tom Reyes's letter on Monday. The former senator told reporters it was “unfair.”",
        "Maria Lopez",
        "former senator",
        id="description-after-a-possessor-in-the-object",
    ),
    pytest.param(
        "“We won,” said Tom Reyes, who helped found the harbor trust, and wrote a book about it.",
        "Tom Reyes",
        "helped found the harbor trust",
        id="who-clause-says-what-he-did",
    ),
    pytest.param(
        "“We won,” said Tom Reyes, who worked for Nevada Gov. Ann Berg before she retired, and ran her campaign.",
        "Tom Reyes",
        "worked for Nevada Governor Ann Berg",
        id="who-clause-stops-before-its-adverbial-clause",
    ),
    pytest.param(
        "Tom Reyes, who runs a bakery in Reno, said the rent was “too high.”",
        "Tom Reyes",
        "runs a bakery in Reno",
        id="who-clause-in-the-present",
    ),
    pytest.param(
        "Tom Reyes, a baker who runs a shop in Reno, said the rent was “too high.”",
        "Tom Reyes",
        "baker",
        id="appositive-job-over-who-clause",
    ),
    pytest.param(
        "President Tom Reyes left office in 2010. As the former president toured the state, crowds cheered. "
        "“It is good to be back,” Reyes said.",
        "Tom Reyes",
        "former president",
        id="description-refines-the-title",
    ),
    pytest.param(
        "As voters cheered what Tom Reyes called “a new start,” the former senator left the stage. "
        "“Thank you,” Reyes said.",
        "Tom Reyes",
        "former senator",
        id="description-after-the-name-in-a-leading-clause",
    ),
    pytest.param(
        "Thanks to her new album, Maria Lopez can add a title to her resume. The two-time Emmy-winning "
        "actor-singer, who also stars on a crime drama, returns to the stage this week. “It feels like home,” "
        "Lopez said.",
        "Maria Lopez",
        "two-time Emmy-winning actor-singer",
        id="description-with-hyphenated-words-and-a-name-inside-one",
    ),
    pytest.param(
        "“The reef is dying,” said Danish biologist and author Karin Holm.",
        "Karin Holm",
        "Danish biologist and author",
        id="coordinated-jobs-before-name",
    ),
    pytest.param(
        "“The reef is dying,” said Norwegian journalist and author Karin Holm.",
        "Karin Holm",
        "Norwegian journalist and author",
        id="coordinated-jobs-before-name-parsed-as-modifiers",
    ),
    pytest.param(
        "“The reef is dying,” said Norwegian\u00a0journalist Karin Holm.",
        "Karin Holm",
        "Norwegian journalist",
        id="no-break-space-inside-title-read-as-space",
    ),
    pytest.param(
        "Lena Ortiz, the author of “Salt Roads,” said the coast was “shrinking fast.”",
        "Lena Ortiz",
        "author",
        id="quoted-title-left-out-no-dangling-preposition",
    ),
    pytest.param(
        "Maria Lopez toured the flooded towns on Monday. She met farmers. She met the mayor's staff. She met "
        "volunteers. Later, the former prosecutor visited a shelter. “We will rebuild,” Lopez said.",
        "Maria Lopez",
        "former prosecutor",
        id="description-while-she-stays-in-focus",
    ),
    pytest.param(
        "“It is early,” said Gallup's Tom Reyes.",
        "Tom Reyes",
        "Gallup",
        id="affiliation-possessive-firm-name",
    ),
    pytest.param(
        "The fares are “too high,” according to the city's transport commissioner, Li Wei.",
        "Li Wei",
        "city's transport commissioner",
        id="according-to-role-then-name",
    ),
    pytest.param(
        "According to the city's water commissioner, Dev Raman, the pipes are safe. “We test weekly,” Raman said.",
        "Dev Raman",
        "city's water commissioner",
        id="according-to-role-then-name-then-the-clause",
    ),
    pytest.param(
        "“We won,” said the state's governor, Tom Reyes.",
        "Tom Reyes",
        "state's governor",
        id="role-comma-name-closing-the-sentence",
    ),
    pytest.param(
        "Maria Lopez, 45, runs the bakery on Main Street. The 45-year-old said she would stay. "
        "“We will stay,” Lopez said.",
        "Maria Lopez",
        "45-year-old",
        id="age-description",
    ),
    pytest.param(
        "Maria Lopez runs the bakery on Main Street. The 45-year-old baker said she would stay. "
        "“We will stay,” Lopez said.",
        "Maria Lopez",
        "45-year-old baker",
        id="age-and-trade-description",
    ),
    pytest.param(
        "“The agents are under pressure,” an intelligence source told reporters.",
        "intelligence source",
        "intelligence source",
        id="unnamed-speaker-is-described-by-its-phrase",
    ),
    pytest.param(
        "“The market is flat,” said Ada Fenn, a columnist for the news site Pando.",
        "Ada Fenn",
        "columnist for the news site Pando",
        id="name-in-apposition-inside-role-kept",
    ),
    pytest.param(
        "The mayor met British diplomat Sir Peter Lane at the harbour. “It went well,” Lane said.",
        "Peter Lane",
        "British diplomat",
        id="title-before-an-honorific",
    ),
    pytest.param(
        "Real estate mogul and reality television star Tom Reyes on Sunday tweeted a chart. “It is true,” Reyes said.",
        "Tom Reyes",
        "Real estate mogul and reality television star",
        id="coordinated-titles-with-their-own-modifiers",
    ),
    pytest.param(
        "MOBILE, Ala. - Senate front-runner Karen Walsh said the race was “still close.”",
        "Karen Walsh",
        "Senate front-runner",
        id="dateline-dash-is-not-part-of-the-title",
    ),
    pytest.param(
        "Senator Tom Reyes of Nevada passed up chances to challenge Ann Berg on taxes, and he stopped attacking "
        "the front-runner after his jabs failed. “It is early,” Berg said.",
        "Ann Berg",
        "front-runner",
        id="object-description-is-not-its-clause-subject",
    ),
    pytest.param(
        "Maria Lopez won the primary on Tuesday. Most party leaders had endorsed the former mayor's bid. "
        "“We won,” Lopez said.",
        "Maria Lopez",
        "former mayor",
        id="possessor-description-of-the-person-just-named",
    ),
    pytest.param(
        "Ana Ruiz regrets her remarks about Tom Reyes. The judge, who has feuded with the Republican nominee for "
        "weeks, said she was sorry. “I erred,” Reyes said.",
        "Tom Reyes",
        "Republican nominee",
        id="description-in-a-who-clause-is-not-whom-it-describes",
    ),
    pytest.param(
        "Ana Ruiz called Tom Reyes on Friday. She later thanked the nominee for his help. “We talked,” Reyes said.",
        "Tom Reyes",
        "nominee",
        id="object-description-after-a-pronoun-subject",
    ),
    pytest.param(
        'Sitting down with CNN\'s "The Ana Ruiz Show" on Monday, Tom Berg spoke at length. "Will you run?" '
        "Ana Ruiz asked.",
        "Ana Ruiz",
        "CNN",
        id="host-of-an-outlet's-show-named-after-her",
    ),
    pytest.param(
        "Tom Berg went on Fox Business's “The Karen Walsh Hour” on Monday. “Is that fair?” Karen Walsh asked him.",
        "Karen Walsh",
        "Fox Business",
        id="host-of-a-show-whose-outlet-has-two-words",
    ),
    pytest.param(
        "Ana Ruiz and Tom Berg sent a letter to the agency on Monday. The two senators, however, argue that "
        "“the rules are clear.”",
        "Ana Ruiz and Tom Berg",
        "senators",
        id="group-role-from-a-counted-plural-office",
    ),
    pytest.param(
        "Ana Ruiz and Tom Berg sent a letter to the agency on Monday. “The rules are clear,” they wrote. "
        "The lawmakers also asked for a hearing.",
        "Ana Ruiz and Tom Berg",
        "lawmakers",
        id="group-role-given-after-the-quote",
    ),
    pytest.param(
        "“The hearing was a waste,” said Oversight ranking Democrat Tom Reyes of Ohio.",
        "Tom Reyes",
        "Oversight ranking Democrat",
        id="title-participle-and-party-before-name",
    ),
    pytest.param(
        "“We will wait,” said acting director Ana Ruiz.",
        "Ana Ruiz",
        "acting director",
        id="title-participle-tagged-as-verb",
    ),
    pytest.param(
        "The mayor's race is open. The last woman to run as an independent says she doubts anyone will try.\n\n"
        "“It is hard,” says Ana Ruiz, who lost in 2010.",
        "Ana Ruiz",
        "last woman to run as an independent",
        id="description-that-speaks-then-the-name",
    ),
    pytest.param(
        "Ana Ruiz defeated Tom Reyes in the primary on Tuesday, a sign of how hard it is for the former senator "
        "from Utah to win. “We lost,” Reyes said.",
        "Tom Reyes",
        "former senator from Utah",
        id="a-dummy-it-binds-nothing-the-main-subject-does",
    ),
    pytest.param(
        "Tom Reyes spoke on Monday. Ana Ruiz said her lead over the senator was growing. “We are ahead,” Reyes said.",
        "Tom Reyes",
        "senator",
        id="description-is-not-the-owner-of-the-noun-it-complements",
    ),
    pytest.param(
        "Ana Ruiz spoke on Monday. “We beat Tom Reyes,” she said of the front-runner. “It was close,” Reyes said "
        "later.",
        "Tom Reyes",
        "front-runner",
        id="a-name-in-the-quote-is-whom-the-description-stands-for",
    ),
    pytest.param(
        "“The base is closed,” said Retired Army Col. Lena Park.",
        "Lena Park",
        "Retired Army Colonel",
        id="abbreviation-the-tokenizer-split-from-its-dot",
    ),
    pytest.param(
        "“The base is closed,” said Lt. Col. Lena Park.",
        "Lena Park",
        "Lieutenant Colonel",
        id="two-split-abbreviations",
    ),
    pytest.param(
        "“The road is open,” said Lt. Gov. Lena Park.",
        "Lena Park",
        "Lieutenant Governor",
        id="lieutenant-governor-is-not-governor",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), ROLE_CASES)
def test_role(attributor: QuoteAttributor, text: str, name: str, role: str) -> None:
    q = attributor.attribute(text).quotes[-1]
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.role) == (name, role)


# the role of the speaker of the FIRST quote (a headline's)
FIRST_QUOTE_ROLE_CASES = [
    pytest.param(
        "Hillary: Critics ‘Absolutely Wrong’ About Plan.\n\nOn Monday at the debate, candidate Hillary Vance said "
        "critics were “absolutely wrong” about her plan.",
        "Hillary Vance",
        "candidate",
        id="headline-given-name-shares-the-full-name's-role",
    ),
    pytest.param(
        "“We have a path,” Tom Reyes said on Monday. “We're going to win,” added his campaign manager Ann Berg, "
        "speaking to reporters after the senator spoke.",
        "Tom Reyes",
        "senator",
        id="subject-description-bound-by-a-higher-subject-is-the-one-named-before",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), FIRST_QUOTE_ROLE_CASES)
def test_first_quote_role(attributor: QuoteAttributor, text: str, name: str, role: str) -> None:
    q = attributor.attribute(text).quotes[0]
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.role) == (name, role)


NO_ROLE_CASES = [
    pytest.param("“We won,” Mr. Tom Reed said.", "Tom Reed", id="honorific-is-not-a-role"),
    pytest.param("“We won,” Dr. Alice Moss said.", "Alice Moss", id="doctor-is-not-a-role"),
    pytest.param("“We won,” Tom Reed, 54, said.", "Tom Reed", id="age-is-not-a-role"),
    pytest.param("Tom Reed would be mayor if he won. “We won,” Reed said.", "Tom Reed", id="hypothetical-copula"),
    pytest.param(
        "Voters rejected the bill Tom Reed wrote. “We won,” Reed said.", "Tom Reed", id="noun-before-name-no-comma"
    ),
    pytest.param("“We won,” Tom Reed said: another defeat for the mayor.", "Tom Reed", id="no-appositive-after-colon"),
    pytest.param(
        "Maria Lopez met Tom Reed on Monday. If she is the nominee, he will help. “We are ready,” Lopez said.",
        "Maria Lopez",
        id="predicate-description-is-no-role",
    ),
    pytest.param(
        "Voters read the posts the account Karin Holm follows. “We listen,” Holm said.",
        "Karin Holm",
        id="noun-the-name-clause-modifies-is-no-title",
    ),
    pytest.param(
        "Maria Lopez toured the flooded towns on Monday. Farmers met the staff. Crews met volunteers. Trucks came. "
        "Later, the former prosecutor visited a shelter. “We will rebuild,” Lopez said.",
        "Maria Lopez",
        id="description-too-far-from-the-name",
    ),
    pytest.param(
        "Tom Reyes toured the towns on Monday. He met farmers. Her rating meant the former prosecutor could not run. "
        "“It is a shame,” Reyes said.",
        "Tom Reyes",
        id="description-after-a-pronoun-of-the-other-gender",
    ),
    pytest.param(
        "Tom Reyes beat Carl Ames in Reno on Monday. The former senator told reporters the race was “close.”",
        "Tom Reyes",
        id="description-after-two-people-is-nobody's",
    ),
    pytest.param(
        "Tom Reyes spoke in Reno on Monday. The state prosecutor criticized Reyes. “It was close,” Reyes said.",
        "Tom Reyes",
        id="description-beside-the-name-in-its-own-clause-is-someone-else",
    ),
    pytest.param(
        "Tom Reyes spoke in Reno on Monday. The most popular senator told reporters the race was “close.”",
        "Tom Reyes",
        id="superlative-description-is-no-role",
    ),
    pytest.param(
        "Tom Reyes, who is running second in the polls, said the race was “close.”",
        "Tom Reyes",
        id="who-clause-in-progressive-is-no-role",
    ),
    pytest.param(
        "Tom Reyes, who would lead the party, said the race was “close.”", "Tom Reyes", id="who-clause-with-modal"
    ),
    pytest.param(
        "Tom Reyes, who leads Ann Berg by four points, said the race was “close.”",
        "Tom Reyes",
        id="who-clause-leading-a-rival-is-a-standing",
    ),
    pytest.param(
        "Tom Reyes, who worked hard all year, said the race was “close.”", "Tom Reyes", id="who-clause-without-object"
    ),
    pytest.param(
        "Tom Reyes spoke in Reno on Monday.\n\nPhoto: The former senator told reporters the race was close."
        "\n\n“It was close,” Reyes said.",
        "Tom Reyes",
        id="description-in-a-photo-caption-is-no-role",
    ),
    pytest.param(
        "Tom Reyes told Ann Berg about the senator. “It was close,” Berg said.",
        "Ann Berg",
        id="description-is-not-the-object-of-its-verb",
    ),
    pytest.param(
        "Ann Berg met Tom Reyes on Monday. Reyes criticized the president. “It was close,” Reyes said.",
        "Tom Reyes",
        id="the-president-is-whoever-holds-the-office",
    ),
    pytest.param(
        "Ana Ruiz said the focus on Tom Reyes was hurting the candidate. “It hurts,” Reyes said.",
        "Tom Reyes",
        id="object-description-after-two-people-is-nobody's",
    ),
    pytest.param(
        "Ana Ruiz called Tom Reyes on Friday. She later thanked the nominee for his help. “We talked,” Ruiz said.",
        "Ana Ruiz",
        id="object-description-is-not-the-subject",
    ),
    pytest.param(
        "Tom Berg went on the Karen Walsh Show on Monday. “Is that fair?” Karen Walsh asked him.",
        "Karen Walsh",
        id="a-show-no-outlet-owns-gives-no-role",
    ),
    pytest.param(
        "Ana Ruiz and Tom Berg sent a letter to the agency on Monday. “The rules are clear,” they wrote.",
        "Ana Ruiz and Tom Berg",
        id="group-named-without-an-office-has-no-role",
    ),
    pytest.param(
        "The mayor's race is open. Tom Berg met Ana Ruiz on Monday. The last woman to run as an independent says "
        "she doubts anyone will try.\n\n“It is hard,” says Ana Ruiz, who lost in 2010.",
        "Ana Ruiz",
        id="description-that-speaks-is-not-someone-named-before",
    ),
]


@pytest.mark.parametrize(("text", "name"), NO_ROLE_CASES)
def test_no_role(attributor: QuoteAttributor, text: str, name: str) -> None:
    (q,) = attributor.attribute(text).quotes
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.role) == (name, None)


# a parse set by hand: the organisation's name, a comma, then a noun the parser hung on it as an appositive
DESCRIPTION_PARSES = [
    pytest.param(
        ["Greenwatch", ",", "an", "environmental", "group", ",", "sued", "."],
        [6, 0, 4, 4, 0, 0, 6, 6],
        ["nsubj", "punct", "det", "amod", "appos", "punct", "ROOT", "punct"],
        ["PROPN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT", "VERB", "PUNCT"],
        ["environmental group"],
        id="apposition-with-article",
    ),
    pytest.param(
        ["On", "Greenwatch", ",", "similar", "statements", "appeared", "."],
        [5, 0, 1, 4, 1, 5, 5],
        ["prep", "pobj", "punct", "amod", "appos", "ROOT", "punct"],
        ["ADP", "PROPN", "PUNCT", "ADJ", "NOUN", "VERB", "PUNCT"],
        [],
        id="bare-plural-after-comma-is-the-next-clause",
    ),
]


@pytest.mark.parametrize(("words", "heads", "deps", "pos", "expected"), DESCRIPTION_PARSES)
def test_organization_description(
    nlp: Language, words: list[str], heads: list[int], deps: list[str], pos: list[str], expected: list[str]
) -> None:
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=heads,
        deps=deps,
        pos=pos,
        ents=["B-ORG" if w == "Greenwatch" else "O" for w in words],
    )
    name = next(e for e in doc.ents if e.label_ == "ORG")
    assert [r.text for r in description_of(name)] == expected

"""Article furniture: link lines, captions and credits, bylines, datelines, quoted subheads."""

from __future__ import annotations

import pytest

from service.nlp.attributor import QuoteAttributor
from service.nlp.furniture import Furniture, find

HEAD = "Harbor board votes on ferry fares\n\n"

# Each text: the headline, then lines; the expected furniture is given as the exact text it covers.
FURNITURE = [
    ("read-more", "READ MORE: Mayor calls budget ‘a disgrace’"),
    ("read-more-lower", "Read more: Council delays vote on the pier"),
    ("watch", "WATCH: Ferry captain says ‘we will sail’"),
    ("related-bar", "RELATED | Fares rise for the third year"),
    ("listen", "LISTEN: The harbor master on the new timetable"),
    ("also-read", "ALSO READ: ‘Not on my watch,’ says port chief"),
    ("bullet-link", "• Related: Dock workers vote to strike"),
    ("more-from", "More from the Coast Gazette: Tides and taxes"),
    ("caption-credit", "The ferry leaves the pier at dawn on Monday. (Ann Lee/City Desk)"),
    ("credit-alone", "Ann Lee/City Desk"),
    ("agency-credit", "(AP Photo/Tom Ruiz)"),
    ("photo-label", "Photo: Dock workers at the gate on Friday."),
    ("byline", "By Ann Lee and Tom Ruiz, City Desk"),
    ("byline-caps", "By ANN LEE"),
    ("reporting-by", "Reporting by Ann Lee; Editing by Tom Ruiz"),
    ("follow", "Follow Ann Lee on Twitter @annlee"),
    ("correction", "Correction: An earlier version of this story misstated when the “Fare Freeze” began."),
    ("updated-note", "The article was corrected: the harbor rules are the “Dock Code,” not the “Pier Code.”"),
    ("arrow-watch", "\u25b6 Watch: Ferry captain says ‘we will sail’"),
    ("photo-by-credit", "The mayor at the dock on Monday. (Photo by Ann Lee/Getty Images)"),
    ("photo-label-at-end", "The mayor at the dock on Monday. Photo: Ann Lee/City Desk"),
    ("agency-images", "The mayor at the dock on Monday. (Getty Images)"),
    ("credit-bar", "Ann Lee | City Desk"),
    ("advertisement", "Advertisement"),
    ("newsletter", "Sign up for our newsletter"),
    ("podcast-promo-in-brackets", "(Subscribe to HARBORNEWS's Dock Talk podcast with Ann Lee.)"),
    ("subhead-unended", "‘We were not ready’"),
    ("subhead-title-case", "“A Harbor Without Boats.”"),
]


@pytest.mark.parametrize("line", [c[1] for c in FURNITURE], ids=[c[0] for c in FURNITURE])
def test_furniture_lines(line: str) -> None:
    text = HEAD + "The board met on Tuesday.\n\n" + line + "\n\nThe vote is next week."
    start = text.index(line)
    assert find(text).ranges() == [(start, start + len(line))]


ARTICLE_TEXT = [
    ("quote-paragraph", "“We will appeal.”"),
    ("introduced-quote", "The harbor master said:\n\n“Fares Stay Where They Are”"),
    ("by-tuesday", "By Tuesday, the council had voted."),
    ("more-than", "More than 200 people came to the meeting."),
    ("watch-verb", "Watch the tide tables, the captain said."),
    ("party-slash", "Lee (D/Maine) voted against the plan."),
    ("agency-cited-in-text", "Lee said the plan was “a mess” (AP)."),
    ("congress-party", "Sen. Ann Lee (D-Maine) — a critic — said no."),
    ("transcript-label-dash", "SIEGEL-- Well, the port is open."),
    ("subscribers-in-brackets", "(Subscribers rose by a tenth last year.)"),
    ("long-quote-paragraph", "“We checked the hull twice and it was fine, and then the storm came in.”"),
]


@pytest.mark.parametrize("line", [c[1] for c in ARTICLE_TEXT], ids=[c[0] for c in ARTICLE_TEXT])
def test_article_text_is_not_furniture(line: str) -> None:
    text = HEAD + "The board met on Tuesday.\n\n" + line + "\n\nThe vote is next week."
    assert find(text).ranges() == []


DATELINES = [
    ("agency", "OSLO (Reuters) — ", "The port reopened on Monday."),
    ("city-state", "LA CROSSE, Wis. — ", "The port reopened on Monday."),
    ("date-agency", "Dec 29 (Reuters) - ", "The port reopened on Monday."),
    ("city-date-agency", "NEW YORK, Feb. 8 (UPI) — ", "The port reopened on Monday."),
    ("title-case-city-agency", "Oslo, Norway (Reuters) — ", "The port reopened on Monday."),
]


@pytest.mark.parametrize(("prefix", "rest"), [(c[1], c[2]) for c in DATELINES], ids=[c[0] for c in DATELINES])
def test_datelines(prefix: str, rest: str) -> None:
    text = HEAD + prefix + rest
    start = len(HEAD)
    assert find(text).ranges() == [(start, start + len(prefix))]


def test_a_link_label_alone_takes_the_headline_on_the_next_line() -> None:
    text = HEAD + "The board met.\n\nREAD MORE:\nMayor calls budget ‘a disgrace’\n\nThe vote is next week."
    assert [text[s:e] for s, e in find(text).ranges()] == ["READ MORE:", "Mayor calls budget ‘a disgrace’"]


def test_headline_is_never_furniture() -> None:
    assert find("WATCH: Ferry captain says ‘we will sail’\n\nThe board met.").ranges() == []


def test_contains_is_a_lookup_in_sorted_ranges() -> None:
    shelf = Furniture((5, 20), (10, 30))
    assert [shelf.contains(s, e) for s, e in [(5, 10), (6, 9), (9, 11), (12, 15), (20, 30), (0, 3)]] == [
        True,
        True,
        False,
        False,
        True,
        False,
    ]


QUOTES_DROPPED = [
    ("link-line", "READ MORE: Mayor calls budget ‘a disgrace’", "The mayor spoke on Monday."),
    ("caption", "Ann Lee said “no way” at the pier. (Tom Ruiz/City Desk)", "The mayor spoke on Monday."),
    ("subhead", "‘We were not ready’", "The mayor spoke on Monday."),
]


@pytest.mark.parametrize(("line", "after"), [(c[1], c[2]) for c in QUOTES_DROPPED], ids=[c[0] for c in QUOTES_DROPPED])
def test_quotes_in_furniture_are_not_returned(attributor: QuoteAttributor, line: str, after: str) -> None:
    text = HEAD + "“The fares will rise,” the harbor master said.\n\n" + line + "\n\n" + after
    quotes = attributor.attribute(text).quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("The fares will rise,", "harbor master")
    ]


def test_a_quote_paragraph_after_its_cue_is_returned(attributor: QuoteAttributor) -> None:
    text = (
        HEAD + "The harbor master was blunt on Monday. Ann Lee said:\n\n“We were not ready.”\n\nThe vote is next week."
    )
    quotes = attributor.attribute(text).quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [("We were not ready.", "Ann Lee")]


def test_a_name_in_the_byline_is_not_the_speaker(attributor: QuoteAttributor) -> None:
    text = (
        "Harbor reopens after storm\n\nBy Ann Lee, City Desk\n\n"
        "OSLO (Reuters) — The harbor reopened on Monday.\n\n“We will sail again,” Lee said after the vote."
    )
    quotes = attributor.attribute(text).quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [("We will sail again,", "Lee")]


def test_a_quoted_line_credited_on_the_line_below_is_a_pull_quote(attributor: QuoteAttributor) -> None:
    text = HEAD + "The board met on Tuesday.\n\n‘We were not ready’\n— Ann Lee, harbor master\n\nThe vote is next week."
    quotes = attributor.attribute(text).quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [("We were not ready", "Ann Lee")]

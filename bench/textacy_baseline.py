"""textacy 0.13's `direct_quotations` as the baseline, mapped to the prediction format.

Run on the whole parsed document, as its authors intend: it raises on an odd number of
quotation-mark tokens, and then the document yields no quotes (TARGETS.md's "whole doc").
A (speaker, cue, content) triple becomes {start, end} over the content without its marks,
and {speaker_start, speaker_end, speaker_name} over the speaker tokens.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

try:  # a benchmark-only dependency: bench/requirements.txt
    from textacy.extract.triples import direct_quotations
except ImportError:  # pragma: no cover - reported by the caller
    direct_quotations = None

AVAILABLE = direct_quotations is not None


def textacy_preds(doc: Doc) -> list[dict[str, Any]]:
    """`“We won,” Smith said.` → [{start/end over `We won,`, speaker Smith, rule textacy}]."""
    if direct_quotations is None:
        raise RuntimeError("textacy is not installed: pip install --require-hashes -r bench/requirements.txt")
    try:
        triples = list(direct_quotations(doc))
    except ValueError:  # odd number of quotation marks: textacy bails out on the whole document
        return []
    out = []
    for speaker, cue, content in triples:
        first, last = content[0], content[-1]
        start = first.idx + len(first) if first.is_quote else first.idx
        end = last.idx if last.is_quote else last.idx + len(last)
        s0, s1 = speaker[0].idx, speaker[-1].idx + len(speaker[-1])
        out.append(
            {
                "start": start,
                "end": max(start, end),
                "kind": None,
                "speaker_name": doc.text[s0:s1],
                "speaker_start": s0,
                "speaker_end": s1,
                "cue": " ".join(t.text for t in cue),
                "rule": "textacy",
            }
        )
    return out

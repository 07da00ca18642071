"""Quote-attribution scoring with the definitions of ../shared/tools/score.py, written here.

CI machines may not have ../shared, so the bench carries its own scorer; `python -m bench.scoring
GOLD PRED` prints the same JSON as score.py (bench/README.md shows they agree on dev).

- A gold quote (direct, kind full/partial) is found when one predicted quote covers >= 80% of its
  characters; a predicted quote is correct when >= 80% of its characters lie inside gold quotes.
  Spans are trimmed of spaces and punctuation (STRIP) at both ends first.
- The speaker is right when the predicted mention overlaps the gold source span, or the last word
  of the predicted name (not a pronoun) occurs in the gold source text. Which predicted source is
  compared (`source`): `outermost` (default, PolNeAR's convention) takes the prediction's `via`
  (who relays the words) where it has one, else its speaker; `speaker` always the speaker.
- attribution P: correct predicted quotes whose speaker is right for the gold quote they overlap
  most, over all predictions; attribution R: found gold quotes with the speaker right, over gold
  quotes with an annotated source.

`score_resolved` gives score_seeds.py's figures on gold with resolved fields (seeds, the resolved
PolNeAR articles): quotes found, speaker (last word), speaker_full (the name word for word, titles
aside), role (one acceptable phrase's content words), date, via and extra quotes.
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

PRONOUNS = {"he", "she", "they", "it", "i", "we", "who", "you", "him", "her", "them"}
STRIP = " \t\n\r\u00a0,.;:!?\"'“”‘’«»"
WORD = re.compile(r"[\w’'-]+")

Doc = Mapping[str, Any]
Pred = Mapping[str, Any]


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in STRIP:
        s += 1
    while e > s and text[e - 1] in STRIP:
        e -= 1
    return s, e


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _words(s: str | None) -> list[str]:
    return WORD.findall((s or "").lower())


def _unpossess(w: str) -> str:
    return w.removesuffix("’s").removesuffix("'s")


def _last_name(name: str | None) -> str | None:
    ws = [_unpossess(w) for w in _words(name)]
    return ws[-1] if ws else None


def speaker_ok(gold: Mapping[str, Any], pred: Pred, source: str = "outermost") -> bool:
    """The predicted mention overlaps the gold source, or the name's last word is in it."""
    if gold.get("speaker_start") is None:
        return False
    if source == "outermost" and (pred.get("via_name") or pred.get("via_start") is not None):
        # PolNeAR credits the outermost source: the relay, where the prediction names one
        via = {"speaker_name": pred.get("via_name"), "speaker_start": pred.get("via_start")}
        pred = {**pred, **via, "speaker_end": pred.get("via_end")}
    gs = (gold["speaker_start"], gold["speaker_end"])
    if pred.get("speaker_start") is not None and overlap(gs, (pred["speaker_start"], pred["speaker_end"])) > 0:
        return True
    last = _last_name(pred.get("speaker_name"))
    gold_words = {_unpossess(w) for w in _words(gold.get("speaker"))}
    return bool(last) and last not in PRONOUNS and last in gold_words


def _ratio(a: int, b: int) -> float:
    return round(a / max(1, b), 4)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / max(1e-9, p + r)


def score(
    gold_docs: Iterable[Doc],
    pred_docs: Mapping[str, Sequence[Pred]],
    kinds: Sequence[str] = ("full", "partial"),
    by_rule: bool = False,
    source: str = "outermost",
) -> dict[str, Any]:
    """score.py's figures; with by_rule, also {rule: {count, quote_P, speaker_ok}} per predicted rule."""
    t = dict(gold=0, found=0, pred=0, correct=0, spk_gold=0, spk_found=0, spk_ok=0, pred_ok_spk=0)
    per_kind = {k: [0, 0] for k in kinds}
    rules: dict[str, dict[str, int]] = {}
    for gd in gold_docs:
        text = gd["text"]
        gq = [q for q in gd["quotes"] if q.get("direct", True) and q.get("kind", "full") in kinds]
        gspans = [trim(text, q["start"], q["end"]) for q in gq]
        pq = list(pred_docs.get(gd["id"], []))
        pspans = [trim(text, q["start"], q["end"]) for q in pq]
        for g, gs in zip(gq, gspans, strict=True):
            glen = max(1, gs[1] - gs[0])
            # the best candidate, ties to the later prediction (as max over (overlap, index) does)
            ov, best = 0, None
            for i, ps in enumerate(pspans):
                o = overlap(gs, ps)
                if best is None or o >= ov:
                    ov, best = o, i
            hit = ov >= 0.8 * glen
            t["gold"] += 1
            t["found"] += hit
            kind = g.get("kind", "full")
            per_kind[kind][0] += 1
            per_kind[kind][1] += hit
            if g.get("speaker_start") is not None:
                t["spk_gold"] += 1
                if hit and best is not None:
                    t["spk_found"] += 1
                    t["spk_ok"] += speaker_ok(g, pq[best], source)
        for p, ps in zip(pq, pspans, strict=True):
            plen = max(1, ps[1] - ps[0])
            cov = sum(overlap(ps, gs) for gs in gspans)
            ok = cov >= 0.8 * plen
            t["pred"] += 1
            t["correct"] += ok
            spk = False
            if ok:
                # speaker right for the gold quote it overlaps most (the first on ties)
                gi = max(range(len(gspans)), key=lambda j: overlap(ps, gspans[j]))
                spk = speaker_ok(gq[gi], p, source)
                t["pred_ok_spk"] += spk
            r = rules.setdefault(str(p.get("rule")), dict(count=0, correct=0, speaker_ok=0))
            r["count"] += 1
            r["correct"] += ok
            r["speaker_ok"] += spk
    P = t["correct"] / max(1, t["pred"])
    R = t["found"] / max(1, t["gold"])
    aR = t["spk_ok"] / max(1, t["spk_gold"])
    aP = t["pred_ok_spk"] / max(1, t["pred"])
    full = per_kind.get("full", [0, 0])
    partial = per_kind.get("partial", [0, 0])
    out: dict[str, Any] = dict(
        quote_P=round(P, 4),
        quote_R=round(R, 4),
        quote_F1=round(_f1(P, R), 4),
        recall_full=_ratio(full[1], full[0]) if "full" in per_kind else 0.0,
        recall_partial=_ratio(partial[1], partial[0]) if "partial" in per_kind else 0.0,
        speaker_acc_on_found=_ratio(t["spk_ok"], t["spk_found"]),
        attribution_P=round(aP, 4),
        attribution_R=round(aR, 4),
        attribution_F1=round(_f1(aP, aR), 4),
        counts=t,
    )
    if by_rule:
        out["by_rule"] = {
            name: dict(
                count=r["count"],
                quote_P=_ratio(r["correct"], r["count"]),
                speaker_ok=_ratio(r["speaker_ok"], r["correct"]),
            )
            for name, r in sorted(rules.items(), key=lambda kv: -kv[1]["count"])
        }
    return out


STOP = frozenset({"the", "of", "for", "to", "a", "an", "and", "'s", "s"})
TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "doctor", "sen", "senator", "rep", "representative", "gov", "governor"}
    | {"president", "prof", "professor", "sir", "dame", "lord", "lady", "gen", "col", "capt", "lt", "sgt"}
    | {"rev", "father", "judge", "justice", "mayor", "minister", "chancellor", "jr", "sr"}
)
# abbreviations of titles read as the word ("Texas Rep." = "Texas Representative")
ABBR = {"rep": "representative", "sen": "senator", "gov": "governor", "gen": "general", "lt": "lieutenant"}
ABBR |= {"sec": "secretary", "pres": "president", "atty": "attorney", "dept": "department", "amb": "ambassador"}
ABBR |= {"supt": "superintendent", "cmdr": "commander", "adm": "admiral", "prof": "professor", "dr": "doctor"}
ABBR |= {"spokesperson": "spokesman", "spokeswoman": "spokesman"}


def _toks(s: str | None) -> list[str]:
    s = unicodedata.normalize("NFKD", (s or "").lower().replace("’", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return [ABBR.get(w, w) for w in re.findall(r"[a-z0-9]+", s) if w not in STOP]


def _name_toks(s: str | None) -> list[str]:
    return [w for w in _toks(s) if w not in TITLES and len(w) > 1]


def _roles(g: Mapping[str, Any]) -> list[str]:
    r = g.get("role")
    if not r:
        return []
    return [r] if isinstance(r, str) else [x for x in r if x]


def score_resolved(gold_docs: Iterable[Doc], pred_docs: Mapping[str, Sequence[Pred]]) -> dict[str, Any]:
    """score_seeds.py's figures: "found/n" strings for quotes, speaker, speaker_full, role, date (and via)."""
    c = dict(n=0, found=0, spk_n=0, spk=0, full=0, role_n=0, role=0, date_n=0, date=0, via_n=0, via=0, extra=0)
    for gd in gold_docs:
        text = gd["text"]
        pq = list(pred_docs.get(gd["id"], []))
        real = [g for g in gd["quotes"] if not g.get("not_a_quote")]
        rspans = [trim(text, g["start"], g["end"]) for g in real]
        for p in pq:  # a predicted quote overlapping no real gold quote is an extra
            ps = trim(text, p["start"], p["end"])
            c["extra"] += not any(overlap(ps, gs) for gs in rspans)
        for g in real:
            c["n"] += 1
            gs = trim(text, g["start"], g["end"])
            ov, best = 0, None
            for p in pq:  # the first prediction of the largest overlap, as max() picks it
                o = overlap(gs, trim(text, p["start"], p["end"]))
                if best is None or o > ov:
                    ov, best = o, p
            hit = best is not None and ov >= 0.8 * (gs[1] - gs[0])
            c["found"] += hit
            b: Pred = best if hit and best is not None else {}
            if g.get("speaker"):
                c["spk_n"] += 1
                gt, pt = _name_toks(g["speaker"]) or _toks(g["speaker"]), _name_toks(b.get("speaker_name"))
                ok = bool(hit and gt and gt[-1] in pt)
                c["spk"] += ok
                c["full"] += ok if g.get("speaker_named") is False else bool(hit and gt == pt)
            alts = _roles(g)
            if alts:
                c["role_n"] += 1
                pr = set(_toks(b.get("role")))
                c["role"] += bool(hit and any(set(_toks(a)) <= pr for a in alts))
            if g.get("date"):
                c["date_n"] += 1
                c["date"] += bool(hit and (b.get("date") or "") == g["date"])
            if g.get("via") and "via_name" in b:
                c["via_n"] += 1
                vt = _toks(g["via"])
                c["via"] += bool(vt and vt[-1] in _toks(b.get("via_name")))
    out: dict[str, Any] = dict(
        quotes=f"{c['found']}/{c['n']}",
        speaker=f"{c['spk']}/{c['spk_n']}",
        speaker_full=f"{c['full']}/{c['spk_n']}",
        role=f"{c['role']}/{c['role_n']}",
        date=f"{c['date']}/{c['date_n']}",
        extra=c["extra"],
    )
    if c["via_n"]:
        out["via"] = f"{c['via']}/{c['via_n']}"
    return out


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--split", help="only gold docs with this split")
    ap.add_argument("--kinds", default="full,partial")
    ap.add_argument("--by-rule", action="store_true", help="add the per-rule breakdown")
    ap.add_argument("--source", choices=["outermost", "speaker"], default="outermost", help="as score.py's")
    ap.add_argument("--resolved", action="store_true", help="score_seeds.py's figures (gold with resolved fields)")
    a = ap.parse_args()
    gold = [d for d in load_jsonl(a.gold) if not a.split or d.get("split") == a.split]
    pred = {d["id"]: d["quotes"] for d in load_jsonl(a.pred)}
    if a.resolved:
        print(json.dumps(score_resolved(gold, pred)))
        return
    print(json.dumps(score(gold, pred, tuple(a.kinds.split(",")), by_rule=a.by_rule, source=a.source), indent=1))


if __name__ == "__main__":
    main()

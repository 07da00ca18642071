"""A token's children from one pass over the parse.

spaCy's `Token.children` scans every token between the token's left and right edges. A verb heading a
chain of reports ("Lee said Kim said …", thousands of words in one sentence) spans the rest of the
sentence, so each call cost its whole subtree and the rules' time grew with the square of the text.
`children(token)` reads lists built once per Doc (held only while the Doc lives).
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Token

_KIDS: WeakKeyDictionary[Doc, list[list[int]]] = WeakKeyDictionary()


def children(token: Token) -> list[Token]:
    """`said` in `Lee said it rained` → [Lee, rained], in text order, as `token.children` gives them."""
    doc = token.doc
    kids = _KIDS.get(doc)
    if kids is None:
        kids = [[] for _ in range(len(doc))]
        for t in doc:
            head = t.head.i
            if head != t.i:
                kids[head].append(t.i)
        _KIDS[doc] = kids
    return [doc[i] for i in kids[token.i]]

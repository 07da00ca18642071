"""A token's children from one pass over the parse.

spaCy's `Token.children` scans every token between the token's left and right edges. A verb heading a
chain of reports ("Lee said Kim said …", thousands of words in one sentence) spans the rest of the
sentence, so each call cost its whole subtree and the rules' time grew with the square of the text.
`children(token)` reads lists built once per Doc (held only while the Doc lives) for a token that spans more
than WIDE words; below that spaCy's own scan is cheaper than building the lists for every article.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

import numpy
from spacy.tokens import Doc, Token

_KIDS: WeakKeyDictionary[Doc, list[list[int]]] = WeakKeyDictionary()


WIDE = 64  # a token spanning more words than this reads its children from the lists (spaCy's scan is cheaper below)


def children(token: Token) -> list[Token]:
    """`said` in `Lee said it rained` → [Lee, rained], in text order, as `token.children` gives them."""
    if token.right_edge.i - token.left_edge.i <= WIDE:
        return list(token.children)
    doc = token.doc
    kids = _KIDS.get(doc)
    if kids is None:
        kids = [[] for _ in range(len(doc))]
        # HEAD is each token's offset to its head (unsigned in the array: read back as signed); no Token is built
        heads = numpy.arange(len(doc)) + doc.to_array("HEAD").astype(numpy.int64)
        for i, head in enumerate(heads.tolist()):
            if head != i:
                kids[head].append(i)
        _KIDS[doc] = kids
    return [doc[i] for i in kids[token.i]]

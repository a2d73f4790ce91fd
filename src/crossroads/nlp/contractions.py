"""Contractions read the same however the apostrophe is written or spaced.

Text scraped from some sites, and corpora tokenised before they reach us, write "didn ’ t",
"we ’ re". spaCy then sees three words; the small model reads "didn" as a noun and loses both
the negation and the clause's subject. The component here, run first, rebuilds the doc with
each split contraction cut as the unsplit one is ("did" + "n't"). The rejoined token keeps
the original characters, spaces included, so the text and every offset are unchanged; its
NORM (which the model's embedding reads) is the one spaCy's tokenizer gives the unsplit
contraction, and its lemma the clitic's.

Word lists (modals, negations) are written with a straight apostrophe ("'ll", "n't") and
matched against `token.lower_`. So that "we’ll", "we ’ ll" and "we'll" all match, the
lowercase form of every clitic written with another apostrophe, or rejoined with spaces, is
set to the straight spelling in the vocabulary (`Lexeme.lower_`), with the shape, prefix and
suffix of the straight spelling, the features the model reads besides the NORM (it reads
curly apostrophes badly: "Kenya didn’t attack" lost its negation); the text is untouched.
The forms are data (`data/contractions.yaml`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import cast

import numpy
from spacy.attrs import NORM, ORTH, SPACY
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab
from thinc.types import Ints2d

from crossroads.yaml_data import load_yaml

CONTRACTIONS = "crossroads_contractions"
# A clitic glued to one of these is part of a word ("' d-day '"), not a contraction.
HYPHENS = frozenset({"-", "–", "—"})


@dataclass(frozen=True, slots=True)
class ContractionForms:
    """The lists of data/contractions.yaml."""

    apostrophes: tuple[str, ...]
    negation_head: str  # the "n" of "n't", the end of the word it is written on
    negation: str  # the "t" of "n't", after the apostrophe
    clitics: frozenset[str]
    lemmas: dict[str, str]

    @property
    def straight(self) -> str:
        return self.apostrophes[0]

    def straight_spelling(self, text: str) -> str:
        """'N ’ T' → "N'T", 'n’t' → "n't": a straight apostrophe and no spaces."""
        for apostrophe in self.apostrophes[1:]:
            text = text.replace(apostrophe, self.straight)
        return "".join(text.split())

    def canonical(self, text: str) -> str:
        """'N ’ T', "n' t", 'n’t' → "n't": the straight spelling in lowercase."""
        return self.straight_spelling(text).lower()


@cache
def contraction_forms() -> ContractionForms:
    path = resources.files("crossroads.nlp").joinpath("data", "contractions.yaml")
    raw = load_yaml(path.read_text("utf-8"))
    apostrophes = tuple(raw["apostrophes"])
    head, tail = str(raw["negation"]).split(apostrophes[0])
    return ContractionForms(
        apostrophes=apostrophes,
        negation_head=head,
        negation=tail,
        clitics=frozenset(str(c) for c in raw["clitics"]),
        lemmas={str(k): str(v) for k, v in raw["lemmas"].items()},
    )


@Language.factory(CONTRACTIONS)
def make_contraction_rejoiner(nlp: Language, name: str) -> ContractionRejoiner:
    straighten_clitics(nlp.vocab, contraction_forms())
    return ContractionRejoiner(nlp.tokenizer)


def straighten_clitics(vocab: Vocab, forms: ContractionForms) -> None:
    """Make every other spelling of a clitic ('’ll', 'n ’ t') read as its straight one."""
    for written in _clitic_spellings(forms):
        read_as_unsplit(vocab, written, forms)


def read_as_unsplit(vocab: Vocab, written: str, forms: ContractionForms) -> None:
    """Make a clitic as written ('n ’ t', '’ll') read as its straight spelling ("n't",
    "'ll"): the straight lowercase form, which word lists use, and the straight spelling's
    shape, prefix and suffix, which the model's embedding reads with the NORM. The small model
    reads straight apostrophes best: "Kenya didn’t attack" loses its negation ("n’t" is
    parsed as punctuation), and "Russia ’ s army", with spaces in its shape, its possessive."""
    lexeme, straight = vocab[written], vocab[forms.straight_spelling(written)]
    lexeme.lower_ = forms.canonical(written)
    lexeme.shape_, lexeme.prefix_, lexeme.suffix_ = (
        straight.shape_,
        straight.prefix_,
        straight.suffix_,
    )


def _clitic_spellings(forms: ContractionForms) -> Iterator[str]:
    clitics = [(forms.negation_head, forms.negation), *(("", c) for c in forms.clitics)]
    for before, after in clitics:
        for apostrophe in forms.apostrophes:
            for spaced in (f"{before}{apostrophe}{after}", f"{before} {apostrophe} {after}"):
                if spaced.strip() != f"{before}{forms.straight}{after}":
                    yield spaced.strip()
                    yield spaced.strip().upper()


@dataclass(frozen=True, slots=True)
class Piece:
    """One token of the rejoined doc: its text (spaces inside a rejoined clitic kept), whether
    a space follows, its NORM and, where the data gives one, its lemma."""

    text: str
    space: bool
    norm: str
    lemma: str | None = None


class ContractionRejoiner:
    """The pipeline component. A doc with a split contraction is rebuilt from its pieces (the
    tokenizer's output has no annotation yet, so nothing is lost); any other doc passes as is.
    Rebuilding, rather than retokenizing, leaves no partial parse for the parser to keep."""

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer
        self.forms = contraction_forms()
        self._norms: dict[str, tuple[str, str] | None] = {}
        strings = tokenizer.vocab.strings
        self.apostrophe_ids = numpy.array([strings.add(a) for a in self.forms.apostrophes])

    def __call__(self, doc: Doc) -> Doc:
        contractions = list(self._contractions(doc))
        if not contractions:
            return doc
        rebuilt = _rebuilt(doc, contractions)
        rebuilt.user_data = doc.user_data  # what a caller attached (nlp.pipe as_tuples context)
        rebuilt._context = doc._context
        return rebuilt

    def _contractions(self, doc: Doc) -> Iterator[tuple[int, int, list[Piece]]]:
        """Each split contraction as (first token, tokens it spans, its pieces), in order.
        Only the apostrophe tokens are looked at, found in the doc's array of word ids, so a
        doc without one costs no walk over its tokens."""
        orths = doc.to_array(ORTH)
        free = 0  # the first token no earlier contraction took
        for i in numpy.flatnonzero(numpy.isin(orths, self.apostrophe_ids)).tolist():
            if i - 1 >= free and self._negation_stem(doc, i - 1):
                yield i - 1, 3, list(self._negation_pieces(doc, i - 1))
                free = i + 2
            elif i >= free and self._clitic_start(doc, i):
                yield i, 2, [self._other_clitic_piece(doc, i)]
                free = i + 2

    def _negation_stem(self, doc: Doc, i: int) -> bool:
        """'didn' in 'didn ’ t': a word ending in n, a spaced apostrophe, then 't', which
        spaCy splits as a contraction when written together ("didn't": yes; "Pakistan't": no)."""
        word = doc[i]
        head = self.forms.negation_head
        return (
            word.is_alpha
            and len(word) > len(head)
            and word.lower_.endswith(head)
            and self._spaced_clitic(doc, i + 1) == self.forms.negation
            and self._split_norms(word.lower_[: -len(head)], self._negation()) is not None
        )

    def _negation(self) -> str:
        return self.forms.negation_head + self.forms.straight + self.forms.negation

    def _split_norms(self, host: str, clitic: str) -> tuple[str, str] | None:
        """The NORMs of the two tokens spaCy makes of `host + clitic` written together
        ("did" + "n't" → "do", "not"), or None when it does not cut it there; memoised, the
        same few contractions recur."""
        key = host + clitic
        if key not in self._norms:
            unsplit = self.tokenizer(key)
            cut = len(unsplit) == 2 and unsplit[1].lower_ == clitic
            self._norms[key] = (unsplit[0].norm_, unsplit[1].norm_) if cut else None
        return self._norms[key]

    def _negation_pieces(self, doc: Doc, i: int) -> Iterator[Piece]:
        """'didn ’ t' → 'did' + 'n ’ t', read as spaCy reads "didn't"."""
        word = doc[i].text
        stem = word[: -len(self.forms.negation_head)]
        norms = self._split_norms(stem.lower(), self._negation())
        assert norms is not None  # _negation_stem checked it
        yield Piece(stem, False, norms[0])
        split_head = word[len(stem) :] + doc[i].whitespace_
        yield self._clitic_piece(doc[i + 1 : i + 3], norms[1], text=split_head)

    def _clitic_start(self, doc: Doc, i: int) -> bool:
        """The apostrophe of a split clitic other than the negation: '’' in 'we ’ re', when
        spaCy splits the clitic off the word before as it would written together."""
        if i == 0 or not doc[i - 1].is_alpha:
            return False
        suffix = self._spaced_clitic(doc, i)
        if suffix is None or suffix == self.forms.negation:
            return False
        return self._split_norms(doc[i - 1].lower_, self.forms.straight + suffix) is not None

    def _other_clitic_piece(self, doc: Doc, i: int) -> Piece:
        """'’ re' of 'we ’ re', read as spaCy reads "we're"."""
        suffix = doc[i + 1].lower_
        norms = self._split_norms(doc[i - 1].lower_, self.forms.straight + suffix)
        assert norms is not None  # _clitic_start checked it
        return self._clitic_piece(doc[i : i + 2], norms[1])

    def _clitic_piece(self, span: Span, norm: str, *, text: str = "") -> Piece:
        written = text + span.text
        canonical = self.forms.canonical(written)
        if span.doc.vocab[written].lower_ != canonical:
            read_as_unsplit(span.doc.vocab, written, self.forms)
        space = bool(span[-1].whitespace_)
        return Piece(written, space, norm, self.forms.lemmas.get(canonical))

    def _spaced_clitic(self, doc: Doc, i: int) -> str | None:
        """The clitic after the apostrophe at `i` when all three stand apart ('we ’ re')."""
        if i == 0 or i + 1 >= len(doc) or doc[i].text not in self.forms.apostrophes:
            return None
        suffix = doc[i + 1].lower_
        known = suffix == self.forms.negation or suffix in self.forms.clitics
        if not (known and doc[i - 1].whitespace_ and doc[i].whitespace_ and doc[i + 1].is_alpha):
            return None
        return suffix if self._ends_word(doc, i + 1) else None

    @staticmethod
    def _ends_word(doc: Doc, i: int) -> bool:
        """'’ d' ends a word before a space, the end or a stop ('d-day' is a word of its own)."""
        if doc[i].whitespace_ or i + 1 == len(doc):
            return True
        after = doc[i + 1]
        return after.is_space or (after.is_punct and after.text not in HYPHENS)


def _rebuilt(doc: Doc, contractions: list[tuple[int, int, list[Piece]]]) -> Doc:
    """The doc with each contraction's pieces in place of the tokens it spans. The other
    tokens are copied from the doc's arrays, NORM included (a tokenizer exception may give a
    token one its lexeme lacks), so no token object is made for them."""
    strings = doc.vocab.strings
    orths, spaces, norms = doc.to_array([ORTH, SPACY, NORM]).T.tolist()
    new_words: list[str] = []
    new_spaces: list[bool] = []
    new_norms: list[int] = []
    lemmas: dict[int, str] = {}
    taken = 0
    for start, width, pieces in [*contractions, (len(doc), 0, [])]:
        new_words.extend(strings[orth] for orth in orths[taken:start])
        new_spaces.extend(bool(space) for space in spaces[taken:start])
        new_norms.extend(norms[taken:start])
        for piece in pieces:
            if piece.lemma:
                lemmas[len(new_words)] = piece.lemma
            new_words.append(piece.text)
            new_spaces.append(piece.space)
            new_norms.append(strings.add(piece.norm))
        taken = start + width
    rebuilt = Doc(doc.vocab, words=new_words, spaces=new_spaces)
    rebuilt.from_array([NORM], cast(Ints2d, numpy.array(new_norms, dtype=numpy.uint64)[:, None]))
    for index, lemma in lemmas.items():
        rebuilt[index].lemma_ = lemma
    return rebuilt

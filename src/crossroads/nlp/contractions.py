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

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

CONTRACTIONS = "crossroads_contractions"
# A clitic glued to one of these is part of a word ("' d-day '"), not a contraction.
HYPHENS = frozenset({"-", "–", "—"})


@dataclass(frozen=True, slots=True)
class ContractionForms:
    """The lists of data/contractions.yaml."""

    apostrophes: tuple[str, ...]
    negation: str
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
    raw = yaml.safe_load(path.read_text("utf-8"))
    return ContractionForms(
        apostrophes=tuple(raw["apostrophes"]),
        negation=str(raw["negation"]),
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
    clitics = [("n", forms.negation), *(("", clitic) for clitic in forms.clitics)]
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
        marks = "".join(re.escape(a) for a in self.forms.apostrophes)
        self.spaced_apostrophe = re.compile(f"\\s[{marks}]\\s")

    def __call__(self, doc: Doc) -> Doc:
        if not self.spaced_apostrophe.search(doc.text):
            return doc
        pieces = list(self._pieces(doc))
        if len(pieces) == len(doc):
            return doc
        rebuilt = Doc(doc.vocab, words=[p.text for p in pieces], spaces=[p.space for p in pieces])
        for token, piece in zip(rebuilt, pieces, strict=True):
            token.norm_ = piece.norm
            if piece.lemma:
                token.lemma_ = piece.lemma
        rebuilt.user_data = doc.user_data  # what a caller attached (nlp.pipe as_tuples context)
        rebuilt._context = doc._context
        return rebuilt

    def _pieces(self, doc: Doc) -> Iterator[Piece]:
        i = 0
        while i < len(doc):
            if self._negation_stem(doc, i):
                yield from self._negation_pieces(doc, i)
                i += 3
            elif self._clitic_start(doc, i):
                yield self._clitic_piece(doc[i : i + 2], host=doc[i - 1].text)
                i += 2
            else:
                yield Piece(doc[i].text, bool(doc[i].whitespace_), doc[i].norm_)
                i += 1

    def _negation_stem(self, doc: Doc, i: int) -> bool:
        """'didn' in 'didn ’ t': a word ending in n, a spaced apostrophe, then 't', which
        spaCy splits as a contraction when written together ("didn't": yes; "Pakistan't": no)."""
        word = doc[i]
        return (
            word.is_alpha
            and len(word) > 1
            and word.lower_.endswith("n")
            and self._spaced_clitic(doc, i + 1) == self.forms.negation
            and self._unsplit_stem(word.lower_) is not None
        )

    def _unsplit_stem(self, word: str) -> Token | None:
        """The stem token spaCy makes of the word written with "'t" ("did" of "didn't"), or
        None when the tokenizer does not split it there."""
        unsplit = self.tokenizer(f"{word}{self.forms.straight}{self.forms.negation}")
        return unsplit[0] if len(unsplit) == 2 and unsplit[0].text == word[:-1] else None

    def _negation_pieces(self, doc: Doc, i: int) -> Iterator[Piece]:
        """'didn ’ t' → 'did' + 'n ’ t', read as spaCy reads "didn't"."""
        word = doc[i].text
        stem = self._unsplit_stem(word.lower())
        yield Piece(word[:-1], False, stem.norm_ if stem is not None else word[:-1].lower())
        split_n = word[-1] + doc[i].whitespace_
        yield self._clitic_piece(doc[i + 1 : i + 3], host=word[:-1], text=split_n)

    def _clitic_start(self, doc: Doc, i: int) -> bool:
        """The apostrophe of a split clitic other than the negation: '’' in 'we ’ re', when
        spaCy splits the clitic off the word before as it would written together."""
        if i == 0 or not doc[i - 1].is_alpha:
            return False
        suffix = self._spaced_clitic(doc, i)
        if suffix is None or suffix == self.forms.negation:
            return False
        return self._unsplit_clitic(doc[i - 1].lower_, suffix) is not None

    def _unsplit_clitic(self, host: str, suffix: str) -> Token | None:
        """The clitic token spaCy makes of host + "'" + suffix, or None when it makes none."""
        clitic = self.forms.straight + suffix
        unsplit = self.tokenizer(host + clitic)
        return unsplit[-1] if len(unsplit) == 2 and unsplit[-1].lower_ == clitic else None

    def _clitic_piece(self, span: Span, *, host: str, text: str = "") -> Piece:
        written = text + span.text
        canonical = self.forms.canonical(written)
        if span.doc.vocab[written].lower_ != canonical:
            read_as_unsplit(span.doc.vocab, written, self.forms)
        unsplit = self.tokenizer(host.lower() + canonical)[-1]
        space = bool(span[-1].whitespace_)
        return Piece(written, space, unsplit.norm_, self.forms.lemmas.get(canonical))

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

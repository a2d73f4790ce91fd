"""The attribute table gives what spaCy's attribute ruler gives, from the same rules.

Every sentence is invented.
"""

from __future__ import annotations

import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from crossroads.nlp import load_nlp
from crossroads.nlp.attributes import ATTRIBUTES, STOCK_ATTRIBUTES, compile_ruler
from crossroads.nlp.pipeline import (
    CONTRACTIONS,
    MODEL_PACKAGE,
    PARAGRAPHS,
    REPAIRS,
    UNUSED_COMPONENTS,
)

ANNOTATION = [POS, TAG, DEP, HEAD, LEMMA, MORPH]
SENTENCES = [
    "They ain't gonna win, y'all. Let's go, c'mon! He gets it; she got it.",
    "There is a plan and there were two. Which was it? That is what Kenya said.",
    "The talks were held   in Nairobi.\n\nThe minister has been asked to resign.",
    "Ain’t nobody gotta do it, said Amara Okafor, who'd gotten there first.",
]


def stock_annotation(texts: list[str]) -> list[list[list[int]]]:
    """The model with spaCy's own attribute ruler and crossroads' other components."""
    nlp = spacy.load(MODEL_PACKAGE, exclude=list(UNUSED_COMPONENTS))
    nlp.add_pipe(CONTRACTIONS, first=True)
    nlp.add_pipe(PARAGRAPHS, before="parser")
    nlp.add_pipe(REPAIRS, last=True)
    assert STOCK_ATTRIBUTES in nlp.pipe_names
    return [doc.to_array(ANNOTATION).tolist() for doc in nlp.pipe(texts)]


def test_the_pipeline_runs_the_table_instead_of_the_ruler() -> None:
    names = load_nlp().pipe_names
    assert ATTRIBUTES in names and STOCK_ATTRIBUTES not in names
    assert names.index("parser") < names.index(ATTRIBUTES) < names.index("lemmatizer")


def test_the_table_annotates_as_the_stock_ruler() -> None:
    ours = [doc.to_array(ANNOTATION).tolist() for doc in load_nlp().pipe(SENTENCES)]
    assert ours == stock_annotation(SENTENCES)


def tagged(ruler: AttributeRuler, words: list[str], tags: list[str], deps: list[str]) -> Doc:
    return Doc(ruler.vocab, words=words, tags=tags, deps=deps, heads=[0] * len(words))


def test_order_indices_predicates_and_other_forms_as_the_ruler() -> None:
    """Later rules override earlier ones; a rule's index picks the token of a longer match;
    'IN', 'NOT_IN' and 'REGEX' are read as the Matcher reads them; an operator stays with a
    Matcher inside the table."""
    nlp = spacy.blank("en")
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN", "MORPH": "Number=Sing"})
    ruler.add([[{"TAG": "NN", "LOWER": "talks"}]], {"POS": "VERB"})
    ruler.add([[{"LOWER": {"IN": ["gon", "wan"]}}, {"LOWER": "na"}]], {"LEMMA": "to"}, index=-1)
    ruler.add([[{"DEP": {"NOT_IN": ["det", ""]}, "TAG": {"IN": ["DT"]}}]], {"POS": "PRON"})
    ruler.add([[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], {"LEMMA": "you"})
    ruler.add([[{"TAG": "JJ", "OP": "+"}, {"TAG": "NN"}]], {"LEMMA": "described"}, index=-1)
    words = ["talks", "gon", "na", "that", "the", "y'", "all", "big", "red", "plan"]
    tags = ["NN", "VB", "TO", "DT", "DT", "PRP", "DT", "JJ", "JJ", "NN"]
    deps = ["ROOT", "aux", "aux", "nsubj", "det", "nsubj", "appos", "amod", "amod", "dobj"]
    expected = ruler(tagged(ruler, words, tags, deps))
    table = compile_ruler(ruler)
    assert len(table.matcher) == 1  # the rule with an operator
    got = table(tagged(ruler, words, tags, deps))
    assert got.to_array(ANNOTATION).tolist() == expected.to_array(ANNOTATION).tolist()
    assert [t.pos_ for t in got][:4] == ["VERB", "", "", "PRON"]
    assert [t.lemma_ for t in got][2] == "to" and got[9].lemma_ == "described"
    assert str(got[0].morph) == "Number=Sing"


def test_words_no_rule_names_share_one_memo_entry() -> None:
    """The memo holds one entry per tag and dependency for the words no rule names, so it does
    not grow with the corpus's vocabulary; a named word keeps an entry of its own."""
    nlp = spacy.blank("en")
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN"})
    ruler.add([[{"TAG": "NN", "LOWER": "talks"}]], {"POS": "VERB"})
    table = compile_ruler(ruler)
    for word in ["treaty", "summit", "ceasefire", "talks"]:
        doc = table(tagged(ruler, [word], ["NN"], ["ROOT"]))
        assert doc[0].pos_ == ("VERB" if word == "talks" else "NOUN")
    assert len(table.memo) == 2

"""Loading and batching the pinned spaCy pipeline."""

from crossroads.nlp.pipeline import MODEL_PACKAGE, doc_text, load_nlp, parse_texts

__all__ = ["MODEL_PACKAGE", "doc_text", "load_nlp", "parse_texts"]

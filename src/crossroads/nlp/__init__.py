"""Loading and batching the pinned spaCy pipeline."""

from crossroads.nlp.pipeline import MODEL_PACKAGE, load_nlp, parse_texts

__all__ = ["MODEL_PACKAGE", "load_nlp", "parse_texts"]

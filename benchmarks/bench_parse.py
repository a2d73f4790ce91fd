"""crossroads' spaCy pipeline against the bare model, and what each of its components costs.

Both parse the same AllSides articles with `nlp.pipe` in the same process, in rounds whose
order alternates; CPU time, the median and the fastest round of each are reported (this
host's rounds of the same work differ by up to a third, and interference only slows a
round). Then every component of crossroads' pipeline is timed on its own over the same
articles (tokenizer first, each later component on the docs the one before it left),
the fastest of the rounds.

    .venv/bin/python benchmarks/bench_parse.py [--articles 60] [--rounds 6]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import defaultdict
from collections.abc import Iterable

from bench_pipeline import bare_parse
from corpus import add_corpus_arguments, load_articles, require_corpus
from spacy.tokens import Doc

from crossroads.nlp import load_nlp, parse_texts


def drain(docs: Iterable[Doc]) -> None:
    for _ in docs:
        pass


def compare_parses(texts: list[str], rounds: int) -> None:
    timings: dict[str, list[float]] = {"bare model": [], "crossroads": []}
    for round_ in range(rounds):
        order = ["bare model", "crossroads"] if round_ % 2 == 0 else ["crossroads", "bare model"]
        for name in order:
            start = time.process_time()
            if name == "bare model":
                bare_parse(texts)
            else:
                drain(parse_texts(texts))
            timings[name].append(time.process_time() - start)
    bare, ours = timings["bare model"], timings["crossroads"]
    print(f"{len(texts)} AllSides articles, {rounds} rounds, CPU seconds")
    for name, values in timings.items():
        print(f"  {name:12} {' '.join(f'{v:6.2f}' for v in values)}")
    median = statistics.median(ours) / statistics.median(bare)
    print(f"  crossroads / bare: median {median:.3f}, fastest {min(ours) / min(bare):.3f}")


def component_times(texts: list[str], rounds: int) -> None:
    nlp = load_nlp()
    spent: dict[str, list[float]] = defaultdict(list)
    for _ in range(rounds):
        start = time.process_time()
        docs = [nlp.make_doc(text) for text in texts]
        spent["tokenizer"].append(time.process_time() - start)
        for name, component in nlp.pipeline:
            start = time.process_time()
            if hasattr(component, "pipe"):
                docs = list(component.pipe(docs, batch_size=32))
            else:
                docs = [component(doc) for doc in docs]
            spent[name].append(time.process_time() - start)
    total = sum(min(values) for values in spent.values())
    print("components (fastest round, share of their sum)")
    for name, values in spent.items():
        print(f"  {name:25} {min(values):6.2f} s {min(values) / total:6.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_corpus_arguments(parser, articles=60)
    parser.add_argument("--rounds", type=int, default=6)
    args = parser.parse_args()
    require_corpus(args.corpus)
    texts = [text for text, _ in load_articles(args.corpus, args.articles)]
    load_nlp()
    bare_parse(["Warm up."])
    drain(parse_texts(["Warm up."]))
    compare_parses(texts, args.rounds)
    component_times(texts, max(1, args.rounds // 2))


if __name__ == "__main__":
    main()

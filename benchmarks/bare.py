"""The bare baseline: ``nlp.pipe`` over a corpus' files with a spaCy model, nothing else.

``python -m benchmarks.bare CORPUS [--model NAME] [--batch-size 8] [--jobs 1]``; the whole
process is what kg's build is measured against.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks.process import MODEL


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--model", default=MODEL)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv)
    import spacy

    nlp = spacy.load(args.model)
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.corpus.iterdir()) if p.suffix in (".txt", ".md")]
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=args.batch_size, n_process=args.jobs))
    print(f"{len(texts)} documents, {tokens} tokens")


if __name__ == "__main__":
    main()

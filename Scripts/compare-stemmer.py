#!/usr/bin/env python3
"""Compares stemmers on the test list, with PySastrawi as an outside oracle.

PySastrawi (MIT code; its bundled dictionary comes from Kateglo under
CC-BY-NC-SA and is used here only at run time, never copied) is run twice:

  sastrawi/kateglo  PySastrawi as shipped, with its own dictionary;
  sastrawi/ours     PySastrawi's algorithm with our root-word list, which shows
                    how far our Swift port's deliberate changes move it.

With --ours FILE (lines `word<TAB>stem`, written by a throwaway Swift test or
script that calls `IndonesianPack().stem` on each case), linimasa's stemmer is
compared too. For each stemmer the
script prints its agreement with the expected roots in the test list, then
the words where the chosen pair of stemmers disagree.

Usage: python3 -m venv /tmp/venv && /tmp/venv/bin/pip install PySastrawi
       /tmp/venv/bin/python Scripts/compare-stemmer.py [--ours stems.tsv] [--show 40]
"""
import argparse
import os

from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
from Sastrawi.Stemmer.Stemmer import Stemmer
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

HERE = os.path.dirname(os.path.abspath(__file__))
ROOTS = os.path.join(HERE, "..", "Sources", "LinimasaIndonesian", "Resources", "stemmer", "root-words.txt")
CASES = os.path.join(HERE, "..", "Tests", "LinimasaIndonesianTests", "Fixtures", "stemmer-cases.tsv")


def read_rows(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ours", help="word<TAB>stem lines from linimasa's stemmer")
    parser.add_argument("--show", type=int, default=40, help="how many disagreements to list")
    args = parser.parse_args()

    cases = read_rows(CASES)
    roots = [r[0] for r in read_rows(ROOTS)]
    stemmers = {
        "sastrawi/kateglo": StemmerFactory().create_stemmer().stem,
        "sastrawi/ours": Stemmer(ArrayDictionary(roots)).stem_word,
    }
    results = {name: {w: stem(w) for w, _, _ in cases} for name, stem in stemmers.items()}
    if args.ours:
        results["linimasa"] = {row[0]: row[1] for row in read_rows(args.ours)}

    expected = {w: r for w, r, _ in cases}
    for name, got in results.items():
        agree = sum(1 for w in expected if got.get(w) == expected[w])
        print(f"{name:18} agrees with the expected roots on {agree}/{len(expected)} ({100 * agree / len(expected):.2f}%)")

    def show(title, a, b):
        diffs = [(w, expected[w], a.get(w), b.get(w)) for w, _, _ in cases if a.get(w) != b.get(w)]
        print(f"\n{title}: {len(diffs)} words differ (word, expected, first, second)")
        for row in diffs[: args.show]:
            print("  " + "\t".join(str(x) for x in row))

    show("expected vs sastrawi/ours", expected, results["sastrawi/ours"])
    if "linimasa" in results:
        show("linimasa vs sastrawi/ours", results["linimasa"], results["sastrawi/ours"])
        show("expected vs linimasa", expected, results["linimasa"])


if __name__ == "__main__":
    main()

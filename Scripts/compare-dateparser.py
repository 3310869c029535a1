#!/usr/bin/env python3
"""Compares linimasa's time tagger with Python's dateparser on Tests/LinimasaExtractTests/Fixtures/time-cases.tsv.

Usage:
    pip install dateparser
    Scripts/compare-dateparser.py                 # builds and runs linimasa's report test in release mode
    Scripts/compare-dateparser.py --report FILE   # uses a report written earlier
    Scripts/compare-dateparser.py --scratch-path .build-x --debug   # quicker: accuracy only

linimasa's side comes from the test `TimeCaseTests/writesReportWhenAsked`, which, when the environment
variable LINIMASA_TIME_REPORT names a file, writes each case's outcome and the time taken to tag all case
sentences 200 times. dateparser runs `search_dates(sentence, languages=['id'],
settings={'RELATIVE_BASE': reference})` on the same sentences.

Scoring for dateparser is lenient: a found string counts for the expected span when either contains the
other, and its datetime counts as right when it equals the expected value at the value's precision
(day, month, year, ISO week, minute). Values dateparser cannot express (durations, sets, PRESENT_REF,
parts of day, vague or empty values) count as misses for it. A `NONE` case passes when nothing is found.
"""
import argparse
import collections
import datetime as dt
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "Tests/LinimasaExtractTests/Fixtures/time-cases.tsv")


def load_cases():
    cases = []
    with open(CASES, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            kind, ref, sentence, span, value = fields[:5]
            cases.append(dict(line=number, kind=kind, ref=ref, sentence=sentence, span=span, value=value))
    return cases


def value_matches(found, value):
    """Whether dateparser's datetime `found` equals the TIMEX3 `value` at its precision.

    For an interval (`2024-06-18/2024-06-19`) either end counts, since dateparser has no intervals.
    """
    if "/" in value:
        return any(value_matches(found, end) for end in value.split("/"))
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return found.date().isoformat() == value
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return found.strftime("%Y-%m") == value
    if re.fullmatch(r"\d{4}", value):
        return found.strftime("%Y") == value
    m = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if m:
        y, w, _ = found.isocalendar()
        return (y, w) == (int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}).*", value)
    if m:
        return found.date().isoformat() == m.group(1) and found.strftime("%H:%M") == m.group(2)
    return False  # durations, sets, REF values, parts of day, quarters, X values


def dateparser_results(cases):
    from dateparser.search import search_dates

    passed = []
    start = time.perf_counter()
    total_bytes = 0
    for c in cases:
        settings = {"RELATIVE_BASE": dt.datetime.fromisoformat(c["ref"])} if c["ref"] != "-" else {}
        total_bytes += len(c["sentence"].encode())
        try:
            found = search_dates(c["sentence"], languages=["id"], settings=settings) or []
        except Exception:
            found = []
        if c["span"] == "NONE":
            ok = not found
        else:
            hits = [d for text, d in found if text.strip() and (text.strip() in c["span"] or c["span"] in text)]
            if c["value"] == "nil":
                ok = bool(hits)
            else:
                ok = any(value_matches(d, c["value"]) for d in hits)
        passed.append(ok)
    seconds = time.perf_counter() - start
    return passed, total_bytes, seconds


def linimasa_report(path):
    outcome = {}
    stats = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if line.startswith("# sentences"):
                stats = dict(sentences=int(fields[1]), bytes=int(fields[3]), seconds=float(fields[5]))
            elif fields[0].isdigit():
                outcome[int(fields[0])] = fields[2] == "1"
    return outcome, stats


def run_linimasa(scratch, debug):
    report = os.path.join(tempfile.mkdtemp(), "time-report.tsv")
    env = dict(os.environ, LINIMASA_TIME_REPORT=report)
    mode = [] if debug else ["-c", "release", "-Xswiftc", "-enable-testing"]
    subprocess.run(
        ["swift", "test", *mode, "--scratch-path", scratch, "--filter", "TimeCaseTests/writesReportWhenAsked"],
        cwd=ROOT, env=env, check=True)
    return report


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--report", help="a report written by the linimasa test (LINIMASA_TIME_REPORT)")
    parser.add_argument("--scratch-path", default=".build-time", help="swift build folder (default .build-time)")
    parser.add_argument("--debug", action="store_true",
                        help="run the test in a debug build: accuracy only, its throughput means nothing")
    args = parser.parse_args()
    cases = load_cases()
    ours, stats = linimasa_report(args.report or run_linimasa(args.scratch_path, args.debug))
    theirs, dp_bytes, dp_seconds = dateparser_results(cases)

    per_kind = collections.OrderedDict()
    for c, dp in zip(cases, theirs):
        row = per_kind.setdefault(c["kind"], [0, 0, 0])
        row[0] += 1
        row[1] += ours.get(c["line"], False)
        row[2] += dp
    print("| kind | cases | linimasa | dateparser |")
    print("|---|---:|---:|---:|")
    total = [0, 0, 0]
    for kind, (n, a, b) in per_kind.items():
        print(f"| {kind} | {n} | {a / n:.1%} | {b / n:.1%} |")
        total = [total[0] + n, total[1] + a, total[2] + b]
    print(f"| **all** | {total[0]} | **{total[1] / total[0]:.1%}** | **{total[2] / total[0]:.1%}** |")
    print()
    lm = stats["bytes"] / stats["seconds"] / 1e6
    dp = dp_bytes / dp_seconds / 1e6
    print(f"Throughput on the case sentences: linimasa {lm:.2f} MB/s "
          f"({stats['sentences'] / stats['seconds']:.0f} sentences/s), dateparser {dp:.4f} MB/s "
          f"({len(cases) / dp_seconds:.0f} sentences/s): {lm / dp:.0f}x.")


if __name__ == "__main__":
    sys.exit(main())

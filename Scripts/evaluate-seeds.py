#!/usr/bin/env python3
"""Score `linimasa analyze --json` against a gold file shaped like ../shared/seeds_gold.json.

Usage: evaluate-seeds.py --bin PATH --seeds DIR --gold FILE [--require metric=value ...]

Prints one table per capability: metadata, boilerplate, times, entities, quotes.
With --require, exits 1 when a metric falls below the value given (e.g. metadata=1.0).
Works for the seeds and for the bundled sample corpus (Samples/), which shares the gold shape.
"""
import argparse
import json
import os
import re
import subprocess
import sys


def norm(text):
    return re.sub(r"\s+", " ", (text or "").replace("\u00a0", " ")).strip()


def load_outputs(binary, files, published=None):
    args = [binary, "analyze", "--json"]
    if published:
        args += ["--published", published]
    proc = subprocess.run(args + files, capture_output=True, text=True)
    outputs = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    return outputs, proc.stderr


def key_of(path):
    base = os.path.basename(path)
    return os.path.splitext(base)[0]


def alias_index(gold_entities):
    index = {}
    for entity in gold_entities:
        for alias in entity.get("aliases", []) + [entity["name"]]:
            index[norm(alias).lower()] = entity
    return index


def entity_key(entity):
    return entity.get("wikidata") or norm(entity["name"]).lower()


def same_entity(ours_name, ours_id, gold_entity):
    if gold_entity is None:
        return False
    if gold_entity.get("wikidata") and ours_id == gold_entity["wikidata"]:
        return True
    names = {norm(n).lower() for n in gold_entity.get("aliases", []) + [gold_entity["name"]]}
    return norm(ours_name).lower() in names


def body_lines(text, gold):
    """The gold's idea of the body: lines minus boilerplate and the dateline prefix."""
    boiler = {norm(line) for line in gold.get("boilerplate", [])}
    lines = []
    dateline = gold.get("dateline_text")
    for raw in text.splitlines():
        line = norm(raw)
        if not line or line in boiler:
            continue
        if dateline and line.startswith(norm(dateline)):
            line = line[len(norm(dateline)):].strip()
        line = re.sub(r"\s*\((?:\*|[a-z]{2,5}(?:/[a-z]{2,5})?)\)$", "", line)
        lines.append(line)
    return lines


def ratio(good, total):
    return good / total if total else 1.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--seeds", required=True, help="folder of articles")
    parser.add_argument("--gold", required=True)
    parser.add_argument("--require", nargs="*", default=[], help="metric=minimum, e.g. metadata=1.0")
    args = parser.parse_args()

    gold = json.load(open(args.gold, encoding="utf-8"))
    files = sorted(
        os.path.join(args.seeds, f) for f in os.listdir(args.seeds)
        if key_of(f) in gold and not f.startswith(".")
    )
    outputs, stderr = load_outputs(args.bin, files)
    ours = {key_of(o["source"]): o for o in outputs}
    metrics = {}

    # Metadata and boilerplate.
    meta_good = meta_total = 0
    print("METADATA            title  outlet  published        from")
    for path in files:
        key = key_of(path)
        g, o = gold[key], ours.get(key)
        if o is None:
            print(f"  {key[:18]:18} not analysed")
            meta_total += 4
            continue
        expected_from = g.get("published_from")
        # An article whose date comes only from its story is unknown to the reader alone.
        want_published = None if expected_from == "story" else g.get("published")
        want_from = None if expected_from == "story" else expected_from
        got_published = (o.get("published") or "")[:10] or None
        checks = [o.get("title") == g.get("title"), o.get("outlet") == g.get("outlet"),
                  got_published == want_published, o.get("published_from") == want_from]
        meta_good += sum(checks)
        meta_total += len(checks)
        marks = ["ok" if c else "NO" for c in checks]
        print(f"  {key[:18]:18} {marks[0]:6} {marks[1]:7} {marks[2]:3} {str(got_published):12} {marks[3]:3} {o.get('published_from')}")
        for name, c, want, got in zip(["title", "outlet", "published", "from"], checks,
                                      [g.get("title"), g.get("outlet"), want_published, want_from],
                                      [o.get("title"), o.get("outlet"), got_published, o.get("published_from")]):
            if not c:
                print(f"      {name}: want {want!r}, got {got!r}")
    metrics["metadata"] = ratio(meta_good, meta_total)

    removed_good = removed_total = kept_good = kept_total = 0
    print("\nBOILERPLATE         gold lines removed   body lines kept")
    for path in files:
        key = key_of(path)
        g, o = gold[key], ours.get(key)
        if o is None:
            continue
        body = norm(o["body"])
        ours_boiler = {norm(b["text"]) for b in o["boilerplate"]}
        removed = [line for line in g.get("boilerplate", []) if norm(line) in ours_boiler or norm(line) not in body]
        text = open(path, encoding="utf-8").read()
        lines = body_lines(text, g) if path.endswith(".txt") else []
        kept = [line for line in lines if line in body]
        removed_good += len(removed)
        removed_total += len(g.get("boilerplate", []))
        kept_good += len(kept)
        kept_total += len(lines)
        print(f"  {key[:18]:18} {len(removed)}/{len(g.get('boilerplate', []))}{'':15}{len(kept)}/{len(lines)}")
        for line in g.get("boilerplate", []):
            if line not in removed:
                print(f"      still in body: {line[:90]!r}")
        for line in lines:
            if line not in kept:
                print(f"      lost from body: {line[:90]!r}")
    metrics["boilerplate_removed"] = ratio(removed_good, removed_total)
    metrics["body_kept"] = ratio(kept_good, kept_total)

    # Times: as analyze sees them, and with the gold publication date lent to undated articles.
    def score_times(outs):
        good = total = extra = 0
        misses = []
        for path in files:
            key = key_of(path)
            g, o = gold[key], outs.get(key)
            gold_times = g.get("times", [])
            total += len(gold_times)
            if o is None:
                continue
            found = list(o.get("times", []))
            for t in gold_times:
                hit = next((x for x in found if norm(x["text"]).lower() == norm(t["text"]).lower() and x["value"] == t["value"]), None)
                if hit:
                    good += 1
                    found.remove(hit)
                else:
                    near = [(x["text"], x["value"]) for x in o.get("times", []) if norm(t["text"]).lower() in norm(x["text"]).lower() or norm(x["text"]).lower() in norm(t["text"]).lower()]
                    misses.append(f"{key[:12]} {t['text']!r} want {t['value']} got {near}")
            extra += len(found)
        return good, total, extra, misses

    good, total, extra, misses = score_times(ours)
    print(f"\nTIMES               {good}/{total} right ({ratio(good, total):.0%}), {extra} more found than the gold lists")
    story_dated = [key_of(p) for p in files if gold[key_of(p)].get("published_from") == "story"]
    if story_dated:
        lent = {}
        for key in story_dated:
            path = next(p for p in files if key_of(p) == key)
            outs, _ = load_outputs(args.bin, [path], gold[key]["published"])
            lent.update({key_of(x["source"]): x for x in outs})
        with_story = dict(ours)
        with_story.update(lent)
        good2, total2, _, misses = score_times(with_story)
        print(f"  with the story's date lent to {', '.join(k[:3] for k in story_dated)}: {good2}/{total2} ({ratio(good2, total2):.0%})")
        metrics["times"] = ratio(good2, total2)
    else:
        metrics["times"] = ratio(good, total)
    for miss in misses:
        print(f"      missed {miss}")

    # Entities: F1 by QID where the gold has one, else canonical name (strict); and a lenient
    # figure that also accepts an entity outside the knowledge base whose name or mentions equal
    # one of the gold entity's surface forms (a linker cannot invent the gold's English name).
    def entity_scores(lenient):
        tp = fp = fn = 0
        lines = []
        for path in files:
            key = key_of(path)
            g, o = gold[key], ours.get(key) or {}
            gold_entities = g.get("entities", [])
            matched, used = set(), set()
            for index, e in enumerate(o.get("entities", [])):
                forms = {norm(e["name"]).lower()} | {norm(m["text"]).lower() for m in e.get("mentions", [])}
                for ge in gold_entities:
                    k = entity_key(ge)
                    if k in matched:
                        continue
                    same = (ge.get("wikidata") and e.get("wikidata") == ge["wikidata"]) or \
                        norm(e["name"]).lower() == norm(ge["name"]).lower()
                    if not same and lenient and not e.get("wikidata"):
                        same = bool(forms & {norm(a).lower() for a in ge.get("aliases", [])})
                    if same:
                        matched.add(k)
                        used.add(index)
                        break
            t = len(matched)
            tp += t
            fp += len(o.get("entities", [])) - len(used)
            fn += len({entity_key(ge) for ge in gold_entities}) - t
            missing = sorted(ge["name"] for ge in gold_entities if entity_key(ge) not in matched)
            extra = sorted(e["name"] for i, e in enumerate(o.get("entities", [])) if i not in used)
            lines.append(f"  {key[:18]:18} {t}/{len(gold_entities)} found; missing {missing}; extra {extra}")
        p_, r_ = ratio(tp, tp + fp), ratio(tp, tp + fn)
        return (2 * p_ * r_ / (p_ + r_) if p_ + r_ else 0.0), p_, r_, lines

    f1, precision, recall, lines = entity_scores(lenient=False)
    lenient_f1, lenient_p, lenient_r, lenient_lines = entity_scores(lenient=True)
    print("\nENTITIES (strict: QID or canonical name)")
    for line in lines:
        print(line)
    print(f"  precision {precision:.2f}  recall {recall:.2f}  F1 {f1:.2f}")
    print(f"  also matching surface forms of entities outside the knowledge base: "
          f"precision {lenient_p:.2f}  recall {lenient_r:.2f}  F1 {lenient_f1:.2f}")
    metrics["entities_f1"] = f1
    metrics["entities_f1_surface"] = lenient_f1

    # Quotes: speaker and relay chain of each gold quote.
    speaker_good = via_good = total = 0
    print("\nQUOTES")
    for path in files:
        key = key_of(path)
        g, o = gold[key], ours.get(key) or {}
        index = alias_index(g.get("entities", []))
        for q in g.get("quotes", []):
            total += 1
            start = norm(q["starts_with"]).lower()
            hit = next((x for x in o.get("quotes", []) if norm(x["text"]).lower().startswith(start[:40]) or start[:40] in norm(x["text"]).lower()), None)
            speaker_entity = index.get(norm(q["speaker"]).lower())
            ok_speaker = bool(hit and hit.get("speaker") and same_entity(hit["speaker"]["name"], hit["speaker"]["id"], speaker_entity or {"name": q["speaker"], "aliases": []}))
            ok_via = False
            if hit:
                ours_via = hit.get("via", [])
                ok_via = len(ours_via) == len(q["via"]) and all(
                    same_entity(v["name"], v["id"], index.get(norm(w).lower()) or {"name": w, "aliases": []})
                    for v, w in zip(ours_via, q["via"]))
            speaker_good += ok_speaker
            via_good += ok_via
            if not (ok_speaker and ok_via):
                got = (hit or {}).get("speaker") or {}
                print(f"  {key[:12]} {q['starts_with'][:40]!r}: want {q['speaker']} via {q['via']}; got {'no quote' if not hit else got.get('name')} via {[v['name'] for v in (hit or {}).get('via', [])]}")
    print(f"  speakers {speaker_good}/{total} ({ratio(speaker_good, total):.0%})  via chains {via_good}/{total} ({ratio(via_good, total):.0%})")
    metrics["quote_speakers"] = ratio(speaker_good, total)
    metrics["quote_via"] = ratio(via_good, total)

    if stderr.strip():
        print("\nstderr:\n" + stderr.strip())
    print("\nSUMMARY " + "  ".join(f"{k}={v:.2f}" for k, v in metrics.items()))
    failed = False
    for requirement in args.require:
        name, _, minimum = requirement.partition("=")
        if metrics.get(name, 0.0) + 1e-9 < float(minimum):
            print(f"below requirement: {name} {metrics.get(name, 0.0):.2f} < {minimum}")
            failed = True
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Check Samples/gold.json against Samples/articles/.

Run from anywhere:  python3 Samples/validate_gold.py [--lint]

Checks, for every article (a .txt or .html file, or a line of feed.jsonl):
  * a gold entry exists (and no gold entry lacks an article), with exactly the
    expected keys and value types;
  * title / dateline_text occur in the article, published is an ISO date;
  * every boilerplate string is a whole trimmed line of the article's text
    (for HTML: of its visible text, see `visible_lines`);
  * every times[].text occurs in the body, in the listed order, with a
    well-formed TIMEX3/ISO 8601 value, and a weekday named in it matches the
    calendar date of its value;
  * every "<weekday> (d/m[/y])" and "<weekday>, d <month> yyyy" anywhere in the
    article matches the real calendar (read as D/M; an M/D reading must be
    explained in the gold `note`);
  * every entity alias, quote start, quote relay (`via`) and event evidence
    occurs in the body, and a quote start follows an opening quotation mark; quote speakers, event actors and places are entity
    names of the same article;
  * near_duplicate_of / conflicts[].with name existing keys of the same story,
    conflicts are listed on both sides;
  * the body has 250-600 words.
With --lint it also prints capitalised words of the body that no entity alias
covers (for a human to review; not an error).
Exit status 1 on any error.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent
ARTICLES = ROOT / "articles"
GOLD = ROOT / "gold.json"

KEYS = ["title", "outlet", "published", "published_from", "dateline", "dateline_text",
        "story", "thread", "near_duplicate_of", "boilerplate", "times", "entities",
        "quotes", "events", "conflicts"]
OPTIONAL_KEYS = {"note"}
PUBLISHED_FROM = {"stated", "lede", "given", "story", None}
ANCHORS = {"absolute", "publication", "mention"}
ENTITY_TYPES = {"PERSON", "ORG", "GPE", "LOC", "MEDIA", "EVENT"}
EVENT_TYPES = {"MEET", "VISIT", "STATEMENT", "AGREEMENT", "DEPLOYMENT", "ARMS_TRANSFER",
               "MILITARY_ACTION", "WEAPONS_TEST", "THREAT", "ACCUSATION", "CONGRATULATION",
               "SANCTION", "ELECTION", "INAUGURATION", "ECONOMIC_POLICY", "DISASTER",
               "SPORTS_RESULT", "OTHER"}
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
BULAN = {"Januari": 1, "Februari": 2, "Maret": 3, "April": 4, "Mei": 5, "Juni": 6, "Juli": 7,
         "Agustus": 8, "September": 9, "Oktober": 10, "November": 11, "Desember": 12}

DATE = r"\d{4}(-\d{2}(-\d{2})?)?"
VALUE_RE = re.compile(
    "^(" + "|".join([
        DATE + r"(T(\d{2}:\d{2}([+-]\d{2}:\d{2})?|MO|MI|AF|EV|NI))?",   # dates, times, parts of day
        r"\d{4}-W\d{2}(-WE)?",                                          # weeks, weekends
        r"\d{4}-(Q[1-4]|H[12])",                                         # quarters, halves
        r"\d{3}",                                                        # decades (203 = the 2030s)
        r"P(\d+|X)(Y|M|W|D|DE)",                                         # durations
        r"PT(\d+|X)(H|M|S)",
        DATE + "/" + DATE,                                               # ranges 2025-02-18/2025-02-19
        r"PRESENT_REF|PAST_REF|FUTURE_REF",
    ]) + ")$")
QID_RE = re.compile(r"^Q\d+$")
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")

BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "figure",
              "figcaption", "article", "section", "header", "footer", "nav", "main", "aside",
              "table", "tr", "td", "th", "form", "blockquote", "br", "hr", "body", "html",
              "textarea", "button"}
SKIP_TAGS = {"script", "style", "noscript", "head", "template"}


class _Visible(HTMLParser):
    """Visible text of a page, one line per block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        if tag == "meta":
            a = dict(attrs)
            key = a.get("property") or a.get("name")
            if key and "content" in a:
                self.meta[key] = a["content"] or ""
        if tag in SKIP_TAGS:
            self.skip += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible_lines(html: str) -> tuple[list[str], dict[str, str]]:
    """Block elements break lines; inline elements join; whitespace collapses."""
    p = _Visible()
    p.feed(html)
    text = "".join(p.parts)
    lines = [re.sub(r"\s+", " ", l).strip() for l in text.split("\n")]
    return [l for l in lines if l], p.meta


def load_articles() -> dict[str, dict]:
    """key -> {kind, lines, meta, title_field, published_field}"""
    docs: dict[str, dict] = {}
    for path in sorted(ARTICLES.iterdir()):
        if path.suffix == ".txt":
            raw = path.read_text(encoding="utf-8")
            docs[path.stem] = {"kind": "txt", "lines": [l.strip() for l in raw.split("\n")], "meta": {}, "raw": raw}
        elif path.suffix == ".html":
            raw = path.read_text(encoding="utf-8")
            lines, meta = visible_lines(raw)
            docs[path.stem] = {"kind": "html", "lines": lines, "meta": meta, "raw": raw}
        elif path.name == "feed.jsonl":
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                rec = json.loads(line)
                if "html" in rec:
                    lines, meta = visible_lines(rec["html"])
                    kind, raw = "feed-html", rec["html"]
                else:
                    lines, meta = [l.strip() for l in rec["text"].split("\n")], {}
                    kind, raw = "feed-text", rec["text"]
                docs[f"feed.jsonl:{n}"] = {"kind": kind, "lines": lines, "meta": meta, "raw": raw,
                                           "title_field": rec.get("title"),
                                           "published_field": rec.get("published"), "url": rec.get("url")}
    return docs


def match_boilerplate(doc: dict, boilerplate: list[str]) -> list[int] | None:
    """Line indexes of the boilerplate strings, matched in the listed order."""
    lines, at, out = doc["lines"], -1, []
    for b in boilerplate:
        try:
            at = lines.index(b, at + 1)
        except ValueError:
            return None
        out.append(at)
    return out


def body_text(doc: dict, boilerplate: list[str]) -> str:
    """Text lines minus boilerplate.  For HTML the article container is taken to
    run from the first to the last listed boilerplate line (headline ... tags or
    share line); nav, sidebar, comments and footer outside it are not body."""
    idx = match_boilerplate(doc, boilerplate) or []
    skip = set(idx)
    lines = doc["lines"]
    lo, hi = 0, len(lines)
    if doc["kind"] in ("html", "feed-html") and idx:
        lo, hi = idx[0], idx[-1] + 1
    return "\n".join(l for i, l in enumerate(lines[lo:hi], lo) if l and i not in skip)


def weekday_checks(text: str) -> list[tuple[str, bool, bool]]:
    """(match, D/M reading ok, M/D reading ok) for weekday-tagged numeric or written dates."""
    out = []
    for m in re.finditer(r"\b(" + "|".join(HARI) + r")\b,?\s*\(?(\d{1,2})/(\d{1,2})(?:/(\d{4}))?\)?", text):
        day, a, b, y = m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)
        years = [int(y)] if y else [2023, 2024, 2025]

        def ok(d, mo):
            for yy in years:
                try:
                    if HARI[dt.date(yy, mo, d).weekday()] == day:
                        return True
                except ValueError:
                    pass
            return False
        out.append((m.group(0), ok(a, b), ok(b, a)))
    for m in re.finditer(r"\b(" + "|".join(HARI) + r"),\s*(\d{1,2})\s+(" + "|".join(BULAN) + r"|Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Sep|Okt|Nov|Des)\s+(\d{4})", text):
        day, d, mon, y = m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
        mo = BULAN.get(mon) or next(v for k, v in BULAN.items() if k.startswith(mon[:3]))
        good = HARI[dt.date(y, mo, d).weekday()] == day
        out.append((m.group(0), good, False))
    return out


def contains_word(hay: str, needle: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", hay) is not None


def main() -> int:
    lint = "--lint" in sys.argv
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    docs = load_articles()
    errors: list[str] = []

    def err(key, msg):
        errors.append(f"{key}: {msg}")

    for key in docs:
        if key not in gold:
            err(key, "article has no gold entry")
    for key in gold:
        if key not in docs:
            err(key, "gold entry has no article")

    for key, g in gold.items():
        if key not in docs:
            continue
        doc = docs[key]
        missing = [k for k in KEYS if k not in g]
        extra = [k for k in g if k not in KEYS and k not in OPTIONAL_KEYS]
        if missing or extra:
            err(key, f"keys missing {missing} extra {extra}")
            continue
        lines = doc["lines"]
        raw_all = "\n".join(lines)
        # --- metadata
        if g["title"] is not None:
            if doc["kind"] in ("txt", "feed-text"):
                if g["title"] not in lines and g["title"] != doc.get("title_field"):
                    err(key, f"title not a line: {g['title']!r}")
            else:
                t_ok = g["title"] in lines or g["title"] == doc["meta"].get("og:title") or g["title"] == doc.get("title_field")
                if not t_ok:
                    err(key, f"title not found: {g['title']!r}")
            if doc.get("title_field") is not None and g["title"] != doc["title_field"]:
                err(key, "title differs from the feed's title field")
        if g["published"] is not None and not ISO_DAY.match(g["published"]):
            err(key, f"published not ISO: {g['published']}")
        if g["published_from"] not in PUBLISHED_FROM:
            err(key, f"bad published_from {g['published_from']}")
        if (g["published"] is None) != (g["published_from"] is None):
            err(key, "published and published_from must both be null or both set")
        if doc["kind"].startswith("feed") and g["published_from"] != "given":
            err(key, "feed lines carry a published field: published_from should be 'given'")
        if doc.get("published_field") and g["published"] != doc["published_field"][:10]:
            err(key, "published differs from the feed's published field")
        if doc["kind"] == "html" and doc["meta"].get("article:published_time", "")[:10] != g["published"]:
            err(key, "published differs from article:published_time")
        if g["dateline_text"] is not None and g["dateline_text"] not in raw_all:
            err(key, f"dateline_text not found: {g['dateline_text']!r}")
        if g["dateline"] is not None and g["dateline_text"] is None:
            err(key, "dateline without dateline_text")
        if g["near_duplicate_of"] is not None:
            o = g["near_duplicate_of"]
            if o not in gold:
                err(key, f"near_duplicate_of unknown key {o}")
            elif gold[o]["story"] != g["story"]:
                err(key, "near duplicate of an article of another story")
        if not g["story"] or not g["thread"]:
            err(key, "story and thread must be set")
        # --- boilerplate
        for b in g["boilerplate"]:
            if b != b.strip() or b not in lines:
                err(key, f"boilerplate not a whole trimmed line: {b!r}")
        if all(b in lines for b in g["boilerplate"]) and match_boilerplate(doc, g["boilerplate"]) is None:
            err(key, "boilerplate lines are not listed in document order")
        body = body_text(doc, g["boilerplate"])
        words = len(body.split())
        if not 250 <= words <= 600:
            err(key, f"body has {words} words (want 250-600)")
        # --- times
        pos = 0
        for t in g["times"]:
            if set(t) - {"text", "value", "anchor"} or not {"text", "value", "anchor"} <= set(t):
                err(key, f"time keys {sorted(t)}")
                continue
            i = body.find(t["text"], pos)
            if i < 0:
                where = "not in body" if t["text"] not in body else "out of order"
                err(key, f"time {t['text']!r} {where}")
            else:
                pos = i + len(t["text"])
            if not VALUE_RE.match(t["value"]):
                err(key, f"time value malformed: {t['value']!r}")
            if t["anchor"] not in ANCHORS:
                err(key, f"time anchor bad: {t['anchor']!r}")
            m = re.match(r"^(?:hari\s+)?(" + "|".join(HARI) + r")\b", t["text"], re.I)
            if m and re.match(r"^\d{4}-\d{2}-\d{2}", t["value"]):
                d = dt.date.fromisoformat(t["value"][:10])
                if HARI[d.weekday()].lower() != m.group(1).lower():
                    err(key, f"weekday of {t['text']!r} is not that of {t['value']}")
        # --- weekday/date pairs anywhere in the article
        for text_, dm_ok, md_ok in weekday_checks(doc["raw"] if doc["kind"] in ("txt", "feed-text") else raw_all):
            if not dm_ok:
                if md_ok and "M/D" in (g.get("note") or ""):
                    continue
                err(key, f"weekday does not match the calendar: {text_!r}")
        # --- entities
        names = set()
        for e in g["entities"]:
            if set(e) != {"name", "wikidata", "type", "aliases"}:
                err(key, f"entity keys {sorted(e)}")
                continue
            if e["name"] in names:
                err(key, f"duplicate entity {e['name']}")
            names.add(e["name"])
            if e["type"] not in ENTITY_TYPES:
                err(key, f"entity type {e['type']}")
            if e["wikidata"] is not None and not QID_RE.match(e["wikidata"]):
                err(key, f"bad QID {e['wikidata']}")
            if not e["aliases"]:
                err(key, f"entity {e['name']} without aliases")
            for a in e["aliases"]:
                if not contains_word(body, a):
                    err(key, f"alias {a!r} of {e['name']} not in body")
        # --- quotes
        for q in g["quotes"]:
            if not {"speaker", "starts_with", "via"} <= set(q) or set(q) - {"speaker", "starts_with", "via", "note", "co_speakers"}:
                err(key, f"quote keys {sorted(q)}")
                continue
            if q["speaker"] not in names:
                err(key, f"quote speaker {q['speaker']!r} not an entity")
            i = body.find(q["starts_with"])
            if i < 0:
                err(key, f"quote start not in body: {q['starts_with']!r}")
            elif (i == 0 or body[i - 1] not in '"“‘\'') and "without quotation marks" not in q.get("note", ""):
                err(key, f"quote start does not follow a quotation mark: {q['starts_with']!r}")
            for v in q["via"]:
                if v not in body:
                    err(key, f"quote relay {v!r} not in body")
        # --- events
        for ev in g["events"]:
            if not {"type", "date", "actors", "place", "evidence"} <= set(ev) or set(ev) - {"type", "date", "actors", "place", "evidence", "note", "target"}:
                err(key, f"event keys {sorted(ev)}")
                continue
            if ev["type"] not in EVENT_TYPES:
                err(key, f"event type {ev['type']}")
            if ev["date"] is not None and not VALUE_RE.match(ev["date"]):
                err(key, f"event date malformed {ev['date']}")
            for a in ev["actors"]:
                if a not in names:
                    err(key, f"event actor {a!r} not an entity")
            if ev["place"] is not None and ev["place"] not in names:
                err(key, f"event place {ev['place']!r} not an entity")
            if ev.get("target") is not None and ev["target"] not in names:
                err(key, f"event target {ev['target']!r} not an entity")
            if ev["evidence"] not in body:
                err(key, f"evidence not in body: {ev['evidence'][:60]!r}")
        # --- conflicts
        for c in g["conflicts"]:
            if set(c) != {"with", "about"}:
                err(key, f"conflict keys {sorted(c)}")
                continue
            if c["with"] not in gold:
                err(key, f"conflict with unknown key {c['with']}")
                continue
            if gold[c["with"]]["story"] != g["story"]:
                err(key, f"conflict with {c['with']} of another story")
            if not any(x["with"] == key for x in gold[c["with"]]["conflicts"]):
                err(key, f"conflict with {c['with']} not listed on the other side")
        if lint:
            covered = set()
            for e in g["entities"]:
                for a in e["aliases"]:
                    covered.update(a.split())
            caps = set(re.findall(r"\b[A-Z][\w\-]+", body)) - covered
            print(f"[lint] {key}: {' '.join(sorted(caps))}")

    conflicts = sum(len(g.get("conflicts", [])) for g in gold.values())
    if conflicts < 3:
        errors.append(f"only {conflicts} conflicts")
    for e in errors:
        print("ERROR", e)
    n = len(gold)
    kinds = {}
    for k, d in docs.items():
        kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
    print(f"{n} gold entries; articles by kind {kinds}; "
          f"{sum(len(g['times']) for g in gold.values())} times, "
          f"{sum(len(g['entities']) for g in gold.values())} entities, "
          f"{sum(len(g['quotes']) for g in gold.values())} quotes, "
          f"{sum(len(g['events']) for g in gold.values())} events, "
          f"{sum(1 for g in gold.values() if g['near_duplicate_of'])} near-duplicates, "
          f"{conflicts} conflict entries; {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generates the stemmer's test list: derived Indonesian words and their roots.

The list is built from the rules of Indonesian affixation and checked against
hunspell-id's own affix data, so it does not come from the stemmer under test:

 1. For every root in Resources/stemmer/root-words.txt, apply the affixes of
    standard Indonesian with their sound changes (meN- + pukul -> memukul,
    peN- + sapu -> penyapu, ber- + renang -> berenang, per-/-an, ke-/-an,
    meN-/-kan, di-/-i, memper-, -nya, -lah, ...).
 2. Keep a generated word only if hunspell (with Debian's id_ID, whose affix
    flags say which affixes each root takes) accepts it and gives exactly one
    stem, and that stem is the root it was made from. This drops impossible
    words (*menrumah) and words with two readings.
 3. Keep it only if the word is not itself in the root list (then its
    expected stem would be the word).
 4. Draw a fixed-seed sample per affix pattern, add roots that look affixed but
    are words in their own right (`berita`, `pelajar`: the stemmer must leave
    them alone), reduplications, and the hand-written cases from the issue.

Output: Tests/LinimasaIndonesianTests/Fixtures/stemmer-cases.tsv with columns
word, expected root, and where the case came from (the affix pattern, `root`,
`redup` or `issue`). Rerun only to regenerate the list; the test reads the
committed file.

Usage: python3 Scripts/build-stemmer-cases.py   (needs the hunspell and hunspell-id packages)
"""
import os
import random
import subprocess
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOTS = os.path.join(HERE, "..", "Sources", "LinimasaIndonesian", "Resources", "stemmer", "root-words.txt")
OUT = os.path.join(HERE, "..", "Tests", "LinimasaIndonesianTests", "Fixtures", "stemmer-cases.tsv")
VOWELS = set("aiueo")
PER_PATTERN = 70
SEED = 20240601

# Hand-written cases named in issue 6, with the roots a reader of KBBI gives.
ISSUE_CASES = [
    ("mengunjungi", "kunjung"), ("kunjungan", "kunjung"), ("kunjungi", "kunjung"), ("menyerang", "serang"),
    ("pertemuan", "temu"), ("bertemu", "temu"), ("penandatanganan", "tandatangan"),
    ("menandatangani", "tandatangan"), ("memperkuat", "kuat"), ("diperkuat", "kuat"),
    ("meratifikasi", "ratifikasi"), ("pengiriman", "kirim"), ("mengirimkan", "kirim"), ("peluncuran", "luncur"),
    ("meluncurkan", "luncur"), ("kekuatan", "kuat"), ("persahabatan", "sahabat"), ("bersahabat", "sahabat"),
    ("pemerintah", "perintah"), ("pemerintahan", "perintah"), ("menyerukan", "seru"), ("seruan", "seru"),
    ("pernyataan", "nyata"), ("menyatakan", "nyata"), ("keamanan", "aman"), ("perekonomian", "ekonomi"),
    ("berpusat", "pusat"), ("ditingkatkan", "tingkat"), ("peningkatan", "tingkat"), ("memasok", "pasok"),
    ("pasokan", "pasok"), ("menuduh", "tuduh"), ("tuduhan", "tuduh"), ("mengecam", "kecam"),
    ("kecaman", "kecam"), ("kemenangan", "menang"), ("bencana", "bencana"), ("kemerdekaan", "merdeka"),
    # Particles, possessives and reduplication.
    ("kunjungannya", "kunjung"), ("bukankah", "bukan"), ("apapun", "apa"), ("rumahku", "rumah"),
    ("bukumu", "buku"), ("anak-anak", "anak"), ("negara-negara", "negara"), ("kata-katanya", "kata"),
    ("berbalas-balasan", "balas"), ("sebaik-baiknya", "baik"), ("meniru-nirukan", "tiru"),
    ("bolak-balik", "bolak-balik"),
    # Short words and words that are not Indonesian roots stay as they are.
    ("di", "di"), ("dan", "dan"), ("jakarta", "jakarta"), ("covid", "covid"),
]


def nasal(prefix, root):
    """meN-/peN- + root with the standard sound changes; None where the change is not regular."""
    c = root[0]
    two = root[:2]
    if two in ("ny", "ng") or c in "lmnrwy":
        return prefix + root
    if two == "sy":
        return prefix + "n" + root
    if c in VOWELS or c in "ghq":
        return prefix + "ng" + root
    if c == "k":
        return prefix + "ng" + root[1:] if root[1:2] in VOWELS else prefix + "ng" + root
    if c in "bfv":
        return prefix + "m" + root
    if c == "p":
        return prefix + "m" + root[1:] if root[1:2] in VOWELS else prefix + "m" + root
    if c in "cdjz":
        return prefix + "n" + root
    if c == "t":
        return prefix + "n" + root[1:] if root[1:2] in VOWELS else prefix + "n" + root
    if c == "s":
        return prefix + "ny" + root[1:] if root[1:2] in VOWELS else prefix + "n" + root
    return None


def r_prefix(prefix, root):
    """ber-/ter-/per- lose their r before a root starting with r."""
    return prefix[:-1] + root if root[0] == "r" else prefix + root


def forms(root):
    """(pattern, word) pairs for one root."""
    out = []
    me = nasal("me", root)
    pe = nasal("pe", root)
    if me:
        out += [("meN-", me), ("meN-kan", me + "kan"), ("meN-i", me + "i"), ("meN-kan-nya", me + "kannya")]
    if pe:
        out += [("peN-", pe), ("peN-an", pe + "an"), ("peN-an-nya", pe + "annya")]
    out += [
        ("di-", "di" + root), ("di-kan", "di" + root + "kan"), ("di-i", "di" + root + "i"),
        ("ber-", r_prefix("ber", root)), ("ber-an", r_prefix("ber", root) + "an"),
        ("ter-", r_prefix("ter", root)), ("ter-kan", r_prefix("ter", root) + "kan"),
        ("per-an", r_prefix("per", root) + "an"), ("ke-an", "ke" + root + "an"), ("se-", "se" + root),
        ("memper-", r_prefix("memper", root)), ("memper-kan", r_prefix("memper", root) + "kan"),
        ("diper-", r_prefix("diper", root)), ("diper-kan", r_prefix("diper", root) + "kan"),
        ("-an", root + "an"), ("-kan", root + "kan"), ("-i", root + "i"), ("-nya", root + "nya"),
        ("-an-nya", root + "annya"), ("-lah", root + "lah"), ("-kah", root + "kah"), ("-pun", root + "pun"),
        ("-ku", root + "ku"), ("-mu", root + "mu"), ("di-kan-lah", "di" + root + "kanlah"),
        ("ke-an-nya", "ke" + root + "annya"),
    ]
    return out


def hunspell_stems(words):
    proc = subprocess.run(["hunspell", "-d", "/usr/share/hunspell/id_ID", "-s"], input="\n".join(words) + "\n",
                          capture_output=True, text=True, encoding="iso-8859-1")
    stems = defaultdict(set)
    for line in proc.stdout.splitlines():
        parts = line.split()
        if len(parts) == 2:
            stems[parts[0]].add(parts[1])
    return stems


def main():
    with open(ROOTS, encoding="utf-8") as f:
        roots = [w for w in f.read().split("\n") if w and not w.startswith("#")]
    root_set = set(roots)
    candidates = []
    for root in roots:
        if len(root) < 4:
            continue
        for pattern, word in forms(root):
            if word not in root_set:
                candidates.append((pattern, word, root))
    stems = hunspell_stems(sorted({w for _, w, _ in candidates}))
    by_pattern = defaultdict(list)
    seen = set()
    for pattern, word, root in candidates:
        if stems.get(word) == {root} and word not in seen:
            seen.add(word)
            by_pattern[pattern].append((word, root))

    rng = random.Random(SEED)
    rows = [(w, r, "issue") for w, r in ISSUE_CASES]
    taken = {w for w, _, _ in rows}
    for pattern in sorted(by_pattern):
        pool = sorted(by_pattern[pattern])
        for word, root in rng.sample(pool, min(PER_PATTERN, len(pool))):
            if word not in taken:
                rows.append((word, root, pattern))
                taken.add(word)
    # Roots that look affixed: the stemmer must leave them whole.
    look_affixed = sorted(w for w in roots if len(w) > 5 and (
        w[:3] in ("ber", "ter", "per", "pen", "pem", "men", "mem") or w[:2] in ("di", "ke", "se")
        or w.endswith(("kan", "an", "nya", "lah"))))
    for word in rng.sample(look_affixed, 150):
        if word not in taken:
            rows.append((word, word, "root"))
            taken.add(word)
    # Reduplications of roots, plain and with -nya.
    for root in rng.sample([r for r in roots if len(r) >= 4], 40):
        for word in (f"{root}-{root}", f"{root}-{root}nya"):
            if word not in taken:
                rows.append((word, root, "redup"))
                taken.add(word)

    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Indonesian words and their expected roots, for StemmerTests.\n")
        f.write("# Generated by Scripts/build-stemmer-cases.py: derived forms of hunspell-id roots (LGPL-3),\n")
        f.write("# kept only where hunspell's affix data gives the same single root; plus hand-written cases.\n")
        f.write("# Fields: word <TAB> expected root <TAB> source (affix pattern, root, redup or issue).\n")
        for word, root, source in rows:
            f.write(f"{word}\t{root}\t{source}\n")
    counts = defaultdict(int)
    for _, _, source in rows:
        counts[source] += 1
    print(f"wrote {len(rows)} cases to {os.path.relpath(OUT)}")
    print(", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()

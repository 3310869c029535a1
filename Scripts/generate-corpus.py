#!/usr/bin/env python3
"""Generates a large corpus of templated Indonesian news articles as JSON Lines, for benchmarks.

Articles come in stories: two to six outlets report one event (a meeting, a visit, an agreement,
a missile test, a condemnation, a congratulation) with its actors, place and date, in their own
words; some are syndicated copies. Each article also recalls an earlier event, quotes someone and
gives numbers, so every extractor and the timeline have work. Deterministic for a given --seed.

    Scripts/generate-corpus.py --articles 100000 > /tmp/corpus.jsonl
"""
import argparse
import datetime
import json
import random
import sys

PEOPLE = [
    ("Prabowo Subianto", "Presiden", "Indonesia", "Jakarta"),
    ("Joko Widodo", "mantan Presiden", "Indonesia", "Jakarta"),
    ("Anwar Ibrahim", "Perdana Menteri", "Malaysia", "Kuala Lumpur"),
    ("Kim Jong Un", "pemimpin", "Korea Utara", "Pyongyang"),
    ("Vladimir Putin", "Presiden", "Rusia", "Moskwa"),
    ("Emmanuel Macron", "Presiden", "Prancis", "Paris"),
    ("Xi Jinping", "Presiden", "China", "Beijing"),
    ("Joe Biden", "Presiden", "Amerika Serikat", "Washington"),
    ("Lawrence Wong", "Perdana Menteri", "Singapura", "Singapura"),
    ("Narendra Modi", "Perdana Menteri", "India", "New Delhi"),
    ("Recep Tayyip Erdogan", "Presiden", "Turki", "Ankara"),
    ("Anthony Albanese", "Perdana Menteri", "Australia", "Canberra"),
]
OUTLETS = [
    ("Kompas.com", "KOMPAS.com", "https://www.kompas.com/berita"),
    ("Antara", "ANTARA", "https://www.antaranews.com/berita"),
    ("detikcom", "detikcom", "https://news.detik.com/berita"),
    ("CNN Indonesia", "CNN Indonesia", "https://www.cnnindonesia.com/internasional"),
    ("Tempo.co", "TEMPO.CO", "https://www.tempo.co/internasional"),
    ("Liputan6.com", "Liputan6.com", "https://www.liputan6.com/global"),
    ("SINDOnews.com", "SINDOnews.com", "https://international.sindonews.com/read"),
    ("Metrotvnews.com", "Metrotvnews.com", "https://www.metrotvnews.com/read"),
]
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]

# (kind, lead sentences: several wordings of one event)
EVENTS = [
    ("MEET", [
        "{A} bertemu dengan {B} di {place}, {day}.",
        "{A} mengadakan pertemuan bilateral dengan {B} di {place}, {day}.",
        "{A} dan {B} bertemu di {place} pada {day} untuk membahas kerja sama kedua negara.",
    ]),
    ("VISIT", [
        "{A} mengunjungi {placeB}, {day}, atas undangan {B}.",
        "{A} melakukan kunjungan kenegaraan ke {placeB} pada {day} dan disambut {B}.",
        "{A} tiba di {placeB} pada {day} untuk kunjungan resmi selama dua hari.",
    ]),
    ("AGREEMENT", [
        "{A} dan {B} menandatangani perjanjian kerja sama ekonomi di {place}, {day}.",
        "Indonesia dan mitranya meneken {n} dokumen kerja sama yang disaksikan {A} dan {B} di {place}, {day}.",
        "{A} bersama {B} meratifikasi perjanjian kemitraan strategis di {place} pada {day}.",
    ]),
    ("WEAPONS_TEST", [
        "{countryA} meluncurkan rudal balistik ke arah laut lepas pada {day}, kata militer {countryB}.",
        "Militer {countryB} menyebut {countryA} menembakkan {n} rudal jarak pendek pada {day}.",
        "{countryA} kembali menguji coba rudal pada {day}, yang diawasi langsung oleh {A}.",
    ]),
    ("ACCUSATION", [
        "{A} menuduh {countryB} memperkeruh situasi kawasan, {day}.",
        "{A} mengecam latihan militer {countryB} dalam pidatonya pada {day}.",
        "Pemerintah {countryA} melalui {A} mengecam keras sikap {countryB} pada {day}.",
    ]),
    ("CONGRATULATION", [
        "{A} mengucapkan selamat kepada {B} atas ulang tahunnya, {day}.",
        "{A} menyampaikan ucapan selamat kepada {B} melalui sepucuk surat pada {day}.",
        "Dalam pesan yang dikirim {day}, {A} memberi selamat kepada {B}.",
    ]),
]
QUOTES = [
    '"Hubungan kedua negara akan terus kami perkuat demi perdamaian kawasan," kata {A}.',
    '"Kami sepakat memperluas kerja sama di bidang perdagangan dan pertahanan," ujar {A} kepada wartawan.',
    '"Ini adalah langkah penting bagi stabilitas kawasan," kata {A} seperti dikutip kantor berita {outletQ}.',
    'Menurut {A}, kedua pihak "berkomitmen menjaga dialog" di tengah ketegangan global.',
]
BACKGROUND = [
    "Pertemuan itu menyusul kunjungan {A} ke {placeB} pada {month} {year}.",
    "Kedua pemimpin terakhir kali bertemu di {place} pada {month} {year}.",
    "Nilai perdagangan kedua negara mencapai {n} miliar dolar AS tahun lalu, naik {p} persen.",
    "Sebelumnya, {A} menyatakan akan menghadiri KTT di {place} pekan depan.",
    "Sebanyak {n} delegasi ikut dalam rombongan, termasuk sejumlah menteri dan pengusaha.",
]


def day_phrase(date, rng):
    weekday = WEEKDAYS[date.weekday()]
    style = rng.randrange(3)
    if style == 0:
        return f"{weekday} ({date.day}/{date.month}/{date.year})"
    if style == 1:
        return f"{weekday}, {date.day} {MONTHS[date.month - 1]} {date.year}"
    return f"{weekday} ({date.day}/{date.month})"


def article(event_date, published, kind, templates, a, b, outlet, rng, copy_of=None):
    name_a, title_a, country_a, city_a = a
    name_b, title_b, country_b, city_b = b
    place = rng.choice([city_a, city_b, "Jakarta", "Bali", "Singapura"])
    values = {
        "A": f"{title_a} {name_a}", "B": f"{title_b} {name_b}", "countryA": country_a, "countryB": country_b,
        "place": place, "placeB": city_b, "day": day_phrase(event_date, rng), "n": rng.randrange(2, 40),
        "p": rng.randrange(2, 30), "outletQ": rng.choice(["KCNA", "Reuters", "AFP", "Xinhua", "Bernama"]),
        "month": MONTHS[rng.randrange(12)], "year": event_date.year - rng.randrange(1, 4),
    }
    if copy_of:
        return copy_of
    lead = rng.choice(templates).format(**values)
    body = [f"{city_a.upper()}, {outlet[1]} - {lead}"]
    body.append(rng.choice(QUOTES).format(**values))
    for sentence in rng.sample(BACKGROUND, 2):
        body.append(sentence.format(**values))
    title = lead.split(",")[0].split(" pada ")[0]
    return {"title": title[:110], "text": "\n\n".join(body)}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--start", default="2019-01-01")
    parser.add_argument("--days", type=int, default=2_500)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    start = datetime.date.fromisoformat(args.start)
    written = 0
    story = 0
    out = sys.stdout
    while written < args.articles:
        story += 1
        kind, templates = rng.choice(EVENTS)
        a, b = rng.sample(PEOPLE, 2)
        event_date = start + datetime.timedelta(days=rng.randrange(args.days))
        reports = rng.randrange(2, 7)
        outlets = rng.sample(OUTLETS, min(reports, len(OUTLETS)))
        first = None
        for index, outlet in enumerate(outlets):
            if written >= args.articles:
                break
            published = event_date + datetime.timedelta(days=rng.choice([0, 0, 0, 1, 1, 2]))
            syndicated = first is not None and rng.random() < 0.1
            item = article(event_date, published, kind, templates, a, b, outlet, rng, copy_of=first if syndicated else None)
            first = first or item
            record = {
                "url": f"{outlet[2]}/{published.isoformat()}/{story}-{index}",
                "title": item["title"] if not syndicated else item["title"] + " (" + outlet[0] + ")",
                "published": published.isoformat(),
                "text": item["text"],
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1


if __name__ == "__main__":
    main()

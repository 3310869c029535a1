#!/usr/bin/env python3
"""Generates the iso-codes parts of linimasa's knowledge base.

Reads Debian's iso-codes (LGPL-2.1-or-later): the ISO 3166-1 and 3166-2 JSON
files and their Indonesian translations (gettext catalogues), and writes

  Sources/LinimasaIndonesian/Resources/kb/iso-countries.tsv
  Sources/LinimasaIndonesian/Resources/kb/iso-subdivisions.tsv

in the knowledge-base format described in kb/README.md. The output is
committed, so building linimasa never needs python or iso-codes.
Curated names (Korut, Tiongkok, capitals, leaders...) live in the
kb/curated-*.tsv files, which merge onto these rows by id.

Usage: python3 Scripts/build-kb.py [--iso-dir /usr/share/iso-codes/json]
                                   [--locale-dir /usr/share/locale]
"""
import argparse
import gettext
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Sources", "LinimasaIndonesian", "Resources", "kb")

# English names used by news (and by English Wikipedia) where ISO's differ.
CANONICAL = {
    "BO": "Bolivia", "BN": "Brunei", "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo",
    "CZ": "Czech Republic", "FM": "Federated States of Micronesia", "GB": "United Kingdom", "IR": "Iran",
    "KP": "North Korea", "KR": "South Korea", "LA": "Laos", "MD": "Moldova", "PS": "State of Palestine",
    "RU": "Russia", "SY": "Syria", "TW": "Taiwan", "TZ": "Tanzania", "VE": "Venezuela", "VN": "Vietnam",
    "US": "United States", "VA": "Vatican City", "CI": "Ivory Coast", "TR": "Turkey", "NL": "Netherlands",
    "KN": "Saint Kitts and Nevis", "LC": "Saint Lucia", "VC": "Saint Vincent and the Grenadines",
    "MK": "North Macedonia", "SZ": "Eswatini", "CV": "Cape Verde", "TL": "East Timor", "MM": "Myanmar",
    "KY": "Cayman Islands", "FK": "Falkland Islands", "BS": "The Bahamas", "GM": "The Gambia",
}

# Wikidata items of countries, only those we are certain of.
QID = {
    "US": "Q30", "RU": "Q159", "KP": "Q423", "KR": "Q884", "JP": "Q17", "UA": "Q212", "PE": "Q419",
    "CN": "Q148", "ID": "Q252", "IN": "Q668", "DE": "Q183", "FR": "Q142", "GB": "Q145", "IT": "Q38",
    "ES": "Q29", "CA": "Q16", "AU": "Q408", "BR": "Q155", "MX": "Q96", "IR": "Q794", "IQ": "Q796",
    "IL": "Q801", "SA": "Q851", "TR": "Q43", "EG": "Q79", "MY": "Q833", "SG": "Q334", "TH": "Q869",
    "VN": "Q881", "PH": "Q928", "PK": "Q843", "AF": "Q889", "SY": "Q858", "AR": "Q414", "CL": "Q298",
    "CO": "Q739", "VE": "Q717", "TW": "Q865", "PL": "Q36", "NL": "Q55", "BE": "Q31", "CH": "Q39",
    "AT": "Q40", "SE": "Q34", "NO": "Q20", "DK": "Q35", "FI": "Q33", "IE": "Q27", "PT": "Q45",
    "GR": "Q41", "HU": "Q28", "CZ": "Q213", "RO": "Q218", "BG": "Q219", "BY": "Q184", "NZ": "Q664",
    "NG": "Q1033", "ZA": "Q258", "KE": "Q114", "ET": "Q115", "MA": "Q1028", "DZ": "Q262", "TN": "Q948",
    "LY": "Q1016", "SD": "Q1049", "LB": "Q822", "JO": "Q810", "QA": "Q846", "AE": "Q878", "KW": "Q817",
    "OM": "Q842", "YE": "Q805", "BH": "Q398", "KH": "Q424", "LA": "Q819", "MM": "Q836", "BN": "Q921",
    "TL": "Q574", "MN": "Q711", "KZ": "Q232", "BD": "Q902", "LK": "Q854", "NP": "Q837", "CU": "Q241",
    "EE": "Q191", "LV": "Q211", "LT": "Q37", "GE": "Q230", "AM": "Q399", "AZ": "Q227", "RS": "Q403",
    "HR": "Q224", "SI": "Q215", "SK": "Q214", "IS": "Q189", "LU": "Q32", "CY": "Q229", "MT": "Q233",
    "VA": "Q237",
}

# Subdivisions of these countries, and only of these types: real actors in news.
SUBDIVISIONS = {
    "ID": None, "US": {"State", "District"}, "RU": None, "UA": None, "KR": None, "KP": None, "JP": None,
    "CN": None, "IN": None, "MY": None, "AU": None, "DE": None, "SY": None, "PS": None, "TH": None,
    "VN": None, "CA": None, "BR": None, "MX": None, "TR": None, "SA": None, "IQ": None, "AF": None,
    "PK": None, "MM": None, "EG": None, "LB": None, "YE": None, "IR": None, "PH": {"Province"},
    "GB": {"Country", "Province"}, "IT": {"Region", "Autonomous region"}, "ES": {"Autonomous community"},
    "FR": {"Metropolitan region"}, "KZ": None, "BY": None, "GE": None, "TW": None, "TL": None,
    "BN": None, "SG": None, "KH": None, "LA": None, "BD": None, "AE": None, "QA": None,
}

# Subdivision names that are also common words in Indonesian or English news text.
BLOCKED = {"Delta", "Rivers", "Gulf", "Chin", "Shan", "Batman", "Perak", "Aurora", "Laguna", "Samar", "Manus",
           "Abra", "Ordu", "Kars", "Enga", "Hela", "Saga", "Goa", "Bago", "Trang", "Yala", "Surin", "Capiz"}

# Suffixes of romanised subdivision names that news leaves out ("Seoul-teukbyeolsi" -> "Seoul").
SUFFIXES = [
    "-teukbyeolsi", "-gwangyeoksi", "-teukbyeoljachido", "-teukbyeoljachisi", "-do", " Sheng", " Shi",
    " Zizhiqu", " Huizu Zizhiqu", " Zhuangzu Zizhiqu", " Weiwu'er Zizhiqu", " oblast", ", Respublika",
    " kraj", " oblast'", "-ken", "-namdo", "-bukto", "-si",
]


def clean(text):
    return re.sub(r"\s+", " ", text.replace("\t", " ")).strip()


def row(id_, qid, type_, name, aliases, description, country=""):
    seen = []
    for alias in aliases:
        alias = clean(alias)
        if alias and alias not in seen and alias != name:
            seen.append(alias)
    return "\t".join([id_, qid, type_, name, "|".join(seen), clean(description), country])


HEADER = """# linimasa knowledge base: GENERATED by Scripts/build-kb.py from Debian iso-codes
# ({source}), LGPL-2.1-or-later. Do not edit: add names in kb/curated-*.tsv (rows with the same id merge).
# Fields: id, qid, type, name, aliases (|), description, country, offices (see kb/README.md).
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--iso-dir", default="/usr/share/iso-codes/json")
    parser.add_argument("--locale-dir", default="/usr/share/locale")
    args = parser.parse_args()

    countries = json.load(open(os.path.join(args.iso_dir, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]
    t1 = gettext.translation("iso_3166-1", localedir=args.locale_dir, languages=["id"])
    lines = [HEADER.format(source="iso_3166-1.json + id/iso_3166-1.mo")]
    names = {}
    for c in sorted(countries, key=lambda c: c["alpha_2"]):
        code = c["alpha_2"]
        english = CANONICAL.get(code) or c.get("common_name") or c["name"]
        names[code] = english
        aliases = [c["name"], c.get("common_name", ""), c.get("official_name", "")]
        for key in ("name", "common_name", "official_name"):
            if c.get(key):
                aliases.append(t1.gettext(c[key]))
        indonesian = t1.gettext(c.get("common_name") or c["name"])
        description = "country" + ("" if indonesian == english else f" ({indonesian})") + f", ISO {code}"
        lines.append(row(code.lower(), QID.get(code, ""), "GPE", english, aliases, description))
    write("iso-countries.tsv", lines)

    subdivisions = json.load(open(os.path.join(args.iso_dir, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]
    t2 = gettext.translation("iso_3166-2", localedir=args.locale_dir, languages=["id"])
    lines = [HEADER.format(source="iso_3166-2.json + id/iso_3166-2.mo")]
    for s in subdivisions:
        country = s["code"][:2]
        if country not in SUBDIVISIONS:
            continue
        types = SUBDIVISIONS[country]
        if types is not None and s["type"] not in types:
            continue
        name = clean(re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", s["name"]))
        aliases = [s["name"], t2.gettext(s["name"])]
        short = name
        for suffix in SUFFIXES:
            if short.endswith(suffix) and len(short) > len(suffix) + 2:
                short = short[: -len(suffix)]
        if short != name and len(short) >= 4:
            aliases.append(short)
        if len(name) < 4 or name in BLOCKED:
            continue
        description = f"{s['type'].lower()} of {names[country]}, ISO {s['code']}"
        lines.append(row(s["code"].lower(), "", "GPE", name, aliases, description, country.lower()))
    write("iso-subdivisions.tsv", lines)


def write(name, lines):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(lines[0])
        f.write("\n".join(lines[1:]) + "\n")
    print(f"{name}: {len(lines) - 1} entries")


if __name__ == "__main__":
    main()

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
    them alone), reduplications, the cases named in the issue, and ~570
    frequent news words with the roots a reader of KBBI gives them (`hand`).

Output: Tests/LinimasaIndonesianTests/Fixtures/stemmer-cases.tsv with columns
word, expected root, and where the case came from (the affix pattern, `root`,
`redup`, `issue` or `hand`). Rerun only to regenerate the list; the test reads the
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

# Frequent news words and their roots, written by hand ("word root" pairs); `hand` in the output.
HAND_CASES = """
menjadi jadi, mengatakan kata, melakukan laku, memberikan beri, mendapatkan dapat, menggunakan guna,
menunjukkan tunjuk, mengalami alami, meningkatkan tingkat, menyampaikan sampai, mengikuti ikut,
membuat buat, membawa bawa, menerima terima, menemukan temu, menentukan tentu, menghadapi hadap,
mengambil ambil, menyebabkan sebab, menyebut sebut, menjelaskan jelas, mengungkapkan ungkap,
menambahkan tambah, mengharapkan harap, menyelesaikan selesai, membangun bangun, mengembangkan kembang,
memperoleh oleh, mempertahankan tahan, memperhatikan hati, memastikan pasti, memutuskan putus,
menolak tolak, menangkap tangkap, menahan tahan, menembak tembak, menewaskan tewas,
mengevakuasi evakuasi, mengungsi ungsi, menyelamatkan selamat, membunuh bunuh, melukai luka,
meninggal tinggal, meninggalkan tinggal, mengancam ancam, menyerbu serbu, menduduki duduk,
mengepung kepung, mengebom bom, menembakkan tembak, meledak ledak, ledakan ledak, mengguncang guncang,
guncangan guncang, merusak rusak, kebakaran bakar, terbakar bakar, membakar bakar, pembakaran bakar,
kebanjiran banjir, terendam rendam, mengungsikan ungsi, pengungsi ungsi, pengungsian ungsi,
menimpa timpa, tertimbun timbun, longsoran longsor, penyebab sebab, penyelidikan selidik,
menyelidiki selidik, penyidik sidik, tersangka sangka, penangkapan tangkap, ditangkap tangkap,
ditahan tahan, penahanan tahan, tahanan tahan, dipenjara penjara, hukuman hukum, dihukum hukum,
menghukum hukum, pengadilan adil, diadili adil, mengadili adil, keadilan adil, persidangan sidang,
terdakwa dakwa, dakwaan dakwa, mendakwa dakwa, penuntut tuntut, tuntutan tuntut, menuntut tuntut,
divonis vonis, memvonis vonis, pembunuhan bunuh, pembunuh bunuh, terbunuh bunuh, penembakan tembak,
penembak tembak, tembakan tembak, serangan serang, penyerangan serang, penyerang serang,
pertempuran tempur, bertempur tempur, pemilihan pilih, memilih pilih, dipilih pilih, pilihan pilih,
terpilih pilih, pemilih pilih, berkampanye kampanye, mencalonkan calon, pencalonan calon,
bersuara suara, memenangkan menang, pemenang menang, kekalahan kalah, mengalahkan kalah,
dikalahkan kalah, memerintahkan perintah, diperintahkan perintah, kepresidenan presiden,
perwakilan wakil, mewakili wakil, kebijakan bijak, peraturan atur, mengatur atur, diatur atur,
aturan atur, menyepakati sepakat, disepakati sepakat, dijanjikan janji, berunding runding,
bernegosiasi negosiasi, membicarakan bicara, dibicarakan bicara, pembahasan bahas, bekerja kerja,
pekerja kerja, pekerjaan kerja, dikerjakan kerja, mengerjakan kerja, perdagangan dagang,
pedagang dagang, pertumbuhan tumbuh, bertumbuh tumbuh, menumbuhkan tumbuh, penurunan turun,
menurun turun, menurunkan turun, diturunkan turun, kenaikan naik, menaikkan naik, dinaikkan naik,
seharga harga, penjualan jual, menjual jual, dijual jual, pembelian beli, membeli beli, dibeli beli,
pembeli beli, penjual jual, keuangan uang, keuntungan untung, menguntungkan untung, kerugian rugi,
merugikan rugi, dirugikan rugi, pendapatan dapat, penerimaan terima, pengeluaran keluar,
pembayaran bayar, membayar bayar, dibayar bayar, pinjaman pinjam, meminjam pinjam, peminjam pinjam,
perpajakan pajak, berinvestasi investasi, penanaman tanam, menanam tanam, tanaman tanam,
memproduksi produksi, diproduksi produksi, penyaluran salur, menyalurkan salur, disalurkan salur,
dibantu bantu, pembangunan bangun, dibangun bangun, bangunan bangun, perbaikan baik, memperbaiki baik,
diperbaiki baik, kebaikan baik, pendidikan didik, pendidik didik, mendidik didik, bersekolah sekolah,
mengajar ajar, pengajar ajar, diajarkan ajar, kesehatan sehat, menyehatkan sehat, penyakit sakit,
kesakitan sakit, pengobatan obat, mengobati obat, diobati obat, perawatan rawat, merawat rawat,
dirawat rawat, perawat rawat, kematian mati, mematikan mati, kelahiran lahir, dilahirkan lahir,
melahirkan lahir, kehidupan hidup, menghidupkan hidup, penduduk duduk, kependudukan duduk,
kemasyarakatan masyarakat, pemuda pemuda, berkeluarga keluarga, berkelompok kelompok,
pengelompokan kelompok, pemimpin pimpin, memimpin pimpin, dipimpin pimpin, kepemimpinan pimpin,
pimpinan pimpin, diketuai ketua, pengurus urus, mengurus urus, diurus urus, urusan urus,
pengamanan aman, mengamankan aman, diamankan aman, kepolisian polisi, penyelamatan selamat,
keselamatan selamat, kecelakaan celaka, tabrakan tabrak, menabrak tabrak, ditabrak tabrak,
penerbangan terbang, menerbangkan terbang, pelabuhan labuh, berlabuh labuh, pelayaran layar,
berlayar layar, perjalanan jalan, berjalan jalan, dijalankan jalan, jalanan jalan, kendaraan kendara,
berkendara kendara, pengendara kendara, kemacetan macet, ditutup tutup, penutupan tutup,
pembukaan buka, dibuka buka, membuka buka, keterbukaan buka, peresmian resmi, diresmikan resmi,
meresmikan resmi, perayaan raya, merayakan raya, dirayakan raya, peringatan ingat, memperingati ingat,
diperingati ingat, mengingatkan ingat, ingatan ingat, kedatangan datang, mendatangi datang,
didatangi datang, berdatangan datang, pendatang datang, kepergian pergi, bepergian pergi,
kepulangan pulang, dipulangkan pulang, pemulangan pulang, pengunjung kunjung, dikunjungi kunjung,
menemui temu, ditemui temu, ditemukan temu, penemuan temu, temuan temu, menghadiri hadir,
kehadiran hadir, dihadiri hadir, peserta serta, menyertai serta, disertai serta, beserta serta,
dinyatakan nyata, kenyataan nyata, ucapan ucap, mengucapkan ucap, diucapkan ucap, ungkapan ungkap,
diungkapkan ungkap, pengungkapan ungkap, penjelasan jelas, dijelaskan jelas, kejelasan jelas,
keterangan terang, menerangkan terang, diterangkan terang, laporan lapor, melaporkan lapor,
dilaporkan lapor, pelapor lapor, pelaporan lapor, pemberitaan berita, diberitakan berita,
memberitakan berita, tanggapan tanggap, menanggapi tanggap, ditanggapi tanggap, jawaban jawab,
menjawab jawab, dijawab jawab, pertanyaan tanya, bertanya tanya, menanyakan tanya, ditanya tanya,
mempertanyakan tanya, permintaan minta, meminta minta, diminta minta, permohonan mohon, memohon mohon,
penolakan tolak, ditolak tolak, persetujuan setuju, menyetujui setuju, disetujui setuju,
dukungan dukung, mendukung dukung, didukung dukung, pendukung dukung, penentang tentang,
menentang tentang, ditentang tentang, perlawanan lawan, melawan lawan, dilawan lawan, memprotes protes,
diprotes protes, berdemonstrasi demonstrasi, kerusuhan rusuh, kekerasan keras, mengeras keras,
ditegaskan tegas, penegasan tegas, ketegasan tegas, pengawasan awas, mengawasi awas, diawasi awas,
pengawas awas, pemeriksaan periksa, memeriksa periksa, diperiksa periksa, pemantauan pantau,
memantau pantau, dipantau pantau, penelitian teliti, meneliti teliti, peneliti teliti, diteliti teliti,
pengembangan kembang, perkembangan kembang, berkembang kembang, dikembangkan kembang, digunakan guna,
kegunaan guna, berguna guna, penerapan terap, menerapkan terap, diterapkan terap, pelaksanaan laksana,
melaksanakan laksana, dilaksanakan laksana, pelaksana laksana, penyelenggaraan selenggara,
menyelenggarakan selenggara, diselenggarakan selenggara, penyelenggara selenggara, dikirim kirim,
kiriman kirim, pengirim kirim, penerima terima, diterima terima, penempatan tempat, ditempatkan tempat,
menempatkan tempat, bertempat tempat, penarikan tarik, menarik tarik, ditarik tarik, tarikan tarik,
pemindahan pindah, dipindahkan pindah, memindahkan pindah, berpindah pindah, perpindahan pindah,
pembatasan batas, membatasi batas, dibatasi batas, perbatasan batas, berbatasan batas,
penghentian henti, menghentikan henti, dihentikan henti, berhenti henti, pemberhentian henti,
pencabutan cabut, mencabut cabut, dicabut cabut, pembebasan bebas, membebaskan bebas, dibebaskan bebas,
kebebasan bebas, pemulihan pulih, memulihkan pulih, dipulihkan pulih, penguatan kuat, pelemahan lemah,
melemah lemah, melemahkan lemah, kelemahan lemah, percepatan cepat, mempercepat cepat,
dipercepat cepat, kecepatan cepat, melambat lambat, perubahan ubah, mengubah ubah, diubah ubah,
berubah ubah, pergantian ganti, mengganti ganti, diganti ganti, pengganti ganti, penggantian ganti,
berganti ganti, penambahan tambah, menambah tambah, ditambah tambah, tambahan tambah, bertambah tambah,
pengurangan kurang, mengurangi kurang, dikurangi kurang, berkurang kurang, kekurangan kurang,
pembagian bagi, membagikan bagi, dibagikan bagi, sebagian bagi, bagian bagi, berbagi bagi,
pembentukan bentuk, membentuk bentuk, dibentuk bentuk, terbentuk bentuk, penyusunan susun,
menyusun susun, disusun susun, susunan susun, tersusun susun, pembuatan buat, dibuat buat, buatan buat,
perbuatan buat, berbuat buat, pengumpulan kumpul, mengumpulkan kumpul, dikumpulkan kumpul,
berkumpul kumpul, kumpulan kumpul, perkumpulan kumpul, penyebaran sebar, menyebar sebar,
disebarkan sebar, tersebar sebar, sebaran sebar, penyimpanan simpan, menyimpan simpan, disimpan simpan,
simpanan simpan, tersimpan simpan, penggeledahan geledah, menggeledah geledah, digeledah geledah,
penyitaan sita, menyita sita, disita sita, sitaan sita, pencurian curi, mencuri curi, dicuri curi,
pencuri curi, perampokan rampok, merampok rampok, dirampok rampok, perampok rampok, penipuan tipu,
menipu tipu, ditipu tipu, penipu tipu, dikorupsi korupsi, penyuapan suap, menyuap suap, disuap suap,
penggelapan gelap, menggelapkan gelap, kegelapan gelap, penyelundupan selundup,
menyelundupkan selundup, diselundupkan selundup, penyelundup selundup, diperdagangkan dagang,
memperdagangkan dagang, pengedar edar, mengedarkan edar, diedarkan edar, peredaran edar, beredar edar,
pasukan pasuk, memerangi perang, berperang perang, peperangan perang, persenjataan senjata,
bersenjata senjata, tentara tentara, ketentaraan tentara, pertahanan tahan, bertahan tahan,
ditahannya tahan, mengungkap ungkap, diketahui tahu, mengetahui tahu, pengetahuan tahu,
sepengetahuan tahu, memberitahukan beritahu, selasa selasa, senin senin, kamis kamis, sabtu sabtu,
jumat jumat, minggu minggu, rabu rabu, kemarin kemarin, mengungkit ungkit, kesepakatan sepakat,
memantapkan mantap, penandatangan tandatangan, ditandatangani tandatangan, mengonfirmasi konfirmasi,
dikonfirmasi konfirmasi, mengklaim klaim, diklaim klaim, mengkritik kritik, dikritik kritik,
kritikan kritik
"""


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
    for pair in HAND_CASES.replace("\n", " ").split(","):
        word, root = pair.split()
        if word not in taken:
            rows.append((word, root, "hand"))
            taken.add(word)
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
        f.write("# Fields: word <TAB> expected root <TAB> source (affix pattern, root, redup, issue or hand).\n")
        for word, root, source in rows:
            f.write(f"{word}\t{root}\t{source}\n")
    counts = defaultdict(int)
    for _, _, source in rows:
        counts[source] += 1
    print(f"wrote {len(rows)} cases to {os.path.relpath(OUT)}")
    print(", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()

import LinimasaCore
import LinimasaIndonesian
import Testing

struct TokenizerTests {
    @Test(arguments: [
        ("Anak-anak bermain.", ["Anak-anak", "bermain"]),
        ("“Kami siap,” ujarnya.", ["Kami", "siap", "ujarnya"]),
        ("Kim Jong-un tiba pada 29/11/2024 pukul 17:10.", ["Kim", "Jong-un", "tiba", "pada", "29/11/2024", "pukul", "17:10"]),
        ("Sebanyak 10.000 tentara, inflasi 3,5 persen.", ["Sebanyak", "10.000", "tentara", "inflasi", "3,5", "persen"]),
        ("ulang tahun ke-72 — Jum'at", ["ulang", "tahun", "ke-72", "Jum'at"]),
        ("Korea Utara-Rusia\u{00A0}bersatu", ["Korea", "Utara-Rusia", "bersatu"]),
        ("akhir kalimat. Lalu - jeda", ["akhir", "kalimat", "Lalu", "jeda"]),
        ("Café Résumé 北京", ["Café", "Résumé", "北京"]),
    ])
    func tokens(text: String, expected: [String]) {
        #expect(Tokenizer().tokens(in: text) == expected)
    }

    /// The byte tokenizer agrees with a slow, obviously right version on Characters.
    @Test func agreesWithCharacterReference() {
        let text = "Presiden Joko Widodo, pada Senin (13/9), berkata: “Anak-anak kita—semua—harus sekolah.” Rp 5.000,00 dll."
        #expect(Tokenizer().tokens(in: text) == Self.reference(text))
    }

    static func reference(_ text: String) -> [String] {
        let characters = Array(text)
        var tokens: [String] = []
        var current = ""
        func isWord(_ c: Character) -> Bool { c.isLetter || c.isNumber }
        for (i, c) in characters.enumerated() {
            let previous = i > 0 ? characters[i - 1] : " "
            let next = i + 1 < characters.count ? characters[i + 1] : " "
            if isWord(c) {
                current.append(c)
            } else if !current.isEmpty, (c == "-" || c == "'") && isWord(next) {
                current.append(c)
            } else if !current.isEmpty, ".,/:".contains(c), previous.isNumber, next.isNumber {
                current.append(c)
            } else if !current.isEmpty {
                tokens.append(current)
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }
}

struct SentenceSplitterTests {
    static let pack = try! IndonesianPack()  // bundled tables; failing here is a packaging bug

    @Test(arguments: [
        ("Dr. Budi tiba. Ia langsung rapat.", ["Dr. Budi tiba.", "Ia langsung rapat."]),
        ("PT Bank Mandiri Tbk. mencatat laba. Sahamnya naik.", ["PT Bank Mandiri Tbk. mencatat laba.", "Sahamnya naik."]),
        ("Tiba di Jl. Sudirman No. 5 pukul 10.00 WIB. Lalu pulang.", ["Tiba di Jl. Sudirman No. 5 pukul 10.00 WIB.", "Lalu pulang."]),
        ("Joko S. Widodo hadir. Acara dimulai.", ["Joko S. Widodo hadir.", "Acara dimulai."]),
        ("Harga naik 3,5 persen. Sebanyak 10.000 orang antre.", ["Harga naik 3,5 persen.", "Sebanyak 10.000 orang antre."]),
        ("“Kami siap. Kami menang,” kata Kim. Ia pulang.", ["“Kami siap. Kami menang,” kata Kim.", "Ia pulang."]),
        ("\"Cukup.\" Dia lalu pergi.", ["\"Cukup.\"", "Dia lalu pergi."]),
        ("Apa artinya? Belum jelas!", ["Apa artinya?", "Belum jelas!"]),
        ("Satu paragraf\n\nDua paragraf.", ["Satu paragraf", "Dua paragraf."]),
        ("Buah, sayur, dll. Semua ada.", ["Buah, sayur, dll. Semua ada."]),
        ("“Kalimat tanpa penutup. Berlanjut terus.", ["“Kalimat tanpa penutup.", "Berlanjut terus."]),
        ("Rabu (13/9/2023). Kim tiba.", ["Rabu (13/9/2023).", "Kim tiba."]),
    ])
    func sentences(text: String, expected: [String]) {
        #expect(Self.pack.splitter.sentences(in: text) == expected)
    }
}

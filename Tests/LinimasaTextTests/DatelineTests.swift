@testable import LinimasaText
import Testing

struct DatelineTests {
    @Test(arguments: [
        ("Jakarta, ILLINI NEWS – Isi berita ini cukup panjang untuk satu kalimat.", "Jakarta", "ILLINI NEWS", "Jakarta, ILLINI NEWS –"),
        ("JAKARTA, KOMPAS.com - Isi berita ini cukup panjang untuk satu kalimat.", "Jakarta", "KOMPAS.com", "JAKARTA, KOMPAS.com -"),
        ("SURABAYA, detikcom - Isi berita ini cukup panjang untuk satu kalimat.", "Surabaya", "detikcom", "SURABAYA, detikcom -"),
        ("Pyongyang: Isi berita ini cukup panjang untuk satu kalimat.", "Pyongyang", nil, "Pyongyang:"),
        ("NUSADAILY.COM -JAKARTA - Isi berita ini cukup panjang untuk satu kalimat.", "Jakarta", "NUSADAILY.COM", "NUSADAILY.COM -JAKARTA -"),
        ("TRIBUNNEWS.COM - Isi berita ini cukup panjang untuk satu kalimat.", nil, "TRIBUNNEWS.COM", "TRIBUNNEWS.COM -"),
        ("JAKARTA (ANTARA) - Isi berita ini cukup panjang untuk satu kalimat.", "Jakarta", "ANTARA", "JAKARTA (ANTARA) -"),
        ("Jakarta - Isi berita ini cukup panjang untuk satu kalimat.", "Jakarta", nil, "Jakarta -"),
        ("Kuala Lumpur, ANTARA - Isi berita ini cukup panjang untuk satu kalimat.", "Kuala Lumpur", "ANTARA", "Kuala Lumpur, ANTARA -"),
        ("Bisnis.com, JAKARTA — Isi berita ini cukup panjang untuk satu kalimat.", "Jakarta", "Bisnis.com", "Bisnis.com, JAKARTA —"),
        ("SUKABUMI, detikJabar - Isi berita ini cukup panjang untuk satu kalimat.", "Sukabumi", "detikJabar", "SUKABUMI, detikJabar -"),
        ("TEMPO.CO, Jakarta - Isi berita ini cukup panjang untuk satu kalimat.", "Jakarta", "TEMPO.CO", "TEMPO.CO, Jakarta -"),
        ("Liputan6.com, Jakarta Isi berita ini cukup panjang untuk satu kalimat.", "Jakarta", "Liputan6.com", "Liputan6.com, Jakarta"),
        ("MAGELANG - Isi berita ini cukup panjang untuk satu kalimat.", "Magelang", nil, "MAGELANG -"),
    ] as [(String, String?, String?, String)])
    func datelines(paragraph: String, city: String?, outlet: String?, text: String) throws {
        let dateline = try #require(Dateline.parse(paragraph, isBlocked: { _ in false }))
        #expect(dateline.city == city)
        #expect(dateline.outlet == outlet)
        #expect(dateline.text == text)
        #expect(
            String(decoding: Array(paragraph.utf8).dropFirst(dateline.length), as: UTF8.self)
                == "Isi berita ini cukup panjang untuk satu kalimat.")
    }

    @Test(arguments: [
        "Namun, jika musuh mencoba menyerang, kami siap.",
        "Selain itu, Presiden Jokowi - yang baru tiba - menyapa warga.",
        "Catatan: data sementara.",
        "Kim menyebut Putin sebagai sahabatnya.",
        "Pemimpin Korea Utara Kim Jong Un berjanji.",
        "BNPB: Tujuh orang meninggal akibat gempa di Sukabumi.",
        "Indonesia Vs Bahrain: Garuda Menang 1-0, Kluivert Pecah Telur",
        "Jakarta - Bandung",
    ])
    func notDatelines(paragraph: String) {
        #expect(Dateline.parse(paragraph, isBlocked: { $0 == "Catatan" }) == nil)
    }
}

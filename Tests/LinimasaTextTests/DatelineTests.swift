@testable import LinimasaText
import Testing

struct DatelineTests {
    @Test(arguments: [
        ("Jakarta, ILLINI NEWS – Isi berita.", "Jakarta", "ILLINI NEWS", "Jakarta, ILLINI NEWS –"),
        ("JAKARTA, KOMPAS.com - Isi berita.", "Jakarta", "KOMPAS.com", "JAKARTA, KOMPAS.com -"),
        ("SURABAYA, detikcom - Isi berita.", "Surabaya", "detikcom", "SURABAYA, detikcom -"),
        ("Pyongyang: Isi berita.", "Pyongyang", nil, "Pyongyang:"),
        ("NUSADAILY.COM -JAKARTA - Isi berita.", "Jakarta", "NUSADAILY.COM", "NUSADAILY.COM -JAKARTA -"),
        ("TRIBUNNEWS.COM - Isi berita.", nil, "TRIBUNNEWS.COM", "TRIBUNNEWS.COM -"),
        ("JAKARTA (ANTARA) - Isi berita.", "Jakarta", "ANTARA", "JAKARTA (ANTARA) -"),
        ("Jakarta - Isi berita.", "Jakarta", nil, "Jakarta -"),
        ("Kuala Lumpur, ANTARA - Isi berita.", "Kuala Lumpur", "ANTARA", "Kuala Lumpur, ANTARA -"),
    ] as [(String, String?, String?, String)])
    func datelines(paragraph: String, city: String?, outlet: String?, text: String) throws {
        let dateline = try #require(Dateline.parse(paragraph, isBlocked: { _ in false }))
        #expect(dateline.city == city)
        #expect(dateline.outlet == outlet)
        #expect(dateline.text == text)
        #expect(String(decoding: Array(paragraph.utf8).dropFirst(dateline.length), as: UTF8.self) == "Isi berita.")
    }

    @Test(arguments: [
        "Namun, jika musuh mencoba menyerang, kami siap.",
        "Selain itu, Presiden Jokowi - yang baru tiba - menyapa warga.",
        "Catatan: data sementara.",
        "Kim menyebut Putin sebagai sahabatnya.",
        "Pemimpin Korea Utara Kim Jong Un berjanji.",
    ])
    func notDatelines(paragraph: String) {
        #expect(Dateline.parse(paragraph, isBlocked: { $0 == "Catatan" }) == nil)
    }
}

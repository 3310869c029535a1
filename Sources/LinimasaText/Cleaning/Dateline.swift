/// A dateline found at the start of a paragraph: `Jakarta, KOMPAS.com –`, `Pyongyang:`,
/// `NUSADAILY.COM -JAKARTA -`, `JAKARTA (ANTARA) -`, `TRIBUNNEWS.COM -`, `Jakarta -`.
struct Dateline: Equatable {
    /// The city, title-cased (`Jakarta`), if the dateline names one.
    var city: String?
    /// The outlet as written (`KOMPAS.com`, `ILLINI NEWS`), if named.
    var outlet: String?
    /// The dateline as written, without the space after it.
    var text: String
    /// Byte length of the dateline and the white space after it.
    var length: Int

    /// Reads a dateline at the start of `paragraph`, or returns `nil`.
    ///
    /// - Parameter isBlocked: says whether a word before a colon is a label, not a city (`Catatan:`).
    static func parse(_ paragraph: String, isBlocked: (String) -> Bool) -> Dateline? {
        let bytes = Array(paragraph.utf8)
        var scanner = Scanner(bytes: bytes)
        // Form B: OUTLET.COM - [CITY -] rest; Form F: Outlet.com, CITY - rest
        if let outlet = scanner.domainWord() {
            let afterOutlet = scanner.offset
            if scanner.literal(", ") {
                let afterComma = scanner.offset
                if let city = scanner.capitalizedWords(max: 3, allowAllCaps: true), scanner.dash() {
                    return scanner.finish(city: city, outlet: outlet, bytes: bytes, minimumRest: 1)
                }
                // `Liputan6.com, Jakarta Bank Indonesia …`: no dash, so the city is the one word after the comma.
                scanner.offset = afterComma
                if let city = scanner.capitalizedWords(max: 1, allowAllCaps: true), scanner.space(),
                    let next = scanner.peek(), next >= 0x41, next <= 0x5A
                {
                    return scanner.finish(city: city, outlet: outlet, bytes: bytes, minimumRest: 1)
                }
            }
            scanner.offset = afterOutlet
            if scanner.dash() {
                let afterDash = scanner.offset
                var city: String? = nil
                if let words = scanner.capitalizedWords(max: 3, allowAllCaps: true), scanner.dash() {
                    city = words
                } else {
                    scanner.offset = afterDash
                }
                return scanner.finish(city: city, outlet: outlet, bytes: bytes, minimumRest: 1)
            }
            scanner.offset = afterOutlet
        }
        scanner.offset = 0
        guard let city = scanner.capitalizedWords(max: 3, allowAllCaps: true) else { return nil }
        let afterCity = scanner.offset
        // Form A: City, OUTLET - rest
        if scanner.literal(", ") {
            if let outlet = scanner.outletName(), looksLikeOutlet(outlet), scanner.dash() {
                return scanner.finish(city: city, outlet: outlet, bytes: bytes, minimumRest: 1)
            }
            return nil
        }
        scanner.offset = afterCity
        // Form D: CITY (OUTLET) - rest
        if scanner.literal(" ("), let outlet = scanner.outletName(), looksLikeOutlet(outlet), scanner.literal(")"),
            scanner.dash()
        {
            return scanner.finish(city: city, outlet: outlet, bytes: bytes, minimumRest: 1)
        }
        scanner.offset = afterCity
        // Forms C and E name no outlet, so they need more care: one or two title-case words
        // (for the colon form, not an acronym like `BNPB:`), and a sentence after them (not a headline like `Indonesia Vs Bahrain: …`).
        guard city.split(separator: " ").count <= 2, !isBlocked(city) else { return nil }
        // Form C: City: rest
        if city != city.uppercased(), scanner.literal(":"), scanner.space() {
            return scanner.finishBeforeSentence(city: city, bytes: bytes)
        }
        scanner.offset = afterCity
        // Form E: City - rest
        if scanner.dash() {
            return scanner.finishBeforeSentence(city: city, bytes: bytes)
        }
        return nil
    }

    /// Whether a name between a city and a dash can be an outlet: it has a domain dot, an all-caps
    /// word (`ILLINI NEWS`, `ANTARA`) or ends in `com` (`detikcom`), unlike ordinary words after a comma.
    static func looksLikeOutlet(_ name: String) -> Bool {
        if name.contains(".") || name.lowercased().hasSuffix("com") { return true }
        // A brand in camel case that starts in lower case: detikJabar, kumparanNEWS.
        if let first = name.utf8.first, first >= 0x61, first <= 0x7A, !name.contains(" "),
            name.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A })
        {
            return true
        }
        return name.split(separator: " ").contains { word in
            word.utf8.count >= 2 && word.utf8.allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || $0 == UInt8(ascii: "&") }
        }
    }

    /// Title case for an all-caps city (`JAKARTA` → `Jakarta`), others unchanged.
    static func normalizedCity(_ city: String) -> String {
        guard city == city.uppercased() else { return city }
        return city.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
    }

    private struct Scanner {
        let bytes: [UInt8]
        var offset = 0

        func peek(_ k: Int = 0) -> UInt8? { offset + k < bytes.count ? bytes[offset + k] : nil }

        mutating func literal(_ text: String) -> Bool {
            let t = Array(text.utf8)
            guard offset + t.count <= bytes.count, Array(bytes[offset..<(offset + t.count)]) == t else { return false }
            offset += t.count
            return true
        }

        mutating func space() -> Bool {
            var moved = false
            while let b = peek(), b == 0x20 || b == 0x09 || (b == 0xC2 && peek(1) == 0xA0) {
                offset += b == 0xC2 ? 2 : 1
                moved = true
            }
            return moved
        }

        /// ` - `, ` – `, ` — `, `-` with white space on at least one side.
        mutating func dash() -> Bool {
            let start = offset
            let before = space()
            var found = false
            if peek() == UInt8(ascii: "-") {
                offset += 1
                found = true
            } else if peek() == 0xE2, peek(1) == 0x80, peek(2) == 0x93 || peek(2) == 0x94 {
                offset += 3
                found = true
            }
            guard found else {
                offset = start
                return false
            }
            let after = space()
            if !(before || after) {
                offset = start
                return false
            }
            return true
        }

        /// One to `max` words, each capitalised (`Jakarta`, `Kota Bandung`) or, if allowed, all caps.
        mutating func capitalizedWords(max: Int, allowAllCaps: Bool) -> String? {
            let start = offset
            var words = 0
            var end = offset
            while words < max {
                let wordStart = offset
                guard let first = peek(), first >= 0x41, first <= 0x5A else { break }
                offset += 1
                while let b = peek(), (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b == UInt8(ascii: "'") || b >= 0x80 {
                    if b >= 0x80 {
                        // Accept letters of Latin-1 Supplement (é, ü) as two-byte sequences; stop at punctuation.
                        guard b == 0xC3, let next = peek(1), next >= 0x80, next <= 0xBF else { break }
                        offset += 2
                        continue
                    }
                    offset += 1
                }
                guard offset - wordStart >= 2 else {
                    offset = wordStart
                    break
                }
                words += 1
                end = offset
                if peek() == 0x20, let next = peek(1), next >= 0x41, next <= 0x5A {
                    offset += 1
                } else {
                    break
                }
            }
            offset = end
            guard words > 0 else {
                offset = start
                return nil
            }
            let word = String(decoding: bytes[start..<end], as: UTF8.self)
            if !allowAllCaps, word == word.uppercased() { return nil }
            return word
        }

        /// A word with a dot and a domain ending (`TRIBUNNEWS.COM`, `KOMPAS.com`, `detik.com`).
        mutating func domainWord() -> String? {
            let start = offset
            while let b = peek(), b != 0x20, b != UInt8(ascii: ","), b != UInt8(ascii: "-") || offset == start, b < 0x80 {
                offset += 1
            }
            let word = String(decoding: bytes[start..<offset], as: UTF8.self)
            let lower = word.lowercased()
            let domains = [".com", ".co.id", ".co", ".id", ".net", ".org", ".tv", ".news"]
            guard word.contains("."), domains.contains(where: { lower.hasSuffix($0) }), word.utf8.count >= 5 else {
                offset = start
                return nil
            }
            return word
        }

        /// An outlet name: one to five words up to a dash or `)`, at most 40 bytes.
        mutating func outletName() -> String? {
            let start = offset
            var end = offset
            var words = 0
            while words < 5 {
                let wordStart = offset
                while let b = peek(), b != 0x20, b != UInt8(ascii: ")"), b != UInt8(ascii: ",") {
                    if b == 0xE2, peek(1) == 0x80 { break }
                    offset += 1
                }
                guard offset > wordStart else { break }
                words += 1
                end = offset
                let save = offset
                if peek() == 0x20, let next = peek(1), next != UInt8(ascii: "-"), next != 0xE2 {
                    offset += 1
                } else {
                    offset = save
                    break
                }
            }
            offset = end
            guard words > 0, end - start <= 40 else {
                offset = start
                return nil
            }
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }

        /// Like `finish`, but only when what follows is a sentence: five words or more, ending in sentence punctuation.
        func finishBeforeSentence(city: String, bytes: [UInt8]) -> Dateline? {
            let rest = bytes[offset...]
            let words = rest.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 }
            guard words >= 5, let last = rest.last(where: { $0 != 0x20 }) else { return nil }
            // . ! ? " ) and the last bytes of ” ’ …
            guard [0x2E, 0x21, 0x3F, 0x22, 0x29, 0x9D, 0x99, 0xA6].contains(last) else { return nil }
            return finish(city: city, outlet: nil, bytes: bytes, minimumRest: 1)
        }

        func finish(city: String?, outlet: String?, bytes: [UInt8], minimumRest: Int) -> Dateline? {
            var textEnd = offset
            while textEnd > 0, bytes[textEnd - 1] == 0x20 { textEnd -= 1 }
            guard bytes.count - offset >= minimumRest else { return nil }
            let text = String(decoding: bytes[0..<textEnd], as: UTF8.self)
            return Dateline(city: city.map(Dateline.normalizedCity), outlet: outlet, text: text, length: offset)
        }
    }
}

internal import GRDB
internal import GRDBSQLite
internal import LinimasaCore

/// The FTS5 tokenizer of the store: the language pack's words, lowercased and stemmed.
///
/// Documents and queries go through the same steps, so `mengunjungi`,
/// `kunjungan` and `kunjungi` all index and search as the pack's stem
/// (`kunjung`). Each token keeps the byte offsets of the word as written, so
/// FTS5 snippets mark the original text. A document word whose lowercased
/// form differs from its stem is also indexed in that form, colocated with the
/// stem (`FTS5_TOKEN_COLOCATED`, same position), so that prefix queries
/// (`pertahan*`), which are lowercased but not stemmed, find the words as
/// written; plain query words are stems only.
///
/// Auxiliary functions (`snippet`, `highlight`) get the words as written, with
/// their offsets, and nothing else: they only place positions in the text.
///
/// Registered on every connection under ``name`` before the FTS table is used;
/// the table's schema names it, so a connection without it cannot read the index.
final class StemmingTokenizer: Sendable {
    /// The tokenizer's name in the FTS5 table definition.
    static let name = "linimasa_stem"

    /// The words and stems, shared with the PostgreSQL store.
    let words: IndexWords

    init(pack: any LanguagePack) {
        self.words = IndexWords(pack: pack)
    }

    /// The index terms of `text` with their byte ranges: what FTS5 sees.
    ///
    /// - Parameter prefix: Lowercase only, do not stem (a prefix query).
    func terms(in text: String, prefix: Bool = false) -> [(term: String, range: TextRange)] {
        var out: [(String, TextRange)] = []
        forEachTerm(in: text, prefix: prefix) { term, _, range in out.append((term, range)) }
        return out
    }

    /// Calls `body` with each word's lowercased form, its stem and its byte range.
    ///
    /// - Parameter prefix: Pass the lowercased form as the stem too (a prefix query).
    func forEachTerm(
        in text: String,
        prefix: Bool,
        _ body: (_ stem: String, _ lowered: String, _ range: TextRange) -> Void
    ) {
        words.forEachWord(in: text, stemming: !prefix) { range, lowered, stem in body(stem, lowered, range) }
    }

    /// Registers this tokenizer on `db` under ``name``.
    ///
    /// The tokenizer object stays alive until SQLite drops the registration
    /// (when the connection closes).
    func register(on db: Database) {
        let api = FTS5.api(db)
        let context = Unmanaged.passRetained(self).toOpaque()
        var methods = fts5_tokenizer(
            xCreate: stemmingTokenizerCreate,
            xDelete: stemmingTokenizerDelete,
            xTokenize: stemmingTokenizerTokenize
        )
        _ = withUnsafeMutablePointer(to: &methods) { pointer in
            api.pointee.xCreateTokenizer(
                UnsafeMutablePointer(mutating: api),
                StemmingTokenizer.name,
                context,
                pointer,
                stemmingTokenizerDestroy
            )
        }
    }
}

/// `xCreate`: every FTS table using the tokenizer shares the one registered object.
private func stemmingTokenizerCreate(
    context: UnsafeMutableRawPointer?,
    arguments: UnsafeMutablePointer<UnsafePointer<CChar>?>?,
    count: Int32,
    out: UnsafeMutablePointer<OpaquePointer?>?
) -> Int32 {
    guard let context, let out else { return SQLITE_ERROR }
    out.pointee = OpaquePointer(context)
    return SQLITE_OK
}

/// `xDelete`: nothing to free; the registration owns the object.
private func stemmingTokenizerDelete(_ tokenizer: OpaquePointer?) {}

/// Releases the registration's reference when SQLite drops the tokenizer.
private func stemmingTokenizerDestroy(_ context: UnsafeMutableRawPointer?) {
    guard let context else { return }
    Unmanaged<StemmingTokenizer>.fromOpaque(context).release()
}

/// `xTokenize`: reports each term with the byte offsets of its word.
private func stemmingTokenizerTokenize(
    tokenizer: OpaquePointer?,
    callbackContext: UnsafeMutableRawPointer?,
    flags: Int32,
    text: UnsafePointer<CChar>?,
    length: Int32,
    callback: (@convention(c) (UnsafeMutableRawPointer?, Int32, UnsafePointer<CChar>?, Int32, Int32, Int32) -> Int32)?
) -> Int32 {
    guard let tokenizer, let callback else { return SQLITE_ERROR }
    guard let text, length > 0 else { return SQLITE_OK }
    let owner = Unmanaged<StemmingTokenizer>.fromOpaque(UnsafeRawPointer(tokenizer)).takeUnretainedValue()
    let bytes = UnsafeRawBufferPointer(start: text, count: Int(length)).bindMemory(to: UInt8.self)
    let string = String(decoding: bytes, as: UTF8.self)
    let isQuery = flags & FTS5_TOKENIZE_QUERY != 0
    let isPrefix = flags & FTS5_TOKENIZE_PREFIX != 0
    if flags & FTS5_TOKENIZE_AUX != 0 {
        // snippet() and highlight() tokenize a stored text only to map token positions
        // to byte offsets (they skip colocated tokens and ignore the terms), so each
        // word is reported as written: no lowercasing, no stemming, no second form.
        // The words are those `IndexWords.forEachWord` indexed, in the same order.
        let count = string.utf8.count
        for range in owner.words.pack.tokenRanges(in: string)
        where range.start >= 0 && range.end <= count && range.length > 0 {
            let start = Int32(min(range.start, Int(length)))
            let end = Int32(min(range.end, Int(length)))
            let code = callback(callbackContext, 0, text + Int(start), max(0, end - start), start, end)
            if code != SQLITE_OK { return code }
        }
        return SQLITE_OK
    }
    var code = SQLITE_OK
    owner.forEachTerm(in: string, prefix: isPrefix) { stem, lowered, range in
        guard code == SQLITE_OK else { return }
        let start = Int32(min(range.start, Int(length)))
        let end = Int32(min(range.end, Int(length)))
        code = emit(stem, flags: 0, start: start, end: end, context: callbackContext, callback: callback)
        if code == SQLITE_OK, !isQuery, lowered != stem {
            code = emit(
                lowered,
                flags: FTS5_TOKEN_COLOCATED,
                start: start,
                end: end,
                context: callbackContext,
                callback: callback
            )
        }
    }
    return code
}

/// Hands one term to FTS5.
private func emit(
    _ term: String,
    flags: Int32,
    start: Int32,
    end: Int32,
    context: UnsafeMutableRawPointer?,
    callback: @convention(c) (UnsafeMutableRawPointer?, Int32, UnsafePointer<CChar>?, Int32, Int32, Int32) -> Int32
) -> Int32 {
    var term = term
    return term.withUTF8 { buffer -> Int32 in
        buffer.withMemoryRebound(to: CChar.self) { chars in
            callback(context, flags, chars.baseAddress, Int32(chars.count), start, end)
        }
    }
}

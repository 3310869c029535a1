public import LinimasaCore
internal import LinimasaIndonesian
internal import LinimasaStorage

/// Opens the store a `--db` value names.
public enum StoreFactory {
    /// The store at `location`: today always an SQLite file (created when
    /// `create` is set), searched with `pack`'s words and stems (the Indonesian
    /// pack when `nil`).
    ///
    /// - Throws: ``LinimasaError`` `.storage` naming the file when it is missing
    ///   (and `create` is off), not a linimasa store, newer than this linimasa,
    ///   or cannot be opened.
    public static func open(
        _ location: String,
        create: Bool,
        pack: (any LanguagePack)? = nil
    ) throws -> any ArticleStore {
        var configuration = SQLiteStore.Configuration()
        configuration.create = create
        return try SQLiteStore(path: location, pack: pack ?? IndonesianPack(), configuration: configuration)
    }
}

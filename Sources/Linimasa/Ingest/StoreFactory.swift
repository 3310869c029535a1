public import LinimasaCore
internal import LinimasaIndonesian
internal import LinimasaStorage

#if PostgreSQL
internal import LinimasaPostgres
#endif

/// Opens the store a `--db` value names.
public enum StoreFactory {
    /// Whether `location` names a PostgreSQL database (`postgres://…` or
    /// `postgresql://…`) rather than an SQLite file.
    public static func isServerURL(_ location: String) -> Bool {
        location.hasPrefix("postgres://") || location.hasPrefix("postgresql://")
    }

    /// The store at `location`: a PostgreSQL database for a `postgres://` URL
    /// (with the `PostgreSQL` trait), otherwise an SQLite file (created when
    /// `create` is set), searched with `pack`'s words and stems (the Indonesian
    /// pack when `nil`).
    ///
    /// A PostgreSQL store connects at its first operation, which reports an
    /// unreachable server, a wrong login or a foreign database.
    ///
    /// - Throws: ``LinimasaError`` `.storage` naming the file when it is missing
    ///   (and `create` is off), not a linimasa store, newer than this linimasa,
    ///   or cannot be opened; `.invalidInput` for a malformed `postgres://` URL
    ///   or one given to a linimasa built without PostgreSQL support.
    public static func open(
        _ location: String,
        create: Bool,
        pack: (any LanguagePack)? = nil
    ) throws -> any ArticleStore {
        if isServerURL(location) {
            #if PostgreSQL
            var configuration = try PostgresStore.Configuration(url: location)
            configuration.create = create
            return PostgresStore(configuration: configuration, pack: try pack ?? IndonesianPack())
            #else
            throw LinimasaError(
                .invalidInput,
                "this linimasa was built without PostgreSQL support; rebuild with --traits PostgreSQL"
            )
            #endif
        }
        var configuration = SQLiteStore.Configuration()
        configuration.create = create
        return try SQLiteStore(path: location, pack: pack ?? IndonesianPack(), configuration: configuration)
    }
}

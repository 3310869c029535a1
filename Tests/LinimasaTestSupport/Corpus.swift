public import Foundation

/// The bundled sample corpus (`Samples/`) and the shared seeds (`../shared/`), found from this file's path.
public enum Corpus {
    /// The repository root.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Samples/` at the repository root.
    public static var samples: URL { root.appendingPathComponent("Samples") }

    /// `../shared/` beside the repository, if it exists.
    public static var shared: URL? {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// The text of a file, as UTF-8.
    public static func text(_ url: URL) throws -> String {
        String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }
}

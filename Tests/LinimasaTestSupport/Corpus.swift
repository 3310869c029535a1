public import Foundation
import LinimasaCore

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

    /// A seed's text as the reader would leave it, for testing an extractor alone: the gold's
    /// boilerplate lines and dateline prefix removed, one paragraph per line, separated by blank lines.
    public static func seedBody(_ text: String, gold: [String: Any]) -> String {
        let boilerplate = Set((gold["boilerplate"] as? [String] ?? []).map { $0.trimmingSpaces() })
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingSpaces() }
            .filter { !$0.isEmpty && !boilerplate.contains($0) }
        if let dateline = gold["dateline_text"] as? String,
            let index = lines.firstIndex(where: { $0.hasPrefix(dateline) })
        {
            lines[index] = String(lines[index].dropFirst(dateline.count)).trimmingSpaces()
        }
        return lines.joined(separator: "\n\n")
    }
}

internal import Foundation
public import LinimasaCore

/// Expands the paths a user gives into the files to read.
public enum InputFiles {
    /// File name endings read from folders; a file named explicitly is read whatever its name.
    public static let extensions: Set<String> = ["txt", "text", "html", "htm", "xhtml", "jsonl", "ndjson"]

    /// The files of `paths`: files as given, folders walked recursively in name order (hidden
    /// entries skipped), `-` kept for standard input. A path that does not exist, or a folder that
    /// cannot be listed, is an error in its place; the other paths are still expanded.
    public static func expand(_ paths: [String]) -> [Result<String, LinimasaError>] {
        var files: [Result<String, LinimasaError>] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                files.append(.success(path))
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                files.append(.failure(LinimasaError(.unreadable, "cannot read '\(path)': no such file or folder")))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(.success(path))
                continue
            }
            guard manager.isReadableFile(atPath: path), let walker = manager.enumerator(atPath: path) else {
                files.append(.failure(LinimasaError(.unreadable, "cannot read folder '\(path)': permission denied")))
                continue
            }
            var found: [String] = []
            while let relative = walker.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    walker.skipDescendants()
                    continue
                }
                let ext = (name as NSString).pathExtension.lowercased()
                if extensions.contains(ext) { found.append((path as NSString).appendingPathComponent(relative)) }
            }
            files.append(contentsOf: found.sorted().map { .success($0) })
        }
        return files
    }

    /// The bytes of `path`, or of standard input for `-`.
    ///
    /// - Throws: ``LinimasaError/Code/unreadable`` or, over `limit`, ``LinimasaError/Code/invalidInput``.
    public static func bytes(of path: String, limit: Int) throws -> [UInt8] {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return [UInt8](data)
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes?[.size] as? Int, size > limit {
            throw LinimasaError(
                .invalidInput,
                "cannot read '\(path)': \(size) bytes is over the limit of \(limit) bytes; raise --max-bytes or split the file"
            )
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let reason = FileManager.default.isReadableFile(atPath: path) ? "cannot open it" : "permission denied"
            throw LinimasaError(.unreadable, "cannot read '\(path)': \(reason)")
        }
        defer { try? handle.close() }
        do {
            return [UInt8](try handle.readToEnd() ?? Data())
        } catch {
            throw LinimasaError(.unreadable, "cannot read '\(path)'", cause: error)
        }
    }
}

import Foundation
import LinimasaTestSupport
import Testing

/// The page in a real headless browser (Debian's chromium): the timeline renders entries from
/// the sample corpus, and following an entry shows its sources. A screenshot of the opened
/// entry is kept in `.build/test-artifacts/`.
///
/// Runs when chromium is installed; `LINIMASA_REQUIRE_BROWSER=1` (set by `.ci/run`) makes a
/// missing browser a failure instead.
@Suite(.serialized) struct BrowserTests {
    static let chromium: String? = {
        let environment = ProcessInfo.processInfo.environment
        let candidates = [environment["LINIMASA_CHROMIUM"], "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static var required: Bool { ProcessInfo.processInfo.environment["LINIMASA_REQUIRE_BROWSER"] == "1" }

    @Test func browserIsThereWhenRequired() {
        if Self.required { #expect(Self.chromium != nil, "LINIMASA_REQUIRE_BROWSER=1 but no chromium found") }
    }

    @Test(.enabled(if: chromium != nil)) func timelineRendersAndAnEntryOpensItsSources() async throws {
        let served = try await TestServer.samples.get()
        let timeline = try await Self.dumpDOM(served.base + "/#/timeline?entity=Prabowo%20Subianto")
        let entries = Self.matches(of: "data-entry=\"", in: timeline)
        #expect(entries >= 5, "the timeline shows \(entries) entries")
        #expect(timeline.contains("Prabowo Subianto"))
        // Follow the first entry's link, as a click does.
        let link = try #require(Self.firstAttribute("href", after: "class=\"entry-link\"", in: timeline))
        let href = link.replacingOccurrences(of: "&amp;", with: "&")
        #expect(href.contains("open="))
        let opened = try await Self.dumpDOM(served.base + "/" + href)
        #expect(opened.contains("id=\"sources\""))
        #expect(opened.contains("<blockquote><mark>"))
        #expect(opened.contains("class=\"entry open\""))
        let folder = Corpus.root.appendingPathComponent(".build/test-artifacts")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let shot = folder.appendingPathComponent("timeline-entry.png")
        try? FileManager.default.removeItem(at: shot)
        try await Self.chrome(["--window-size=1200,1600", "--screenshot=\(shot.path)", served.base + "/" + href])
        #expect(FileManager.default.fileExists(atPath: shot.path))
        try await Self.chrome(["--window-size=390,1200", "--screenshot=\(folder.appendingPathComponent("timeline-phone.png").path)", served.base + "/" + href])
    }

    @Test(.enabled(if: chromium != nil)) func storyPageShowsTheComparison() async throws {
        let served = try await TestServer.samples.get()
        let stories = try await served.get("/api/stories")
        let story = try #require(stories.items.first { ($0["outlets"] as? [String])?.count ?? 0 > 1 }?["id"] as? String)
        let page = try await Self.dumpDOM(served.base + "/#/story/" + story)
        #expect(page.contains("Side by side"))
        #expect(page.contains("<table>"))
        #expect(page.contains("Where the sources disagree"))
    }

    /// The DOM after the page's scripts ran.
    static func dumpDOM(_ url: String) async throws -> String {
        try await chrome(["--dump-dom", url])
    }

    /// Runs chromium on a thread of its own, so the server in this process keeps its threads to
    /// answer the page; a browser still running after 90 s is killed.
    @discardableResult
    static func chrome(_ arguments: [String]) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try runChrome(arguments) })
            }
        }
    }

    static func runChrome(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium!)
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("linimasa-chrome-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--user-data-dir=\(profile.path)", "--virtual-time-budget=10000",
        ] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 90, execute: watchdog)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        return String(decoding: data, as: UTF8.self)
    }

    static func matches(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// The value of `attribute` in the first tag after `marker`.
    static func firstAttribute(_ attribute: String, after marker: String, in text: String) -> String? {
        guard let at = text.range(of: marker) else { return nil }
        let rest = text[at.upperBound...]
        guard let start = rest.range(of: attribute + "=\"") else { return nil }
        let value = rest[start.upperBound...]
        guard let end = value.firstIndex(of: "\"") else { return nil }
        return String(value[..<end])
    }
}

internal import Foundation
internal import LinimasaCore
internal import Synchronization

#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// The exclusive right to ingest into one store, held by one process at a time.
///
/// For a file store it is an advisory `flock` on `<db>-ingest.lock`: the
/// kernel releases it when the process ends, however it ends (`kill -9`
/// included), so a crashed ingest never leaves a stale lock behind. The file
/// holds the holder's process id, for the refusal message. An in-memory store
/// only guards against a second ingest in the same process.
final class IngestLease: Sendable {
    let lockPath: String?
    /// The open lock file while held (`-1` when not), or `1` for an in-memory lease.
    private let descriptor = Mutex<Int32>(-1)

    init(lockPath: String?) {
        self.lockPath = lockPath
    }

    deinit {
        release()
    }

    /// Takes the lease, polling every 100 ms when `wait` is set.
    ///
    /// - Throws: ``LinimasaError`` `.storage` naming the store and the holder when
    ///   another ingest holds it and `wait` is `false`.
    func acquire(store: String, wait: Bool) async throws {
        while true {
            if try tryAcquire(store: store) { return }
            guard wait else {
                let holder = lockPath.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }?
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                let who = holder.map { $0.isEmpty ? "" : " (process \($0))" } ?? ""
                throw LinimasaError(
                    .storage,
                    "another ingest is writing to '\(store)'\(who); wait for it to finish, or pass --wait to queue behind it"
                )
            }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    /// One attempt; `true` when the lease is now held by this object.
    private func tryAcquire(store: String) throws -> Bool {
        try descriptor.withLock { fd -> Bool in
            if fd >= 0 { return false }
            guard let lockPath else {
                fd = 1
                return true
            }
            let opened = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard opened >= 0 else {
                let reason = String(cString: strerror(errno))
                throw LinimasaError(.storage, "cannot create the lock file '\(lockPath)' for '\(store)': \(reason)")
            }
            guard flock(opened, LOCK_EX | LOCK_NB) == 0 else {
                close(opened)
                return false
            }
            let pid = Array("\(getpid())\n".utf8)
            _ = ftruncate(opened, 0)
            _ = pid.withUnsafeBytes { pwrite(opened, $0.baseAddress, $0.count, 0) }
            fd = opened
            return true
        }
    }

    /// Gives the lease back; harmless when not held.
    func release() {
        descriptor.withLock { fd in
            guard fd >= 0 else { return }
            if lockPath != nil {
                _ = ftruncate(fd, 0)
                _ = flock(fd, LOCK_UN)
                close(fd)
            }
            fd = -1
        }
    }
}

import Glibc
import SystemPackage

/// One process of a kind per node: an exclusive `flock` on a small file holding the holder's pid.
/// The kernel drops the lock when the holder exits, however it exits, so a crash never leaves a
/// stale lock behind (a pid file alone would); the pid in it only names the holder to a second one.
public final class InstanceLock: Sendable {
    /// The open, locked file: kept for the life of the process.
    private let descriptor: FileDescriptor
    public let path: String

    /// Why the lock was not taken.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// Another live process holds it; its pid when the file says.
        case held(by: Int32?)
        case unusable(FileError)

        public var description: String {
            switch self {
            case .held(let pid): "held by \(pid.map { "pid \($0)" } ?? "another process")"
            case .unusable(let error): "\(error)"
            }
        }
    }

    private init(descriptor: FileDescriptor, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    /// Takes the lock at `path` without waiting (the file is created 0644, never through a link) and
    /// writes this process's pid into it.
    public static func acquire(_ path: String) throws(Failure) -> InstanceLock {
        let fd: FileDescriptor
        do {
            fd = try FileDescriptor.open(
                FilePath(path), .readWrite, options: [.create, .noFollow, .closeOnExec],
                permissions: [.ownerReadWrite, .groupRead, .otherRead])
        } catch {
            throw .unusable(FileError(path: path, errno: error as? Errno, tooLarge: false))
        }
        guard flock(fd.rawValue, LOCK_EX | LOCK_NB) == 0 else {
            let failure = Errno(rawValue: errno)
            defer { try? fd.close() }
            guard failure == .wouldBlock else {
                throw .unusable(FileError(path: path, errno: failure, tooLarge: false))
            }
            throw .held(by: holder(fd))
        }
        let text = "\(getpid())\n"
        _ = fchmod(fd.rawValue, 0o644)
        guard ftruncate(fd.rawValue, 0) == 0, (try? fd.writeAll(toAbsoluteOffset: 0, text.utf8)) == text.utf8.count
        else {
            let failure = Errno(rawValue: errno)
            try? fd.close()
            throw .unusable(FileError(path: path, errno: failure, tooLarge: false))
        }
        return InstanceLock(descriptor: fd, path: path)
    }

    /// The pid the holder wrote (it writes right after locking: a moment after, the file may still be empty).
    private static func holder(_ fd: FileDescriptor) -> Int32? {
        var bytes = [UInt8](repeating: 0, count: 32)
        let count = (try? bytes.withUnsafeMutableBytes { try fd.read(fromAbsoluteOffset: 0, into: $0) }) ?? 0
        return Int32(String(decoding: bytes[..<count], as: UTF8.self).trimmingWhitespace())
    }

    /// The pid written in the lock file at `path`, whether or not it is held (for `status`).
    public static func recordedPID(_ path: String) -> Int32? {
        (try? Files.readText(path, limit: 64)).flatMap { Int32($0.trimmingWhitespace()) }
    }

    deinit { try? descriptor.close() }
}

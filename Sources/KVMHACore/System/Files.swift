import Glibc
import SystemPackage

/// Why a file could not be read or written; the path is kept, the contents never.
public struct FileError: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let errno: Errno?
    public let tooLarge: Bool

    public var description: String {
        tooLarge ? "\(path): larger than allowed" : "\(path): \(errno.map { "\($0)" } ?? "unreadable")"
    }

    /// ENOENT: the file is not there.
    public var isMissing: Bool { errno == .noSuchFileOrDirectory }
}

/// Small whole-file reads and atomic writes (libc layer, through swift-system).
public enum Files {
    /// 0644: for files other programs read (systemd drop-ins).
    public static let readableByAll: FilePermissions = [.ownerReadWrite, .groupRead, .otherRead]

    /// Reads at most `limit` bytes; a longer file is an error, not a silent truncation.
    public static func read(_ path: String, limit: Int = 1 << 20) throws(FileError) -> [UInt8] {
        let fd: FileDescriptor
        do { fd = try FileDescriptor.open(FilePath(path), .readOnly, options: [.closeOnExec]) } catch {
            throw FileError(path: path, errno: error as? Errno, tooLarge: false)
        }
        defer { try? fd.close() }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count: Int
            do { count = try chunk.withUnsafeMutableBytes { try fd.read(into: $0, retryOnInterrupt: true) } } catch {
                throw FileError(path: path, errno: error as? Errno, tooLarge: false)
            }
            if count == 0 { return bytes }
            bytes += chunk[0..<count]
            if bytes.count > limit { throw FileError(path: path, errno: nil, tooLarge: true) }
        }
    }

    public static func readText(_ path: String, limit: Int = 1 << 20) throws(FileError) -> String {
        String(decoding: try read(path, limit: limit), as: UTF8.self)
    }

    /// Writes to a temporary file beside `path` and renames it over: readers see old or new, never half.
    public static func writeAtomically(_ path: String, _ text: String, mode: FilePermissions = [.ownerReadWrite])
        throws(FileError)
    {
        let temporary = path + ".tmp.\(getpid())"
        do {
            let fd = try FileDescriptor.open(
                FilePath(temporary), .writeOnly, options: [.create, .truncate, .closeOnExec], permissions: mode)
            do {
                try fd.writeAll(text.utf8)
                try fd.close()
            } catch {
                try? fd.close()
                throw error
            }
        } catch {
            _ = unlink(temporary)
            throw FileError(path: temporary, errno: error as? Errno, tooLarge: false)
        }
        guard rename(temporary, path) == 0 else {
            let failure = Errno(rawValue: Glibc.errno)
            _ = unlink(temporary)
            throw FileError(path: path, errno: failure, tooLarge: false)
        }
    }

    /// Appends to a log file (created 0600); a failure to log is not an error of the caller.
    public static func append(_ path: String, _ text: String) {
        guard
            let fd = try? FileDescriptor.open(
                FilePath(path), .writeOnly, options: [.create, .append, .closeOnExec], permissions: [.ownerReadWrite])
        else { return }
        _ = try? fd.writeAll(text.utf8)
        try? fd.close()
    }

    /// Removes a file; a missing one is fine.
    public static func remove(_ path: String) {
        _ = unlink(path)
    }

    /// `mkdir -p` with `mode` for what it creates.
    public static func makeDirectories(_ path: String, mode: mode_t = 0o755) throws(FileError) {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, mode) != 0 && Glibc.errno != EEXIST {
                throw FileError(path: current, errno: Errno(rawValue: Glibc.errno), tooLarge: false)
            }
        }
    }

    /// The names in a directory (no `.`/`..`); empty when it does not exist.
    public static func list(_ directory: String) -> [String] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// The directory part of a path ("." for a bare name).
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    public static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }
    public static func isExecutable(_ path: String) -> Bool { access(path, X_OK) == 0 }
}

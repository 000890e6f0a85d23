import Glibc
import SystemPackage

/// Why a file could not be read or written; the path is kept, the contents never.
public struct FileError: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let errno: Errno?
    public let tooLarge: Bool
    /// Not a regular file (a FIFO, a device, a directory).
    public var notRegular = false

    public init(path: String, errno: Errno?, tooLarge: Bool, notRegular: Bool = false) {
        self.path = path
        self.errno = errno
        self.tooLarge = tooLarge
        self.notRegular = notRegular
    }

    public var description: String {
        let shown = ParameterValues.printable(path)
        if tooLarge { return "\(shown): larger than allowed" }
        if notRegular { return "\(shown): not a regular file" }
        return "\(shown): \(errno.map { "\($0)" } ?? "unreadable")"
    }

    /// ENOENT: the file is not there.
    public var isMissing: Bool { errno == .noSuchFileOrDirectory }

    /// EACCES or EPERM: there, but not for this user.
    public var isPermissionDenied: Bool { errno == .permissionDenied || errno == .notPermitted }
}

/// Small whole-file reads and atomic writes (libc layer, through swift-system).
public enum Files {
    /// 0644: for files other programs read (systemd drop-ins).
    public static let readableByAll: FilePermissions = [.ownerReadWrite, .groupRead, .otherRead]

    /// Opens a regular file (or one of /proc's) for reading, with its size: a FIFO or a device would
    /// block or never end, so it is refused (opened non-blocking, checked with fstat) before a read.
    private static func openRegular(_ path: String) throws(FileError) -> (FileDescriptor, size: Int) {
        let fd: FileDescriptor
        do {
            fd = try FileDescriptor.open(FilePath(path), .readOnly, options: [.closeOnExec, .nonBlocking])
        } catch {
            throw FileError(path: path, errno: error as? Errno, tooLarge: false)
        }
        var status = stat()
        guard fstat(fd.rawValue, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            try? fd.close()
            throw FileError(path: path, errno: nil, tooLarge: false, notRegular: true)
        }
        return (fd, Int(status.st_size))
    }

    /// Reads at most `limit` bytes; a longer file is an error, not a silent truncation.
    /// Only regular files (and /proc's): a FIFO or a device would block or never end, so it is refused
    /// (opened non-blocking, checked with fstat) before a byte is read.
    public static func read(_ path: String, limit: Int = 1 << 20) throws(FileError) -> [UInt8] {
        let (fd, _) = try openRegular(path)
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

    /// The complete lines among the last `bytes` bytes of a regular file (a log's newest lines,
    /// however large the log): the first, cut line of that window is left out.
    public static func lastLines(_ path: String, bytes: Int = 256 << 10) throws(FileError) -> [String] {
        let (fd, size) = try openRegular(path)
        defer { try? fd.close() }
        let start = max(0, size - bytes)
        var window = [UInt8](repeating: 0, count: size - start)
        var filled = 0
        while filled < window.count {
            let count: Int
            do {
                count = try window.withUnsafeMutableBytes {
                    try fd.read(
                        fromAbsoluteOffset: Int64(start + filled),
                        into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...]))
                }
            } catch {
                throw FileError(path: path, errno: error as? Errno, tooLarge: false)
            }
            if count == 0 { break }
            filled += count
        }
        var lines = window[..<filled].split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if start > 0, !lines.isEmpty { lines.removeFirst() }
        if lines.last?.isEmpty == true || (filled > 0 && window[filled - 1] != UInt8(ascii: "\n")) {
            lines.removeLast()
        }
        return lines.filter { !$0.isEmpty }.map { String(decoding: $0, as: UTF8.self) }
    }

    public static func readText(_ path: String, limit: Int = 1 << 20) throws(FileError) -> String {
        String(decoding: try read(path, limit: limit), as: UTF8.self)
    }

    /// The prefix of every temporary file: no record, status or log file name starts with a dot, so a
    /// reader that skips dot-files never skips a real one (a resource may well be called `vm.tmp.1`).
    public static let temporaryPrefix = "."

    /// A temporary name beside `path` that nobody can predict: `.NAME.RANDOM`.
    static func temporaryName(for path: String) -> String {
        let directory = directory(of: path)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return directory + "/" + temporaryPrefix + name + "." + String(UInt64.random(in: .min ... .max), radix: 36)
    }

    /// Owner, group and permission bits of a file, to give a rewritten file back to whom it belonged.
    public struct Ownership: Sendable, Equatable {
        public let user: uid_t
        public let group: gid_t
        public let mode: mode_t

        public init(user: uid_t, group: gid_t, mode: mode_t) {
            (self.user, self.group, self.mode) = (user, group, mode)
        }

        /// Root's, readable by Pacemaker's `haclient` group (as Pacemaker's own state is) whatever
        /// the umask: what `crm_mon` users may read of a daemon's status and events. Root's alone
        /// where the group does not exist.
        public static let clusterReadable = Ownership(user: 0, group: haclientGroup ?? 0, mode: 0o640)

        /// Pacemaker's CRM_DAEMON_GROUP, looked up once.
        static let haclientGroup: gid_t? = {
            var entry = Glibc.group()
            var result: UnsafeMutablePointer<Glibc.group>?
            var buffer = [CChar](repeating: 0, count: 4096)
            guard getgrnam_r("haclient", &entry, &buffer, buffer.count, &result) == 0, result != nil else { return nil }
            return entry.gr_gid
        }()

        /// The regular file at `path`'s, nil when there is none (a symbolic link is not followed).
        public static func of(_ path: String) -> Ownership? {
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
            return Ownership(user: info.st_uid, group: info.st_gid, mode: info.st_mode & 0o7777)
        }
    }

    /// Writes to a temporary file beside `path` and renames it over: readers see old or new, never half.
    /// The temporary file is created new (O_EXCL, O_NOFOLLOW): a link planted under its name is refused,
    /// never followed. Its mode is set with fchmod, so the caller's umask (Pacemaker runs agents with
    /// 0026) cannot narrow it; with `ownership` (an admin's file rewritten) owner, group and mode are
    /// those instead of `mode`.
    public static func writeAtomically(
        _ path: String, _ text: String, mode: FilePermissions = [.ownerReadWrite], ownership: Ownership? = nil
    ) throws(FileError) {
        let temporary = temporaryName(for: path)
        do {
            let fd = try FileDescriptor.open(
                FilePath(temporary), .writeOnly, options: [.create, .exclusiveCreate, .noFollow, .closeOnExec],
                permissions: mode)
            do {
                if let ownership, fchown(fd.rawValue, ownership.user, ownership.group) != 0 {
                    throw Errno(rawValue: errno)
                }
                guard fchmod(fd.rawValue, ownership?.mode ?? mode_t(mode.rawValue)) == 0 else {
                    throw Errno(rawValue: errno)
                }
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
        guard Glibc.rename(temporary, path) == 0 else {
            let failure = Errno(rawValue: Glibc.errno)
            _ = unlink(temporary)
            throw FileError(path: path, errno: failure, tooLarge: false)
        }
    }

    /// A second name for the file at `path` (`link(2)`: same inode, so content, owner, mode and times
    /// are shared); a symbolic link is linked itself, never followed.
    public static func link(_ path: String, as newPath: String) throws(FileError) {
        guard Glibc.link(path, newPath) == 0 else {
            throw FileError(path: newPath, errno: Errno(rawValue: Glibc.errno), tooLarge: false)
        }
    }

    /// Whether a name exists, symbolic links not followed (a dangling link exists).
    public static func entryExists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Appends to a log file (created 0600, never through a symbolic link: the path is configurable);
    /// a failure to log is not an error of the caller.
    public static func append(_ path: String, _ text: String, ownership: Ownership? = nil) {
        guard
            let fd = try? FileDescriptor.open(
                FilePath(path), .writeOnly, options: [.create, .append, .noFollow, .closeOnExec],
                permissions: [.ownerReadWrite])
        else { return }
        if let ownership {  // as asked whoever created it and whatever the umask
            _ = fchown(fd.rawValue, ownership.user, ownership.group)
            _ = fchmod(fd.rawValue, ownership.mode)
        }
        _ = try? fd.writeAll(text.utf8)
        try? fd.close()
    }

    /// The size of a file in bytes, nil when it cannot be read.
    public static func size(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    /// Renames `path` to `newPath` (replacing it); false when that fails.
    @discardableResult
    public static func rename(_ path: String, to newPath: String) -> Bool { Glibc.rename(path, newPath) == 0 }

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

    /// What a path names, following symlinks (as /dev/disk/by-id/… are).
    public enum Kind: Sendable, Equatable { case missing, regular, directory, blockDevice, characterDevice, other }
    public static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .directory
        case S_IFBLK: return .blockDevice
        case S_IFCHR: return .characterDevice
        default: return .other
        }
    }
    public static func isExecutable(_ path: String) -> Bool { access(path, X_OK) == 0 }
}

import Glibc
import SystemPackage

/// A daemon's stdout and stderr when they are a log file (the OCF agent starts it so): pointed at
/// the file's path again on SIGHUP, after logrotate moved the old file away.
public enum OutputLog {
    public static func reopen(_ path: String) throws(FileError) {
        let fd: FileDescriptor
        do {
            fd = try FileDescriptor.open(
                FilePath(path), .writeOnly, options: [.append, .create, .noFollow, .closeOnExec],
                permissions: [.ownerReadWrite, .groupRead])
        } catch {
            throw FileError(path: path, errno: error as? Errno, tooLarge: false)
        }
        defer { try? fd.close() }
        guard dup2(fd.rawValue, STDOUT_FILENO) >= 0, dup2(fd.rawValue, STDERR_FILENO) >= 0 else {
            throw FileError(path: path, errno: Errno(rawValue: errno), tooLarge: false)
        }
    }
}

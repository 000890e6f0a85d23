import Glibc

/// Why a daemon could not be spawned.
public struct SpawnError: Error, Sendable, CustomStringConvertible {
    public let executable: String
    public let code: Int32
    public var description: String { "\(executable) could not be started: \(String(cString: strerror(code)))" }
}

/// Starts a daemon that outlives us: its own session (setsid), stdin from /dev/null, stdout and
/// stderr appended to `logFile`, an argument array and no shell (`posix_spawn`).
public enum Detached {
    /// glibc's POSIX_SPAWN_SETSID (2.26+), which the Glibc module does not import.
    static let setSessionFlag: Int32 = 0x80

    public static func spawn(
        _ executable: String, _ arguments: [String], logFile: String
    ) throws(SpawnError) -> ProcessIdentity {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        // O_NOFOLLOW: a link planted at the log's path (in a directory others can write) is not followed
        // by the root process that opens it; the spawn then fails with ELOOP, said by the caller.
        posix_spawn_file_actions_addopen(
            &actions, 1, logFile, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW, 0o640)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(
            &attributes, Int16(Self.setSessionFlag | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGTERM, SIGINT, SIGHUP, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard result == 0 else { throw SpawnError(executable: executable, code: result) }
        // The daemon is now our child until we exit; it is re-parented then, and reaped by init.
        guard let identity = ProcessIdentity.current(pid: pid) else {
            throw SpawnError(executable: executable, code: ESRCH)
        }
        return identity
    }
}

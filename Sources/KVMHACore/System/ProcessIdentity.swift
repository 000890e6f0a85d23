import Glibc
import SystemPackage

/// A process named by pid and kernel start time (clock ticks since boot, /proc/PID/stat field 22),
/// so that a recycled pid is never mistaken for the process that was recorded.
public struct ProcessIdentity: Sendable, Hashable, CustomStringConvertible {
    public let pid: Int32
    public let startTime: UInt64

    public init(pid: Int32, startTime: UInt64) {
        self.pid = pid
        self.startTime = startTime
    }

    /// This process's pid.
    public static var ownPID: Int32 { getpid() }

    /// The identity of the live process `pid`, nil when there is none.
    public static func current(pid: Int32) -> ProcessIdentity? {
        guard pid > 0, let start = startTime(of: pid) else { return nil }
        return ProcessIdentity(pid: pid, startTime: start)
    }

    /// Still the same process (alive, same start time; a zombie counts as gone).
    public var isAlive: Bool {
        guard let state = ownState else { return false }
        return state != "Z" && state != "X"
    }

    /// Stopped by a signal (SIGSTOP): alive but doing nothing. A tracing stop (`t`: an admin's gdb or
    /// strace holds it) is someone at work on the process, not a hang: never a reason to kill it.
    public var isStopped: Bool { ownState == "T" }

    /// The process state letter (/proc/PID/stat field 3) while the pid is still this process.
    private var ownState: Substring? {
        guard let stat = try? Files.readText("/proc/\(pid)/stat", limit: 4096),
            let fields = Self.fieldsAfterName(stat), fields.count > 19, UInt64(fields[19]) == startTime
        else { return nil }
        return fields[0]
    }

    /// The command line's arguments.
    public var arguments: [String] {
        guard let bytes = try? Files.read("/proc/\(pid)/cmdline", limit: 1 << 20) else { return [] }
        return bytes.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Sends `signal` if it is still the same process.
    @discardableResult
    public func send(_ signal: Int32) -> Bool {
        deliver(signal) == nil
    }

    /// Sends `signal` if it is still the same process: nil when delivered, else why not (ESRCH once
    /// it is gone; EPERM where a security module forbids it).
    public func deliver(_ signal: Int32) -> Errno? {
        guard isAlive else { return .noSuchProcess }
        return kill(pid, signal) == 0 ? nil : Errno(rawValue: errno)
    }

    public var description: String { "pid \(pid) (start \(startTime))" }

    static func startTime(of pid: Int32) -> UInt64? {
        guard let stat = try? Files.readText("/proc/\(pid)/stat", limit: 4096),
            let fields = fieldsAfterName(stat), fields.count > 19
        else { return nil }
        return UInt64(fields[19])
    }

    /// Fields after `(comm)`, which may itself contain spaces and parentheses: field 3 is index 0.
    static func fieldsAfterName(_ stat: String) -> [Substring]? {
        guard let close = stat.lastIndex(of: ")") else { return nil }
        return stat[stat.index(after: close)...].split(separator: " ")
    }
}

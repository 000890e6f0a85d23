import CLibcShims
import Glibc

/// A process that will hold a secret (the BMC password) must never leave it in a core file: no core
/// (RLIMIT_CORE 0, whatever `ulimit -c` the caller had) and not dumpable at all (PR_SET_DUMPABLE 0,
/// which also covers a core_pattern pipe and keeps other users' ptrace and /proc/PID/mem out), and
/// no crash report of memory contents.
public enum CoreDumps {
    /// Call first thing in `main`, before any secret is read. Says whether both took effect.
    @discardableResult
    public static func forbid() -> Bool {
        // The Swift runtime's crash handler prints registers and the memory they point to on stderr,
        // which Pacemaker logs: a crash of this process just ends it.
        for crash in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] { signal(crash, SIG_DFL) }
        var none = rlimit(rlim_cur: 0, rlim_max: 0)
        let limited = setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &none) == 0
        return kvmha_set_undumpable() == 0 && limited
    }
}

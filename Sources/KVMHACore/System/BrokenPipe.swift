import Glibc

/// libvirt writes to its socket with write(2): when libvirtd dies mid-call, SIGPIPE would kill the
/// process (a stop killed so fails, and a failed stop fences the node). Ignored, the call fails with
/// EPIPE instead and the caller's lost-connection path runs. Children get the default back
/// (`Detached`, posix_spawn's setsigdefault).
public enum BrokenPipe {
    public static func ignore() { _ = signal(SIGPIPE, SIG_IGN) }
}

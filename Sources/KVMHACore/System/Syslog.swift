import Glibc

/// The system log, with the agent's identity (`VirtualDomain(vm1)`) as ident (libc layer).
public enum Syslog {
    public static func log(_ priority: Int32, ident: String, _ message: String) {
        // A fixed "%s" format: the message is never interpreted as a format string.
        (ident + ": " + message).withCString { text in
            withVaList([text]) { vsyslog(LOG_DAEMON | priority, "%s", $0) }
        }
    }
}

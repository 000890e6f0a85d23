import Glibc

/// The system log, tagged with the agent's identity (`VirtualDomain(vm1)[4242]`) as `logger -t` would
/// tag it (libc layer).
public enum Syslog {
    /// `priority` carries the facility too (LOG_DAEMON | LOG_INFO).
    public static func log(_ priority: Int32, ident: String, _ message: String) {
        // A fixed "%s" format: the message is never interpreted as a format string. The tag is part of
        // the text (with LOG_PID off and openlog never called), so no C string must outlive this call.
        ("\(ident): " + message).withCString { text in
            withVaList([text]) { vsyslog(priority, "%s", $0) }
        }
    }

    /// The facility named as syslog.conf and `logger -p` name it; nil for an unknown name.
    public static func facility(named name: String) -> Int32? {
        let names: [String: Int32] = [
            "kern": LOG_KERN, "user": LOG_USER, "mail": LOG_MAIL, "daemon": LOG_DAEMON, "auth": LOG_AUTH,
            "syslog": LOG_SYSLOG, "lpr": LOG_LPR, "news": LOG_NEWS, "uucp": LOG_UUCP, "cron": LOG_CRON,
            "authpriv": LOG_AUTHPRIV, "ftp": LOG_FTP, "local0": LOG_LOCAL0, "local1": LOG_LOCAL1,
            "local2": LOG_LOCAL2, "local3": LOG_LOCAL3, "local4": LOG_LOCAL4, "local5": LOG_LOCAL5,
            "local6": LOG_LOCAL6, "local7": LOG_LOCAL7,
        ]
        return names[name.lowercased()]
    }
}

import Logging

/// The process sets up logging once, in `main`; libraries only receive a `Logger`.
public enum AgentLogging {
    public static func bootstrap(
        ident: String, debug: Bool, toSyslog: Bool = true, toStandardError: Bool = true, debugFile: String? = nil,
        timestamps: Bool = false
    ) -> Logger {
        LoggingSystem.bootstrap { _ in
            AgentLogHandler(
                ident: ident, level: debug ? .debug : .info, toSyslog: toSyslog, toStandardError: toStandardError,
                debugFile: debugFile, timestamps: timestamps)
        }
        return Logger(label: ident)
    }
}

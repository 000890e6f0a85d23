import Glibc
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

    /// An OCF agent's logging by ocf-shellfuncs' rules: tag `AGENT(RESOURCE)[PID]`; syslog with
    /// HA_LOGFACILITY (`none` or unset: no syslog); HA_LOGFILE with a date; HA_DEBUGLOG gets every line;
    /// stderr only when neither a facility nor a log file is set (otherwise execd would log each line
    /// again as the agent's "error output"); HA_debug other than 0 turns debug lines on. Pacemaker
    /// exports the lower-case spellings (HA_logfacility, HA_logfile, HA_debugfile) too.
    public static func bootstrapOCF(agent: String, environment: [String: String]) -> Logger {
        let destinations = OCFLogDestinations(agent: agent, environment: environment)
        LoggingSystem.bootstrap { _ in
            AgentLogHandler(
                ident: destinations.tag, level: destinations.debug ? .debug : .info,
                toSyslog: destinations.facility != nil, facility: destinations.facility ?? LOG_DAEMON,
                toStandardError: destinations.toStandardError, logFile: destinations.logFile,
                debugFile: destinations.debugFile)
        }
        return Logger(label: destinations.tag)
    }
}

/// Where an OCF agent's lines go, read from the environment Pacemaker's executor gives it.
public struct OCFLogDestinations: Sendable, Equatable {
    public let tag: String
    public let facility: Int32?
    public let logFile: String?
    public let debugFile: String?
    public let debug: Bool

    public var toStandardError: Bool { facility == nil && logFile == nil }

    public init(agent: String, environment: [String: String], pid: Int32 = getpid()) {
        func value(_ names: String...) -> String? {
            names.lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        }
        let resource = environment["OCF_RESOURCE_INSTANCE"].flatMap { $0.isEmpty ? nil : $0 }
        tag = (resource.map { "\(agent)(\($0))" } ?? agent) + "[\(pid)]"
        let facilityName = value("HA_LOGFACILITY", "HA_logfacility", "PCMK_logfacility")
        facility = facilityName.flatMap { $0 == "none" ? nil : Syslog.facility(named: $0) }
        logFile = value("HA_LOGFILE", "HA_logfile")
        debugFile = value("HA_DEBUGLOG", "HA_debugfile")
        debug = value("HA_debug").map { $0 != "0" } ?? false
    }
}

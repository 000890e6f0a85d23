import Glibc
import Logging

/// swift-log handler for agents: `LEVEL: message` lines on stderr (Pacemaker's execd keeps them in
/// its log next to the action) and the same line in syslog under the agent's identity.
public struct AgentLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level
    public let ident: String
    public let toSyslog: Bool
    /// The syslog facility (LOG_DAEMON unless HA_LOGFACILITY names another).
    public let facility: Int32
    public let toStandardError: Bool
    /// A log file that gets lines at info and above with a date (ocf-shellfuncs' HA_LOGFILE).
    public let logFile: String?
    /// A file that gets every line too (fence agents' `debug_file`), created 0600.
    public let debugFile: String?
    /// A UTC timestamp before each stderr line (the daemon's timeline; agents leave it to execd).
    public let timestamps: Bool

    public init(
        ident: String, level: Logger.Level = .info, toSyslog: Bool = true, facility: Int32 = LOG_DAEMON,
        toStandardError: Bool = true, logFile: String? = nil, debugFile: String? = nil, timestamps: Bool = false
    ) {
        self.timestamps = timestamps
        self.facility = facility
        self.logFile = logFile
        self.ident = ident
        self.logLevel = level
        self.toSyslog = toSyslog
        self.toStandardError = toStandardError
        self.debugFile = debugFile
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var text = "\(Self.word(event.level)): \(event.message)"
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        if !merged.isEmpty {
            text += " " + merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        }
        if toStandardError { StandardError.write(line: timestamps ? "\(Timestamp.now()) \(text)" : text) }
        if let logFile, event.level >= .info { Files.append(logFile, "\(Timestamp.now()) \(ident): \(text)\n") }
        if let debugFile, debugFile != logFile { Files.append(debugFile, "\(ident): \(Timestamp.now()) \(text)\n") }
        if toSyslog { Syslog.log(facility | Self.priority(event.level), ident: ident, text) }
    }

    /// The words ocf_log uses.
    static func word(_ level: Logger.Level) -> String {
        switch level {
        case .trace, .debug: "DEBUG"
        case .info, .notice: "INFO"
        case .warning: "WARNING"
        case .error: "ERROR"
        case .critical: "CRIT"
        }
    }

    static func priority(_ level: Logger.Level) -> Int32 {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }
}

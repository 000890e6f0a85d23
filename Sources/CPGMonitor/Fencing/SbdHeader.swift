/// The timeouts `sbd -d DEVICE dump` prints from a disk's header (sbd owns the on-disk format; we
/// read what it says, we do not parse its sectors).
struct SbdHeader: Equatable, Sendable {
    var watchdog: Int
    var msgwait: Int

    /// From dump's "Timeout (watchdog) : 2" and "Timeout (msgwait)  : 4" lines; nil without both.
    static func parse(dump text: String) -> SbdHeader? {
        var watchdog: Int?
        var msgwait: Int?
        for line in text.split(separator: "\n") {
            guard let colon = line.lastIndex(of: ":") else { continue }
            let value = Int(line[line.index(after: colon)...].filter { $0 != " " && $0 != "\t" })
            if line.hasPrefix("Timeout (watchdog)") { watchdog = value }
            if line.hasPrefix("Timeout (msgwait)") { msgwait = value }
        }
        guard let watchdog, let msgwait else { return nil }
        return SbdHeader(watchdog: watchdog, msgwait: msgwait)
    }
}

/// A Pacemaker duration option ("60s", "4", "1min", "500ms", "-1") in milliseconds; nil when it is not
/// one (Pacemaker itself then falls back to the default, which the check says).
enum PacemakerDuration {
    static func milliseconds(_ text: String) -> Int? {
        let value = text.filter { $0 != " " }.lowercased()
        let digits = value.prefix { $0.isNumber || $0 == "-" }
        guard let number = Int(digits) else { return nil }
        let unit = value.dropFirst(digits.count)
        let scale: Int
        switch unit {
        case "", "s", "sec", "secs": scale = 1000
        case "ms", "msec", "msecs": scale = 1
        case "m", "min", "mins": scale = 60_000
        case "h", "hr", "hrs": scale = 3_600_000
        default: return nil
        }
        return number * scale
    }
}

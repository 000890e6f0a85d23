/// What sbd's environment file (/etc/default/sbd on Debian, /etc/sysconfig/sbd elsewhere) sets, read
/// as sbd.service's EnvironmentFile= reads it: KEY=VALUE lines, comments, optional quotes.
struct SbdSettings: Equatable, Sendable {
    /// SBD_DEVICE, split on ';': empty means diskless sbd (watchdog fencing only).
    var devices: [String] = []
    var watchdogDevice = "/dev/watchdog"
    /// SBD_WATCHDOG_TIMEOUT in seconds (sbd's default 5): the timeout diskless sbd arms; with disks,
    /// the disk header's wins.
    var watchdogTimeout = 5
    var pacemaker = true
    /// Lines that are not KEY=VALUE, or values that do not parse: said, not guessed at.
    var problems: [String] = []

    static let paths = ["/etc/default/sbd", "/etc/sysconfig/sbd"]

    static func parse(_ text: String) -> SbdSettings {
        var settings = SbdSettings()
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmed(of: " \t\r")
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "=") else {
                settings.problems.append("line \(number + 1) is not KEY=VALUE")
                continue
            }
            let key = String(line[..<equals])
            var value = String(line[line.index(after: equals)...])
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            switch key {
            case "SBD_DEVICE":
                settings.devices = value.split(separator: ";").map { $0.trimmed(of: " ") }.filter {
                    !$0.isEmpty
                }
            case "SBD_WATCHDOG_DEV":
                settings.watchdogDevice = value
            case "SBD_WATCHDOG_TIMEOUT":
                if let seconds = Int(value), seconds > 0 {
                    settings.watchdogTimeout = seconds
                } else {
                    settings.problems.append("SBD_WATCHDOG_TIMEOUT '\(value)' is not a number of seconds")
                }
            case "SBD_PACEMAKER":
                settings.pacemaker = !["no", "false", "0", "n"].contains(value.lowercased())
            default:
                continue
            }
        }
        return settings
    }
}

extension String {
    fileprivate func trimmed(of set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}

extension Substring {
    fileprivate func trimmed(of set: String) -> String { String(self).trimmed(of: set) }
}

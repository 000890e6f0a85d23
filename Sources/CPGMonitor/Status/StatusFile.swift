import KVMHACore

/// The status file as read back by `status` and by the OCF monitor.
struct StatusFile {
    let fields: [String: String]
    private let lines: [Substring]

    init(_ text: String) {
        lines = text.split(separator: "\n")
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix(" ") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = String(line[line.index(after: colon)...]).trimmingWhitespace()
        }
        self.fields = fields
    }

    var pid: Int32? { fields["pid"].flatMap { Int32($0) } }

    /// The indented lines under `key` (members, managed domains).
    func list(_ key: String) -> [String] {
        guard let header = lines.firstIndex(where: { $0.hasPrefix(key + ":") }) else { return [] }
        return lines[lines.index(after: header)...].prefix { $0.hasPrefix("  ") }.map { $0.trimmingWhitespace() }
    }

    /// Milliseconds since it was written, on the boot-time clock (a wall-clock step would fake or hide
    /// a hang); nil when unknown. A file without it (an older daemon) is aged by the wall clock.
    var age: Int64? {
        if let written = fields["updated_boottime"].flatMap({ Int64($0) }) {
            return Timestamp.bootMilliseconds() - written
        }
        return fields["updated"].flatMap { Int64($0) }.map { Timestamp.epochMilliseconds() - $0 }
    }

    func isFresh(within limit: Duration) -> Bool {
        guard let age else { return false }
        return age >= 0 && age <= Int64(limit.wholeMilliseconds)
    }
}

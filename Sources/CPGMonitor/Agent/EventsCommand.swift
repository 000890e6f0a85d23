import KVMHACore

/// `kvmha-cpgmonitor events [--since WHEN] [--follow] [--events-file F | --status-file F]`: the
/// daemon's events as it wrote them, one JSON line each (`jq` reads them), the rotated file's (`.1`)
/// first; `--since` takes milliseconds since the epoch, an age (`90s`, `15m`, `2h`, `3d`) or an ISO
/// 8601 time (`2026-12-07T12:30Z`, local without a zone), `--follow` waits for new ones.
enum EventsCommand {
    static let usage =
        "usage: kvmha-cpgmonitor events [--since EPOCH_MS|AGE|ISO8601] [--follow] [--events-file FILE | --status-file FILE]"

    static func run(_ arguments: [String]) -> CommandExit {
        var rest: [String] = []
        var follow = false
        var since: Int64?
        var index = arguments.startIndex
        while index < arguments.endIndex {
            switch arguments[index] {
            case "-h", "--help":
                print(usage)
                return .success
            case "--follow", "-f": follow = true
            case "--since":
                index += 1
                guard index < arguments.endIndex, let time = sinceTime(arguments[index]) else {
                    StandardError.write(
                        line: "kvmha-cpgmonitor: --since takes epoch milliseconds, an age like 15m or an ISO 8601 time")
                    return .usage
                }
                since = time
            default: rest.append(arguments[index])
            }
            index += 1
        }
        let values: ParameterValues
        do { values = try MonitorParameters.table.values(arguments: rest) } catch {
            StandardError.write(line: "kvmha-cpgmonitor: \(error.reason)")
            return .usage
        }
        let path = EventLog.path(values)
        guard follow || Files.exists(path) else {
            StandardError.write(line: "kvmha-cpgmonitor: no events file \(path)")
            return .noEventsFile
        }
        func wanted(_ line: String) -> Bool { since.map { (time(of: line) ?? 0) >= $0 } ?? true }
        // The rotated file holds the older half: read first, so a --since reaches back across a rotation.
        if let older = try? Files.readText(path + ".1", limit: 4 * EventLog.defaultLimit) {
            for line in older.split(separator: "\n") where wanted(String(line)) { print(line) }
        }
        let tail = FileTail(path: path)
        while true {
            for line in tail.newLines() where wanted(line) { print(line) }
            guard follow else { return .success }
            tail.wait(until: .after(.seconds(60)))
        }
    }

    /// Epoch milliseconds, now minus an age in s, m, h or d, or an ISO 8601 time. An age too large
    /// to count in milliseconds is refused, never a trap.
    static func sinceTime(_ text: String, now: Int64 = Timestamp.epochMilliseconds()) -> Int64? {
        if let epoch = Int64(text) { return epoch }
        if let time = Timestamp.epochMilliseconds(iso8601: text) { return time }
        let units: [Character: Int64] = ["s": 1000, "m": 60_000, "h": 3_600_000, "d": 86_400_000]
        guard let unit = text.last.flatMap({ units[$0] }), let amount = Int64(text.dropLast()), amount >= 0 else {
            return nil
        }
        let (age, overflow) = amount.multipliedReportingOverflow(by: unit)
        return overflow ? nil : now - age
    }

    /// The `time` member of an event line (the daemon writes it second, as digits).
    static func time(of line: String) -> Int64? {
        let key = "\"time\":"
        guard let start = line.firstRange(of: key) else { return nil }
        return Int64(line[start.upperBound...].prefix { $0.isNumber })
    }
}

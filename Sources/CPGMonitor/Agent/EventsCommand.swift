import KVMHACore

/// `kvmha-cpgmonitor events [--since WHEN] [--follow] [--events-file F | --status-file F]`: the
/// daemon's events as it wrote them, one JSON line each (`jq` reads them); `--since` takes
/// milliseconds since the epoch or an age (`90s`, `15m`, `2h`), `--follow` waits for new ones.
enum EventsCommand {
    static func run(_ arguments: [String]) -> Int32 {
        var rest: [String] = []
        var follow = false
        var since: Int64?
        var index = arguments.startIndex
        while index < arguments.endIndex {
            switch arguments[index] {
            case "--follow", "-f": follow = true
            case "--since":
                index += 1
                guard index < arguments.endIndex, let time = sinceTime(arguments[index]) else {
                    StandardError.write(line: "kvmha-cpgmonitor: --since takes epoch milliseconds or an age like 15m")
                    return 2
                }
                since = time
            default: rest.append(arguments[index])
            }
            index += 1
        }
        let values: ParameterValues
        do { values = try MonitorParameters.table.values(arguments: rest) } catch {
            StandardError.write(line: "kvmha-cpgmonitor: \(error.reason)")
            return 2
        }
        let path = EventLog.path(values)
        guard follow || Files.exists(path) else {
            StandardError.write(line: "kvmha-cpgmonitor: no events file \(path)")
            return 3
        }
        let tail = FileTail(path: path)
        while true {
            for line in tail.newLines() where since.map({ (time(of: line) ?? 0) >= $0 }) ?? true { print(line) }
            guard follow else { return 0 }
            tail.wait(until: .after(.seconds(60)))
        }
    }

    /// Epoch milliseconds, or now minus an age in s, m or h.
    static func sinceTime(_ text: String, now: Int64 = Timestamp.epochMilliseconds()) -> Int64? {
        if let epoch = Int64(text) { return epoch }
        let units: [Character: Int64] = ["s": 1000, "m": 60_000, "h": 3_600_000]
        guard let unit = text.last.flatMap({ units[$0] }), let amount = Int64(text.dropLast()), amount >= 0 else {
            return nil
        }
        return now - amount * unit
    }

    /// The `time` member of an event line (the daemon writes it second, as digits).
    static func time(of line: String) -> Int64? {
        let key = "\"time\":"
        guard let start = line.firstRange(of: key) else { return nil }
        return Int64(line[start.upperBound...].prefix { $0.isNumber })
    }
}

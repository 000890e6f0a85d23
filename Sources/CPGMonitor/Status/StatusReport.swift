import KVMHACore

/// What `kvmha-cpgmonitor status` prints: the status file (the daemon's state now), then what it
/// decided since it last started — counts by kind, detection-to-report latency — and its last
/// events, read from the events file as data.
enum StatusReport {
    static let shownEvents = 30

    static func render(status: String, eventLines: [String]) -> String {
        let events = eventLines.compactMap(DaemonEvent.init(line:))
        let sinceStart = events.lastIndex { $0.kind == .started }.map { events[$0...] } ?? events[...]
        var lines = [String]()
        if let first = sinceStart.first {
            lines.append("since \(format(first.time)):")
            let counts = Dictionary(grouping: sinceStart, by: \.kind).mapValues(\.count)
            let counted = DaemonEvent.Kind.allCases.compactMap { kind in counts[kind].map { "\(kind.rawValue) \($0)" } }
            lines.append("  events: " + counted.joined(separator: ", "))
            let latencies = sinceStart.compactMap(\.latencyMs).sorted()
            if !latencies.isEmpty {
                lines.append(
                    "  detection to report: n=\(latencies.count), median \(latencies[latencies.count / 2]) ms, "
                        + "max \(latencies[latencies.count - 1]) ms")
            }
        }
        lines.append("last events:")
        lines += events.suffix(shownEvents).map { "  \(format($0.time)) \($0.kind.rawValue): \($0.text)" }
        // Names and sentences come from peers, libvirt and files: nothing in them may drive the terminal.
        return TerminalText.safe(status + lines.joined(separator: "\n") + "\n")
    }

    static func format(_ epochMilliseconds: Int64) -> String {
        Timestamp.format(
            seconds: Int(epochMilliseconds / 1000), milliseconds: Int(epochMilliseconds % 1000))
    }
}

import KVMHACore

/// `kvmha-cpgmonitor status [--output-as=text|json] [--status-file F] [--events-file F]`: the
/// daemon's state from its status file and what it decided from its events file. The exit status
/// says the state, as `systemctl is-active` and LSB status actions do, so scripts need not parse.
enum StatusCommand {
    /// The documented exit statuses (kvmha-cpgmonitor(8), EXIT STATUS).
    enum Outcome: Int32 {
        /// Running, in quorum, libvirt connected, its node name Corosync's.
        case healthy = 0
        /// Running, but it cannot do all of its job: no quorum, libvirt lost, or a node-name mismatch.
        case degraded = 1
        case usage = 2
        /// No status file, or one no daemon has refreshed within 5 s.
        case notRunning = 3
        /// The status file exists but cannot be read (permission denied: not root nor haclient).
        case unreadable = 4
    }

    static let usage =
        "usage: kvmha-cpgmonitor status [--output-as=text|json] [--status-file FILE] [--events-file FILE]"

    static func run(_ arguments: [String]) -> Int32 {
        var json = false
        var rest: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            switch argument {
            case "-h", "--help":
                print(usage)
                return 0
            case "--output-as=json", "--output-as=text": json = argument.hasSuffix("json")
            case "--output-as" where index + 1 < arguments.endIndex && ["json", "text"].contains(arguments[index + 1]):
                index += 1
                json = arguments[index] == "json"
            default: rest.append(argument)
            }
            index += 1
        }
        let values: ParameterValues
        do { values = try MonitorParameters.table.values(arguments: rest) } catch {
            StandardError.write(line: "kvmha-cpgmonitor: \(error.reason)")
            StandardError.write(line: usage)
            return Outcome.usage.rawValue
        }
        let reading = read(statusFile: values.value(MonitorKeys.statusFile), eventsFile: EventLog.path(values))
        print(json ? reading.json : reading.text, terminator: "")
        if let message = reading.message { StandardError.write(line: "kvmha-cpgmonitor: \(message)") }
        return reading.outcome.rawValue
    }

    /// What the files say, and the outcome they make.
    struct Reading {
        var outcome: Outcome
        var message: String?
        var status: StatusFile?
        var statusText = ""
        var problems: [String] = []
        var eventLines: [String] = []

        var text: String {
            guard status != nil else { return "" }
            let state = problems.isEmpty ? "" : "degraded: " + problems.joined(separator: "; ") + "\n"
            return state + StatusReport.render(status: statusText, eventLines: eventLines)
        }

        var json: String {
            var object = JSONObject()
            object.add("state", Reading.name(outcome))
            object.add("problems", strings: problems + (message.map { [$0] } ?? []))
            if let status {
                for key in ["node", "group", "libvirt", "authentication", "corosync_name"] {
                    object.add(key, status.fields[key])
                }
                object.add("pid", status.pid.map(Int64.init))
                object.add("quorate", status.fields["quorate"] == "yes")
                object.add("age_ms", status.age)
                object.add("members", strings: status.list("members"))
                object.add("managed_domains", strings: status.list("managed domains"))
            }
            let events = eventLines.suffix(StatusReport.shownEvents).filter { DaemonEvent(line: $0) != nil }
            object.add("last_events", json: "[" + events.joined(separator: ",") + "]")
            return object.line + "\n"
        }

        static func name(_ outcome: Outcome) -> String {
            switch outcome {
            case .healthy: "healthy"
            case .degraded: "degraded"
            case .usage: "usage"
            case .notRunning: "not-running"
            case .unreadable: "unreadable"
            }
        }
    }

    static func read(statusFile: String, eventsFile: String) -> Reading {
        let text: String
        do { text = try Files.readText(statusFile, limit: 1 << 20) } catch {
            if error.isMissing {
                return Reading(outcome: .notRunning, message: "kvmha-cpgmonitor is not running (no \(statusFile))")
            }
            let denied = error.isPermissionDenied
            return Reading(
                outcome: .unreadable,
                message: "cannot read the status: \(error)"
                    + (denied ? " (permission denied: run as root or as a member of the haclient group)" : ""))
        }
        let status = StatusFile(text)
        var reading = Reading(outcome: .healthy, status: status, statusText: text)
        reading.eventLines = (try? Files.lastLines(eventsFile)) ?? []
        guard status.isFresh(within: .seconds(5)) else {
            reading.outcome = .notRunning
            reading.message =
                "kvmha-cpgmonitor is not running: \(statusFile) was last written "
                + (status.age.map { "\($0 / 1000) s ago" } ?? "at an unknown time")
                + (status.pid.map { " by pid \($0)" } ?? "")
            return reading
        }
        if status.fields["quorate"] != "yes" { reading.problems.append("no quorum: no reports") }
        if let libvirt = status.fields["libvirt"], libvirt != "connected" {
            reading.problems.append("libvirt \(libvirt)")
        }
        if let authentication = status.fields["authentication"], authentication.hasPrefix("none") {
            reading.problems.append("no heartbeat key, peers not watched: \(authentication)")
        }
        if let name = status.fields["corosync_name"] {
            reading.problems.append("node name \(status.fields["node"] ?? "?") is not Corosync's name \(name)")
        }
        if !reading.problems.isEmpty { reading.outcome = .degraded }
        return reading
    }
}

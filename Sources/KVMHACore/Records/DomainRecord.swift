/// What a VirtualDomain agent is doing with a domain on this node, so that kvmha-cpgmonitor can
/// tell a crash from an intentional stop or migration.
public enum DomainIntent: String, Sendable, CaseIterable {
    /// Started by the agent and expected to run.
    case running
    /// The agent is stopping it: its disappearance is not a failure.
    case stopping
    /// The agent is migrating it away.
    case migratingAway = "migrating-away"
    /// The agent is receiving it by migration.
    case migratingIn = "migrating-in"
    /// Stopped or moved away on purpose.
    case stopped
}

/// One resource's record (`/run/kvmha/domains/<resource>`), as key=value lines.
public struct DomainRecord: Sendable, Equatable {
    public var resource: String
    public var domainName: String
    public var uuid: String
    public var intent: DomainIntent
    public var emulator: ProcessIdentity?
    /// The utilization values last written to the CIB, to skip `crm_resource` when nothing changed.
    public var utilization: [String: String]
    /// The guest agent has answered since `emulator` started (OCF_CHECK_LEVEL 20 fails a guest only
    /// once it had: a guest still booting has no agent yet).
    public var agentAnswered: Bool

    public init(
        resource: String, domainName: String, uuid: String, intent: DomainIntent, emulator: ProcessIdentity? = nil,
        utilization: [String: String] = [:], agentAnswered: Bool = false
    ) {
        self.resource = resource
        self.domainName = domainName
        self.uuid = uuid
        self.intent = intent
        self.emulator = emulator
        self.utilization = utilization
        self.agentAnswered = agentAnswered
    }

    public var encoded: String {
        var lines = [
            "resource=\(Self.escape(resource))", "domain=\(Self.escape(domainName))", "uuid=\(uuid)",
            "intent=\(intent.rawValue)",
        ]
        if let emulator { lines += ["emulator_pid=\(emulator.pid)", "emulator_start=\(emulator.startTime)"] }
        if agentAnswered { lines.append("agent_answered=1") }
        for (key, value) in utilization.sorted(by: { $0.key < $1.key }) {
            lines.append("utilization.\(key)=\(Self.escape(value))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public init?(decoding text: String) {
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let equals = line.firstIndex(of: "=") else { continue }
            fields[String(line[..<equals])] = Self.unescape(String(line[line.index(after: equals)...]))
        }
        guard let resource = fields["resource"], let name = fields["domain"], let uuid = fields["uuid"],
            let intent = fields["intent"].flatMap(DomainIntent.init(rawValue:))
        else { return nil }
        var emulator: ProcessIdentity?
        if let pid = fields["emulator_pid"].flatMap({ Int32($0) }),
            let start = fields["emulator_start"].flatMap({ UInt64($0) })
        {
            emulator = ProcessIdentity(pid: pid, startTime: start)
        }
        var utilization: [String: String] = [:]
        for (key, value) in fields where key.hasPrefix("utilization.") {
            utilization[String(key.dropFirst("utilization.".count))] = value
        }
        self.init(
            resource: resource, domainName: name, uuid: uuid, intent: intent, emulator: emulator,
            utilization: utilization, agentAnswered: fields["agent_answered"] == "1")
    }

    /// Names may hold any character: newlines and backslashes are escaped so each record stays one line per key.
    static func escape(_ text: String) -> String {
        text.replacing("\\", with: "\\\\").replacing("\n", with: "\\n")
    }

    static func unescape(_ text: String) -> String {
        var out = ""
        var escaping = false
        for character in text {
            if escaping {
                out.append(character == "n" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                out.append(character)
            }
        }
        return out
    }
}

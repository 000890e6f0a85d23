import KVMHACore

/// What each daemon multicasts to the group every heartbeat interval: who it is, which resource
/// runs it, and the domains its libvirtd runs (managed = recorded by the VirtualDomain agent).
struct PeerMessage: Sendable, Equatable {
    static let magic = "kvmha-cpgmonitor/1"
    /// Larger messages are refused: a peer never makes us allocate what it likes.
    static let limit = 64 * 1024

    var sequence: UInt64
    /// Chosen at random when the sender started: with the sequence, what makes a replay recognisable
    /// (a later daemon with the recycled pid of an earlier one starts a new incarnation). 0: none sent.
    var incarnation: UInt64 = 0
    var node: String
    var resource: String
    /// UUID → whether the sender's cluster manages it there.
    var domains: [String: Bool]

    var encoded: [UInt8] {
        var lines = [Self.magic, "seq=\(sequence)", "node=\(node)", "resource=\(resource)"]
        if incarnation != 0 { lines.append("incarnation=\(String(incarnation, radix: 16))") }
        lines += domains.sorted { $0.key < $1.key }.map { "domain=\($0.key) \($0.value ? "managed" : "unmanaged")" }
        return Array(lines.joined(separator: "\n").utf8)
    }

    /// nil for anything that is not a well-formed message of this version.
    init?(decoding bytes: some Collection<UInt8>) {
        guard bytes.count <= Self.limit, let text = String(validating: bytes, as: UTF8.self) else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == Substring(Self.magic) else { return nil }
        var sequence: UInt64?
        var incarnation: UInt64 = 0
        var node: String?
        var resource = ""
        var domains: [String: Bool] = [:]
        for line in lines.dropFirst() {
            guard let equals = line.firstIndex(of: "=") else { return nil }
            let key = line[..<equals]
            let value = String(line[line.index(after: equals)...])
            guard Self.isSafeName(value) else { return nil }
            switch key {
            case "seq": sequence = UInt64(value)
            case "incarnation":
                guard let value = UInt64(value, radix: 16) else { return nil }
                incarnation = value
            case "node": node = value
            case "resource": resource = value
            case "domain":
                let parts = value.split(separator: " ")
                guard parts.count == 2, Self.isUUID(parts[0]), parts[1] == "managed" || parts[1] == "unmanaged"
                else { return nil }
                domains[String(parts[0])] = parts[1] == "managed"
            default: continue
            }
        }
        guard let sequence, let node, !node.isEmpty else { return nil }
        self.init(sequence: sequence, node: node, resource: resource, domains: domains)
        self.incarnation = incarnation
    }

    init(sequence: UInt64, incarnation: UInt64 = 0, node: String, resource: String, domains: [String: Bool]) {
        self.sequence = sequence
        self.incarnation = incarnation
        self.node = node
        self.resource = resource
        self.domains = domains
    }

    /// Names travel one per line: no control characters (C0, C1, bidirectional), bounded length.
    static func isSafeName(_ text: String) -> Bool {
        text.utf8.count <= 256 && !text.unicodeScalars.contains(where: TerminalText.isControl)
    }

    static func isUUID(_ text: Substring) -> Bool {
        text.utf8.count == 36
            && text.utf8.enumerated().allSatisfy { index, byte in
                switch index {
                case 8, 13, 18, 23: byte == UInt8(ascii: "-")
                default:
                    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                        || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
                        || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
                }
            }
    }
}

import KVMHACore

/// The domains this node's libvirtd runs (kept from events, re-read on every connect) and the
/// failures already reported, so one failure is reported once.
struct GuestView: Sendable {
    private(set) var active: [String: String] = [:]
    private var reported: [String: ContinuousClock.Instant] = [:]
    /// A failure of a domain whose emulator identity is unknown is not reported again within this.
    static let anonymousRepeat: Duration = .seconds(10)

    mutating func replaceActive(_ domains: [(uuid: String, name: String)]) {
        active = Dictionary(domains.map { ($0.uuid.lowercased(), $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    mutating func started(_ uuid: String, name: String) { active[uuid.lowercased()] = name }
    mutating func stopped(_ uuid: String) { active[uuid.lowercased()] = nil }
    func isActive(_ uuid: String) -> Bool { active[uuid.lowercased()] != nil }

    /// Whether a failure of this incarnation of the resource (keyed by its recorded emulator) was
    /// not reported yet.
    func isNew(_ record: DomainRecord, now: ContinuousClock.Instant) -> Bool {
        guard let previous = reported[Self.key(record)] else { return true }
        return record.emulator == nil && now - previous >= Self.anonymousRepeat
    }

    mutating func markReported(_ record: DomainRecord, now: ContinuousClock.Instant) {
        reported = reported.filter { now - $0.value < .seconds(3600) }
        reported[Self.key(record)] = now
    }

    static func key(_ record: DomainRecord) -> String {
        "\(record.resource)|\(record.emulator.map { "\($0.pid):\($0.startTime)" } ?? "?")"
    }
}

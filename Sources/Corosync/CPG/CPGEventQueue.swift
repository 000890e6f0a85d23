import Synchronization

/// The Sendable box the C callbacks reach through the CPG context pointer: they append, the owner
/// drains. Nothing else is shared with callback code.
final class CPGEventQueue: Sendable {
    private let events = Mutex<[CPGEvent]>([])

    func append(_ event: CPGEvent) { events.withLock { $0.append(event) } }

    var count: Int { events.withLock { $0.count } }

    func drain() -> [CPGEvent] {
        events.withLock { queue in
            defer { queue = [] }
            return queue
        }
    }
}

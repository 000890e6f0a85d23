/// Incarnations of members that left the group, the newest `limit` of them: a message of one is a
/// replay (its daemon is gone), even when a new daemon got the old one's pid.
struct RetiredIncarnations: Sendable {
    static let limit = 4096
    private var order: [UInt64] = []
    private var set: Set<UInt64> = []

    func contains(_ incarnation: UInt64) -> Bool { set.contains(incarnation) }

    mutating func insert(_ incarnation: UInt64) {
        guard set.insert(incarnation).inserted else { return }
        order.append(incarnation)
        if order.count > Self.limit { set.remove(order.removeFirst()) }
    }
}

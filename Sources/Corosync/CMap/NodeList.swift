import Glibc

/// Corosync's nodes: every node id of the configuration, and the name Pacemaker knows each by where
/// the configuration says it (a node given by address alone has an id and no name here).
public struct NodeList: Sendable, Equatable {
    public var ids: Set<UInt32> = []
    public var names: [UInt32: String] = [:]

    public init(ids: Set<UInt32> = [], names: [UInt32: String] = [:]) {
        self.ids = ids.union(names.keys)
        self.names = names
    }

    /// An IPv4 or IPv6 address (what `ring0_addr` holds when it names no host).
    public static func isAddress(_ text: String) -> Bool {
        var buffer = in6_addr()
        return inet_pton(AF_INET, text, &buffer) == 1 || inet_pton(AF_INET6, text, &buffer) == 1
    }
}

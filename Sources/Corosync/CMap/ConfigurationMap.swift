import CCorosync
import Glibc

/// Corosync's configuration and runtime map (`cmap_handle_t`), finalized on deinit.
public final class ConfigurationMap {
    let handle: cmap_handle_t

    public init() throws(CorosyncError) {
        var handle: cmap_handle_t = 0
        try check(cmap_initialize(&handle), "cmap_initialize")
        self.handle = handle
    }

    deinit { cmap_finalize(handle) }

    /// A 32-bit unsigned key, e.g. `runtime.votequorum.this_node_id` or `runtime.config.totem.token`.
    public func uint32(_ key: String) throws(CorosyncError) -> UInt32 {
        var value: UInt32 = 0
        try check(cmap_get_uint32(handle, key, &value), "cmap_get_uint32(\(key))")
        return value
    }

    /// A string key, e.g. `nodelist.node.0.name`.
    public func string(_ key: String) throws(CorosyncError) -> String {
        var value: UnsafeMutablePointer<CChar>?
        try check(cmap_get_string(handle, key, &value), "cmap_get_string(\(key))")
        defer { free(value) }
        return value.map { String(cString: $0) } ?? ""
    }
}

extension ConfigurationMap {
    /// Corosync's node list as Pacemaker names the nodes: `nodelist.node.N.name`, else `ring0_addr`
    /// when it is a host name; an address names nothing (Pacemaker then uses the node's uname, which
    /// no configuration here says). Read from the configuration, so a peer cannot change it.
    /// Throws when Corosync fails to answer (anything but "no such key", which ends the list).
    public func nodeList(limit: Int = 1024) throws(CorosyncError) -> NodeList {
        var list = NodeList()
        for index in 0..<limit {
            let id: UInt32
            do { id = try uint32("nodelist.node.\(index).nodeid") } catch {
                guard error.isMissingKey else { throw error }
                break
            }
            list.ids.insert(id)
            if let name = try? string("nodelist.node.\(index).name"), !name.isEmpty {
                list.names[id] = name
            } else if let address = try? string("nodelist.node.\(index).ring0_addr"), !address.isEmpty,
                !NodeList.isAddress(address)
            {
                list.names[id] = address
            }
        }
        return list
    }
}

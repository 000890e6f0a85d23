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
    /// Corosync's node list: node id → name (`nodelist.node.N.name`, else `ring0_addr`), as Pacemaker
    /// names the nodes. Read from the configuration, so a peer cannot change it.
    public func nodeNames(limit: Int = 1024) -> [UInt32: String] {
        var names: [UInt32: String] = [:]
        for index in 0..<limit {
            guard let id = try? uint32("nodelist.node.\(index).nodeid") else { break }
            let name =
                (try? string("nodelist.node.\(index).name")) ?? (try? string("nodelist.node.\(index).ring0_addr"))
            if let name, !name.isEmpty { names[id] = name }
        }
        return names
    }
}

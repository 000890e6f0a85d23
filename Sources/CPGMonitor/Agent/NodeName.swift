import Glibc
import KVMHACore

/// This node's Pacemaker name: given, else the node Pacemaker runs the agent on, else `crm_node -n`,
/// else the kernel's host name.
enum NodeName {
    static func resolve(given: String?, environment: [String: String]) -> String {
        if let given, !given.isEmpty { return given }
        if let node = environment["OCF_RESKEY_CRM_meta_on_node"], !node.isEmpty { return node }
        if let result = try? ChildProcess.run("/usr/sbin/crm_node", ["-n"], deadline: .after(.seconds(5))),
            result.succeeded
        {
            let name = result.standardOutput.trimmingWhitespace()
            if !name.isEmpty { return name }
        }
        var names = utsname()
        uname(&names)
        return withUnsafeBytes(of: names.nodename) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }
}

import Foundation
import KVMHATestSupport
import Testing

@testable import FenceIPMI

/// Each name fence_ipmi answers to (AgentName) is a link the package makes to it, where
/// docs/admin/install.md says: fence_atca beside it in /usr/sbin, fence_ipmilan's other names in
/// /usr/lib/kvmha/fence (fence-agents owns them in /usr/sbin).
@Test func everyAgentNameIsALinkOfThePackage() throws {
    let text = try String(contentsOfFile: LabControl.repository + "/debian/kvmha.links", encoding: .utf8)
    let links = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: " ") }
        .filter { $0.count == 2 }
    let made = Dictionary(uniqueKeysWithValues: links.map { ("/" + $0[1], "/" + $0[0]) })
    for name in AgentName.allCases where name != .ipmi {
        let path = name == .atca ? "/usr/sbin/\(name.rawValue)" : "/usr/lib/kvmha/fence/\(name.rawValue)"
        #expect(made[path] == Installed.fenceIPMI, "\(name.rawValue): \(path) is not a link to fence_ipmi")
    }
    #expect(made.count == AgentName.allCases.count - 1, "a link for a name fence_ipmi does not answer to")
}

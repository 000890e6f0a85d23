import Foundation
import KVMHACore
import KVMHATestSupport
import Testing

@testable import CPGMonitor

/// lab/facts.env, which the lab's bash and the runner's Python read, says what the Swift constants
/// owning each fact say: a path renamed on one side fails here.
@Test func theFactsFileIsTheSwiftConstants() throws {
    let text = try String(contentsOfFile: LabControl.repository + "/lab/facts.env", encoding: .utf8)
    var facts: [String: String] = [:]
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
        guard let equals = line.firstIndex(of: "=") else { continue }
        facts[String(line[..<equals])] = String(line[line.index(after: equals)...])
    }
    let defaults = MonitorParameters.table
    let owned: [String: String?] = [
        "KVMHA_RECORD_DIR": RecordStore.defaultDirectory,
        "KVMHA_STATUS_FILE": defaults["status_file"]?.defaultValue,
        "KVMHA_EVENTS_FILE": EventLog.defaultPath,
        "KVMHA_DAEMON_LOG": defaults["log_file"]?.defaultValue,
        "KVMHA_HEALTH_ATTRIBUTE": ClusterReporter.healthAttribute,
        "KVMHA_PACKAGE": Installed.package,
        "KVMHA_DAEMON": Installed.daemon,
        "KVMHA_FENCE_IPMI": Installed.fenceIPMI,
        "KVMHA_FENCE_ATCA": Installed.fenceATCA,
        "KVMHA_OCF_VIRTUALDOMAIN": Installed.virtualDomain,
        "KVMHA_OCF_CPGMONITOR": Installed.cpgMonitor,
        "KVMHA_LAB_STATE_DEFAULT": Lab.defaultState,
    ]
    #expect(Set(facts.keys) == Set(owned.keys))
    for (key, value) in owned { #expect(facts[key] == value, "\(key)") }
    // The daemon's own default for its binary is the package's path too.
    #expect(defaults["daemon"]?.defaultValue == Installed.daemon)
}

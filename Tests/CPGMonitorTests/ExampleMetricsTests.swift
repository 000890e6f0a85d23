import Foundation
import KVMHATestSupport
import Testing

@testable import CPGMonitor

/// The Prometheus rules and the Grafana dashboard the package ships name only metrics the daemon
/// writes: a metric renamed on one side fails here, not on an operator's empty panel.
@Test func theShippedRulesAndDashboardNameOnlyTheDaemonsMetrics() throws {
    let examples = LabControl.repository + "/examples"
    let exported = Set(DaemonMetrics.help.keys.map { "kvmha_cpgmonitor_\($0)" }).union([
        "kvmha_cpgmonitor_detection_to_report_seconds"
    ])
    let dashboard = try String(contentsOfFile: examples + "/grafana/kvmha-dashboard.json", encoding: .utf8)
    #expect(try JSONSerialization.jsonObject(with: Data(dashboard.utf8)) is [String: Any])
    let rules = try String(contentsOfFile: examples + "/prometheus/kvmha-rules.yml", encoding: .utf8)
    for (file, text) in [("grafana/kvmha-dashboard.json", dashboard), ("prometheus/kvmha-rules.yml", rules)] {
        let names = text.matches(of: /kvmha_cpgmonitor_[a-z_]+/).map { String($0.output) }
        #expect(!names.isEmpty)
        for name in Set(names) {
            let base = ["_total", "_bucket", "_count", "_sum"].reduce(name) { base, suffix in
                base.hasSuffix(suffix) && !exported.contains(base) ? String(base.dropLast(suffix.count)) : base
            }
            #expect(exported.contains(base), "\(file) names \(name), which kvmha-cpgmonitor does not write")
        }
    }
}

import Foundation
import KVMHACore
import KVMHATestSupport
import Testing

@testable import CPGMonitor

/// The alert agent the package ships (examples/alerts/kvmha-alert.sh) under a real Pacemaker alert,
/// run by Pacemaker as hacluster: a guest's crash, which Pacemaker shows as "asyncmon … Simulated
/// failure", reaches the recipient as what it was.
@Suite(.serialized) struct AlertAgentIntegrationTests {
    @Test func theAlertAgentSaysWhatAReportWas() async throws {
        let agent = LabControl.repository + "/examples/alerts/kvmha-alert.sh"
        let directory = "/tmp/kvmha-test-alerts-\(getpid())"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        chmod(directory, 0o1777)  // Pacemaker runs alert agents as hacluster
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let recipient = directory + "/alerts.log"
        let daemon = try TestDaemon.start(group: "kvmha-test-\(getpid())-alert", name: "alert")
        defer { daemon.stop() }
        try await Cluster.crm([
            "configure", "alert", "kvmha-test-alert", agent, "attributes", "events_file=\(daemon.eventsFile)",
            "KVMHA_CPGMONITOR=\(Installed.daemon)", "select", "resources", "to", recipient,
        ])
        var failure: (any Error)?
        do {
            let guest = try await ClusterGuest.start("kvmha-test-cpg-alert")
            do {
                let old = try guest.crash()
                #expect(guest.recovered(from: old, within: .seconds(10)))
                let said = "kvmha-test-cpg-alert on node1: kvmha reported crashed"
                let arrived = await Cluster.wait(.seconds(20)) {
                    ((try? String(contentsOfFile: recipient, encoding: .utf8)) ?? "").contains(said)
                }
                #expect(arrived, "\(recipient): \((try? String(contentsOfFile: recipient, encoding: .utf8)) ?? "none")")
            } catch { failure = error }
            try await guest.remove()
        } catch { failure = failure ?? error }
        _ = try? await Cluster.crm(["configure", "delete", "kvmha-test-alert"])
        if let failure { throw failure }
    }
}

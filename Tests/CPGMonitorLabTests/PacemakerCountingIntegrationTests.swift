import Foundation
import KVMHACore
import KVMHATestSupport
import Testing

@testable import CPGMonitor

/// The installed daemon asks the installed Pacemaker its version at start and, where that Pacemaker
/// counts each `crm_resource --fail` twice toward migration-threshold (before 2.1.6; Debian 12's
/// 2.1.5 does: `bench/fail-count` measured 9 for five crashes, the stock agent 5), says so once.
@Suite(.serialized) struct PacemakerCountingIntegrationTests {
    @Test func theDaemonSaysOnceWhetherThisPacemakerCountsReportsTwice() async throws {
        _ = try Lab.current()
        let asked = try await run(ClusterReporter.crmResource, ["--version"])
        let version = try #require(PacemakerVersion(versionOutput: asked.stdout), "\(asked.stdout)")
        let daemon = try TestDaemon.start(group: "kvmha-test-\(getpid())-pcmk-version", name: "counting")
        defer { daemon.stop() }
        if version.countsReportedFailuresTwice {
            let warned = daemon.event(.failuresCountedTwice, within: .seconds(15))
            #expect(warned?.reasonText == version.description, "\(daemon.timeline)")
        } else {
            #expect(daemon.event(.failuresCountedTwice, within: .seconds(3)) == nil, "\(daemon.timeline)")
        }
        #expect(daemon.events.filter { $0.kind == .failuresCountedTwice }.count <= 1, "\(daemon.timeline)")
    }
}

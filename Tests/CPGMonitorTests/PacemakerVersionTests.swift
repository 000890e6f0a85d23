import Foundation
import Logging
import Testing

@testable import CPGMonitor

/// Pacemaker before 2.1.6 counts one `crm_resource --fail` once for each status record it changes
/// (ClusterLabs/pacemaker#2947): seen in the lab on Debian 12's 2.1.5 as fail-count 9 after six
/// reported crashes of one guest. The daemon says so once at start.
@Suite struct PacemakerVersionTests {
    @Test func readsTheVersionLineAndKnowsWhichCountTwice() {
        let debian = PacemakerVersion(
            versionOutput: "Pacemaker 2.1.5\nWritten by Andrew Beekhof and the Pacemaker project contributors\n")
        #expect(debian?.description == "2.1.5")
        #expect(debian?.countsReportedFailuresTwice == true)
        #expect(PacemakerVersion(versionOutput: "Pacemaker 2.1.6\n")?.countsReportedFailuresTwice == false)
        #expect(PacemakerVersion(versionOutput: "Pacemaker 3.0.0-rc1\n")?.countsReportedFailuresTwice == false)
        #expect(PacemakerVersion(versionOutput: "Pacemaker 2.0\n")?.countsReportedFailuresTwice == true)
        #expect(PacemakerVersion(versionOutput: "Pacemaker 2.1.10\n")! > PacemakerVersion([2, 1, 6]))
        for garbage in ["", "crm_resource: unknown option", "Pacemaker", "Pacemaker x.y", "pacemaker 2.1.5"] {
            #expect(PacemakerVersion(versionOutput: garbage) == nil, "\(garbage)")
        }
    }

    /// Through the real `ClusterReporter`: a crm_resource saying 2.1.5 gets one warning event, one
    /// saying 2.1.6 (or failing) none.
    @Test(arguments: [("Pacemaker 2.1.5", true), ("Pacemaker 2.1.6", false), ("", false)])
    func warnsOnceWhenThisPacemakerCountsReportsTwice(version: String, warns: Bool) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pcmk-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let program = directory + "/crm_resource"
        let script = version.isEmpty ? "#!/bin/sh\nexit 1\n" : "#!/bin/sh\necho '\(version)'\necho 'Written by …'\n"
        try script.write(toFile: program, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program)
        let logger = Logger(label: "kvmha-test") { _ in SwiftLogNoOpLogHandler() }
        let eventsFile = directory + "/events"
        let reporter = ClusterReporter(
            logger: logger, events: EventSink(node: "n1", logger: logger, file: EventLog(path: eventsFile)),
            crmResourceProgram: program)
        reporter.checkFailureCounting()
        func warnings() -> [DaemonEvent] {
            let text = (try? String(contentsOfFile: eventsFile, encoding: .utf8)) ?? ""
            return text.split(separator: "\n").compactMap {
                try? JSONDecoder().decode(DaemonEvent.self, from: Data($0.utf8))
            }
            .filter { $0.kind == .failuresCountedTwice }
        }
        let deadline = ContinuousClock.now + .seconds(5)
        while warns, warnings().isEmpty, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        if !warns { try await Task.sleep(for: .milliseconds(500)) }
        #expect(warnings().count == (warns ? 1 : 0))
        #expect(warnings().allSatisfy { $0.reasonText == "2.1.5" })
    }
}

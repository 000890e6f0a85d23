import Foundation
import KVMHATestSupport
import Testing

@testable import CPGMonitor

/// bench/cluster-scenarios (its timeline, bench/lib/events.py) places every event kind of the daemon in exactly one of its sets (a
/// detection, a report, a note, or quiet): a kind renamed or added in Swift fails here, not silently
/// in the safety checker.
@Test func theRunnerKnowsEveryEventKindOnce() throws {
    let runner = try String(contentsOfFile: LabControl.repository + "/bench/lib/events.py", encoding: .utf8)
    var placed: [String] = []
    for set in ["DAEMON_DETECT", "DAEMON_REPORT", "DAEMON_NOTE", "DAEMON_QUIET"] {
        let start = try #require(runner.firstRange(of: "\n\(set) = {"), "no \(set) in the runner")
        let end = try #require(runner[start.upperBound...].firstIndex(of: "}"))
        let body = runner[start.upperBound..<end]
        placed += body.split(separator: "\"", omittingEmptySubsequences: false).enumerated().filter {
            $0.offset % 2 == 1
        }.map { String($0.element) }
    }
    #expect(placed.count == Set(placed).count, "a kind in two sets: \(placed)")
    #expect(Set(placed) == Set(DaemonEvent.Kind.allCases.map(\.rawValue)))
}

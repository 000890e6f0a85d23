import KVMHATestSupport
import Testing

@testable import CPGMonitor

/// docs/reference describes what the meta-data and the man page say the agent does (Tests/Golden
/// holds those two).
@Suite struct ReferenceBehaviourTests {
    @Test func theReferenceCarriesTheAgentsNotes() throws {
        try ReferenceBehaviour.check(MonitorBehaviour.notes, in: "docs/reference/cpgmonitor.md")
    }
}

import KVMHATestSupport
import Testing

@testable import FenceIPMI

/// docs/reference describes what the meta-data and the man page say the agent does (Tests/Golden
/// holds those two).
@Suite struct ReferenceBehaviourTests {
    @Test func theReferenceCarriesTheAgentsNotes() throws {
        try ReferenceBehaviour.check(FenceBehaviour.notes, in: "docs/reference/fence_ipmi.md")
    }
}

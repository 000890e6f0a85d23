import KVMHATestSupport
import Testing

@testable import OCFVirtualDomain

/// docs/reference describes what the meta-data and the man page say the agent does (Tests/Golden
/// holds those two).
@Suite struct ReferenceBehaviourTests {
    @Test func theReferenceCarriesTheAgentsNotes() throws {
        try ReferenceBehaviour.check(VirtualDomainBehaviour.notes, in: "docs/reference/virtualdomain.md")
    }
}

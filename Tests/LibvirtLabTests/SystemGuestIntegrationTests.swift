import Glibc
import KVMHATestSupport
import Libvirt
import Testing

/// Integration: a real TCG guest on the lab's qemu:///system, started and destroyed through the bindings.
@Suite struct SystemGuestIntegrationTests {
    @Test func startAndDestroyATransientGuest() throws {
        let lab = try Lab.current()
        let connection = try Connection(uri: lab.libvirtURI)
        let name = "kvmha-test-binding-\(getpid())"
        let domain = try connection.createTransient(xml: try lab.guestXML(name: name))
        #expect(try domain.status().state == .running)
        #expect(domain.id != nil)
        let found = try #require(try connection.domain(uuid: domain.uuid))
        #expect(found.name == name)
        try domain.destroy()
        // A transient guest is gone once destroyed.
        #expect(try connection.domain(named: name) == nil)
    }

    @Test func theBMCHostGuestIsDefined() throws {
        let lab = try Lab.current()
        let connection = try Connection(uri: lab.libvirtURI)
        let guest = try lab.require("KVMHA_LAB_BMC_GUEST")
        let domain = try #require(try connection.domain(named: guest))
        #expect(try connection.allDomains().contains { $0.name == guest })
        _ = try domain.status()
    }
}

import KVMHATestSupport
import Libvirt
import Testing

/// Unit level: libvirt's built-in test driver, no daemon. Typed errors and handle lifetimes.
@Suite(.ownThread) struct TestDriverTests {
    @Test func missingDomainIsNil() throws {
        let connection = try Connection(uri: "test:///default")
        #expect(try connection.domain(named: "no-such-domain") == nil)
        #expect(try connection.domain(uuid: "not-a-uuid") == nil)
    }

    @Test func defaultDomainIsRunning() throws {
        let connection = try Connection(uri: "test:///default")
        let domain = try #require(try connection.domain(named: "test"))
        #expect(try domain.status().state == .running)
        #expect(domain.uuid.count == 36)
        try domain.destroy()
        #expect(try domain.status().state == .shutoff)
    }

    @Test func badXMLIsATypedError() throws {
        let connection = try Connection(uri: "test:///default")
        do {
            _ = try connection.define(xml: "<domain>")
            Issue.record("malformed XML was accepted")
        } catch {
            #expect(error.function == "virDomainDefineXML")
            #expect(!error.message.isEmpty)
        }
    }

    @Test func unknownDriverFailsToOpen() {
        #expect(throws: LibvirtError.self) { try Connection(uri: "nosuchdriver:///x") }
    }
}

import FreeIPMI
import KVMHACore
import KVMHATestSupport
import Testing

@Suite struct WorkaroundTests {
    @Test func namesParseAndMapPerProtocol() throws {
        let parsed = try Workarounds.parse("opensesspriv,Intel20").get()
        #expect(parsed == [.openSessionPrivilege, .intel20])
        #expect(throws: Workarounds.UnknownWorkaround(name: "bogus")) { try Workarounds.parse("authcap,bogus").get() }
    }
}

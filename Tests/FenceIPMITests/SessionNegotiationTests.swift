import FreeIPMI
import KVMHACore
import KVMHATestSupport
import Logging
import Synchronization
import Testing

@testable import FenceIPMI

/// How a session is opened: the order of attempts against BMCs that refuse one thing or another.
@Suite(.ownThread) struct SessionNegotiationTests {
    struct Refusal: Sendable {
        var cipher: Set<Int> = []
        var withoutOpenSessionPrivilege = false
        var privilegeAlways = false
        var unreachable = false
    }

    func attempts(_ options: SessionOptions, ciphers: [Int], _ bmc: Refusal) -> ([String], Result<String, IPMIError>) {
        var tried: [String] = []
        let result = Result { () throws(IPMIError) in
            try SessionNegotiation.open(options, ciphers: ciphers, deadline: .after(.seconds(1))) {
                (attempt, _) throws(IPMIError) -> String in
                tried.append("\(attempt.ipmiProtocol.summary) \(attempt.workarounds.names)")
                if bmc.unreachable { throw .unreachable(host: "bmc") }
                if case .lan20(let suite) = attempt.ipmiProtocol, bmc.cipher.contains(suite) {
                    throw .cipherSuiteRefused(suite)
                }
                if bmc.privilegeAlways { throw .privilegeRefused }
                if bmc.withoutOpenSessionPrivilege, !attempt.workarounds.contains(.openSessionPrivilege) {
                    throw .privilegeRefused
                }
                return "session"
            }.session
        }
        return (tried, result)
    }

    let v2 = SessionOptions(host: "bmc", username: "admin", password: "x", ipmiProtocol: .lan20(cipherSuite: 3))

    @Test func ipmiSimAsItComes() {
        // ipmi_sim: suite 17 refused, and RAKP1 refused unless Open Session named the privilege.
        let (tried, result) = attempts(v2, ciphers: [17, 3], Refusal(cipher: [17], withoutOpenSessionPrivilege: true))
        #expect(
            tried == [
                "IPMI 2.0 cipher suite 17 none", "IPMI 2.0 cipher suite 3 none", "IPMI 2.0 cipher suite 3 opensesspriv",
            ])
        #expect((try? result.get()) == "session")
    }

    @Test func aBMCThatTakesTheDefaultsNeedsOneAttempt() {
        let (tried, result) = attempts(v2, ciphers: [17, 3], Refusal())
        #expect(tried == ["IPMI 2.0 cipher suite 17 none"])
        #expect((try? result.get()) == "session")
    }

    @Test func noAnswerEndsAtOnceWithoutTryingAnotherSuite() {
        let (tried, result) = attempts(v2, ciphers: [17, 3], Refusal(unreachable: true))
        #expect(tried.count == 1)
        #expect(throws: IPMIError.unreachable(host: "bmc")) { try result.get() }
    }

    @Test func aUserWithoutThePrivilegeIsRefusedAfterOneRetry() {
        let (tried, result) = attempts(v2, ciphers: [3], Refusal(privilegeAlways: true))
        #expect(tried.count == 2)
        #expect(throws: IPMIError.privilegeRefused) { try result.get() }
    }

    @Test func theLastRefusedSuiteIsTheError() {
        let (tried, result) = attempts(v2, ciphers: [17], Refusal(cipher: [17]))
        #expect(tried.count == 1)
        #expect(throws: IPMIError.cipherSuiteRefused(17)) { try result.get() }
    }

    @Test func ipmi15IsOneAttempt() {
        var options = v2
        options.ipmiProtocol = .lan15(.md5)
        let (tried, _) = attempts(options, ciphers: [17, 3], Refusal(privilegeAlways: true))
        #expect(tried == ["IPMI 1.5 md5 none"])
    }

    @Test func ciphersFromTheOptions() throws {
        func suites(_ text: String) throws -> [Int] {
            try SessionPlan.cipherSuites(FenceParameters.table.values(keyValueText: text) { _ in })
        }
        #expect(try suites("lanplus=1\n") == [17, 3])
        #expect(try suites("lanplus=1\ncipher=3\n") == [3])
        #expect(throws: FenceError.self) { try suites("cipher=abc\n") }
        #expect(throws: FenceError.self) { try suites("cipher=256\n") }
    }
}

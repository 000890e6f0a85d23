import Foundation
import KVMHACore
import KVMHATestSupport
import Testing

/// BMC host names are resolved within the fence action's deadline, not the resolver's.
@Suite(.ownThread) struct HostLookupTests {
    @Test func numbersPassNamesResolve() throws {
        #expect(try HostLookup.numericAddress("10.0.0.1", deadline: .after(.seconds(1))) == "10.0.0.1")
        #expect(try HostLookup.numericAddress("fe80::1", deadline: .after(.seconds(1))) == "fe80::1")
        #expect(
            ["127.0.0.1", "::1"].contains(try HostLookup.numericAddress("localhost", deadline: .after(.seconds(5)))))
        // (No unknown name here: resolving one would ask a DNS server, and tests talk to loopback only.)
        #expect(throws: HostLookupError.unknown("bmc")) {
            try HostLookup.numericAddress("bmc", deadline: .after(.seconds(5))) { _ in nil }
        }
    }

    @Test func aResolverThatHangsEndsAtTheDeadline() {
        let started = ContinuousClock.now
        #expect(throws: HostLookupError.timedOut("bmc.example")) {
            try HostLookup.numericAddress("bmc.example", deadline: .after(.milliseconds(300))) { _ in
                nap(.seconds(10))
                return "192.0.2.1"
            }
        }
        #expect(ContinuousClock.now - started < .seconds(1))
    }
}

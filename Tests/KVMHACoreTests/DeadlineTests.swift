import Foundation
import KVMHACore
import KVMHATestSupport
import Testing

@Suite(.ownThread) struct DeadlineTests {
    @Test func remainingNeverNegative() {
        let past = Deadline.after(.milliseconds(-50))
        #expect(past.hasPassed)
        #expect(past.remaining == .zero)
        #expect(past.remainingMilliseconds == 0)
    }

    /// Rounded down, a deadline 0.7 ms away gave poll a timeout of 0, and the daemon's loop spun
    /// through zero-timeout polls until it passed (strace on the three-node lab: five in a row).
    @Test func aWaitsTimeoutIsRoundedUp() {
        let near = Deadline.after(.microseconds(700))
        #expect(near.remainingMilliseconds == 0)
        #expect(near.remainingMillisecondsRoundedUp == 1)
        #expect(Deadline.after(.milliseconds(-1)).remainingMillisecondsRoundedUp == 0)
        let far = Deadline.after(.milliseconds(250)).remainingMillisecondsRoundedUp
        #expect(far == 250)
    }

    @Test func aReadinessWaitReturnsNoEarlierThanItsDeadline() {
        let pipe = WakePipe()
        for _ in 0..<20 {
            let deadline = Deadline.after(.microseconds(1500))
            _ = Readiness.wait([pipe.readDescriptor], until: deadline)
            #expect(deadline.hasPassed)
        }
    }

    @Test func ocfTimeoutLessMargin() {
        let deadline = Deadline.ocfAction(environment: ["OCF_RESKEY_CRM_meta_timeout": "20000"], margin: .seconds(2))
        #expect(deadline.remainingMilliseconds <= 18_000)
        #expect(deadline.remainingMilliseconds > 17_000)
    }

    @Test func ocfTimeoutFallsBackOnGarbage() {
        for bad in ["", "abc", "-5", "0", "99999999999999999999999"] {
            let deadline = Deadline.ocfAction(
                environment: ["OCF_RESKEY_CRM_meta_timeout": bad], fallback: .seconds(10), margin: .seconds(1))
            #expect(deadline.remainingMilliseconds <= 9_000 && deadline.remainingMilliseconds > 8_000, "\(bad)")
        }
    }

    @Test func tinyTimeoutKeepsHalf() {
        let deadline = Deadline.ocfAction(environment: ["OCF_RESKEY_CRM_meta_timeout": "1000"], margin: .seconds(5))
        #expect(deadline.remainingMilliseconds <= 500 && deadline.remainingMilliseconds > 300)
    }

    @Test func reservingAndCapping() {
        let outer = Deadline.after(.seconds(10))
        let inner = outer.reserving(.seconds(4))
        #expect(inner < outer)
        #expect(inner.capped(at: outer) == inner)
        #expect(outer.capped(at: inner) == inner)
    }
}

/// A child that leaves a grandchild holding our pipe: the deadline still ends the wait, and the
/// whole process group is gone afterwards.
@Suite(.ownThread) struct ChildProcessGroupTests {
    @Test func aGrandchildHoldingThePipeEndsWithTheDeadline() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "kvmha-child-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = directory.appendingPathComponent("password-script").path
        let marker = "kvmha-grandchild-\(getpid())"
        try "#!/bin/bash\n(exec -a \(marker) sleep 60) &\necho secret\nsleep 60\n".write(
            toFile: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
        let started = ContinuousClock.now
        let result = await ChildProcess.run(script, [], deadline: .after(.seconds(1)))
        #expect(ContinuousClock.now - started < .seconds(4), "the wait ended \(ContinuousClock.now - started) after")
        #expect(throws: ChildProcessError.timedOut(script)) { try result.get() }
        let left = waitUntil(.seconds(3)) {
            !((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).contains { pid in
                Int(pid) != nil
                    && ((try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)) ?? "").hasPrefix(marker)
            }
        }
        #expect(left, "the grandchild outlived the deadline")
    }
}

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

/// A C call that hangs for good costs one thread, not one per retry.
@Suite(.ownThread) struct SingleFlightTests {
    @Test func oneCallOutAtATime() throws {
        let flight = SingleFlight()
        #expect(throws: DeadlineExceeded.self) {
            _ = try flight.call("hang", deadline: .after(.milliseconds(100))) { () throws(Never) -> Int in
                nap(.seconds(1))
                return 1
            }
        }
        #expect(flight.isBusy)
        #expect(try flight.call("again", deadline: .after(.milliseconds(100))) { () throws(Never) in 2 } == nil)
        #expect(waitUntil(.seconds(3)) { !flight.isBusy })
        #expect(try flight.call("after", deadline: .after(.seconds(1))) { () throws(Never) in 3 } == 3)
    }
}

/// A handle's owner made on another thread (Corosync's connect at the daemon's start) comes back
/// whole when it is made in time; a connect that hangs ends the wait at the deadline.
@Suite(.ownThread) struct BoundedTakeTests {
    final class Owner {
        var uses = 0
    }

    @Test func handsOverWhatWasMadeInTime() throws {
        let owner = try Bounded.take("making", deadline: .after(.seconds(5))) { () throws(Never) -> sending Owner in
            Owner()
        }
        owner.uses += 1
        #expect(owner.uses == 1)
    }

    @Test func aCallThatHangsEndsTheWaitAtTheDeadline() {
        let started = ContinuousClock.now
        #expect(throws: DeadlineExceeded.self) {
            try Bounded.take("connecting", deadline: .after(.milliseconds(300))) { () throws(Never) -> sending Owner in
                Thread.sleep(forTimeInterval: 3)
                return Owner()
            }
        }
        #expect(ContinuousClock.now - started < .seconds(1))
    }
}

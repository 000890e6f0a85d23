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

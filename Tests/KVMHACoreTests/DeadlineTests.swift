import KVMHACore
import Testing

@Suite struct DeadlineTests {
    @Test func remainingNeverNegative() {
        let past = Deadline.after(.milliseconds(-50))
        #expect(past.hasPassed)
        #expect(past.remaining == .zero)
        #expect(past.remainingMilliseconds == 0)
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

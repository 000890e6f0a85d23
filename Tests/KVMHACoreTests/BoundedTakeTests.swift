import Foundation
import KVMHACore
import KVMHATestSupport
import Testing

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
        #expect(throws: BoundedFailure<Never>.self) {
            try Bounded.take("connecting", deadline: .after(.milliseconds(300))) { () throws(Never) -> sending Owner in
                Thread.sleep(forTimeInterval: 3)
                return Owner()
            }
        }
        #expect(ContinuousClock.now - started < .seconds(1))
    }
}

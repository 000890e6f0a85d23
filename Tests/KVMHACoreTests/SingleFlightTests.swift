import Foundation
import KVMHACore
import KVMHATestSupport
import Testing

/// A C call that hangs for good costs one thread, not one per retry.
@Suite(.ownThread) struct SingleFlightTests {
    @Test func oneCallOutAtATime() throws {
        let flight = SingleFlight()
        #expect(throws: BoundedFailure<Never>.self) {
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

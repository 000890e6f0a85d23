import KVMHACore
import Testing

@Suite struct BackoffTests {
    @Test func doublesUpToItsCapAndStartsOverOnReset() {
        var backoff = Backoff(first: .milliseconds(250), cap: .seconds(1))
        #expect((0..<5).map { _ in backoff.take() } == [250, 500, 1000, 1000, 1000].map { .milliseconds($0) })
        backoff.reset()
        #expect(backoff.take() == .milliseconds(250))
    }

    @Test func pollPassesTheConditionsErrorThroughTyped() {
        struct Broke: Error, Equatable {}
        #expect(throws: Broke()) { try poll(until: .after(.seconds(1))) { () throws(Broke) -> Bool in throw Broke() } }
        // A deadline already passed: one look at the condition, then the answer, no wait.
        var calls = 0
        #expect(
            !poll(until: .after(.zero)) {
                calls += 1
                return false
            })
        #expect(calls == 1)
        #expect(poll(until: .after(.zero)) { true })
    }
}

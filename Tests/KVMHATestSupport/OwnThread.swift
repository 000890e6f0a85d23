import Dispatch
import Foundation

/// An executor that is one thread of its own (a serial dispatch queue's overcommit thread), not a
/// thread of Swift's cooperative pool, which has one per core — two here.
public final class ThreadOfItsOwn: TaskExecutor {
    private let queue = DispatchQueue(label: "kvmha.test")

    public init() {}

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}

/// Runs blocking agent code (which waits for its child processes on the calling thread, as the agents
/// do on their main thread) on a thread of its own; the test's context (and so its issues) comes along.
public func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withTaskExecutorPreference(ThreadOfItsOwn()) { try body() }
}

#if canImport(Testing)  // a release build (the package's) has no Testing module and needs no trait
    import Testing

    /// `@Suite(.ownThread)`: each test case runs on a thread of its own. The tests block (deadlines,
    /// fuzz loops, agent code that waits as on a main thread); on the cooperative pool two such tests
    /// would hold both threads and stall every other test's awaits past their deadlines, so a parallel
    /// `swift test` would fail on timing alone.
    public struct OwnThreadTrait: SuiteTrait, TestTrait, TestScoping {
        public var isRecursive: Bool { true }

        public func provideScope(
            for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
        ) async throws {
            guard testCase != nil else { return try await function() }
            try await withTaskExecutorPreference(ThreadOfItsOwn()) { try await function() }
        }
    }

    extension Trait where Self == OwnThreadTrait {
        public static var ownThread: Self { Self() }
    }
#endif

import Foundation

/// Runs blocking agent code (which waits for its child processes on the calling thread, as the agents
/// do on their main thread) on a thread of its own: on the test's cooperative pool, two such waits at
/// once would leave no thread to run the children's tasks.
public func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try body() }) }.start()
    }
}

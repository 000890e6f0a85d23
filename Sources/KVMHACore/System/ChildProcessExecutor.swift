import Dispatch

/// Where child-process work runs: a serial dispatch queue of its own (an overcommit thread), not
/// Swift's cooperative pool, which has one thread per core (two here). A synchronous
/// `ChildProcess.run` blocks its caller until this work is done; had the work needed the pool, callers
/// blocking on the pool's own threads (a test runner's parallel tests, a busy daemon) could stall it
/// until the deadline. Subprocess waits on threads of its own, so nothing here blocks the queue.
public final class ChildProcessExecutor: TaskExecutor {
    public static let shared = ChildProcessExecutor()
    private let queue = DispatchQueue(label: "kvmha.child-process")

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}

import Dispatch
import Subprocess
import Synchronization
import SystemPackage

/// How a child process ended.
public struct ChildResult: Sendable {
    public let exitCode: Int32?
    public let output: String
    public var succeeded: Bool { exitCode == 0 }
}

/// Why a child process could not be run to its end.
public enum ChildProcessError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(String)
    case timedOut(String)
    case failedToStart(String, String)

    public var description: String {
        switch self {
        case .notFound(let path): "\(path) is not installed"
        case .timedOut(let path): "\(path) did not finish before the deadline and was killed"
        case .failedToStart(let path, let why): "\(path) could not be started: \(why)"
        }
    }
}

/// Runs Pacemaker's CLIs and the few outside tools the agents need: an executable path, an argument
/// array (never a shell), a deadline after which the child is terminated, and the exit status.
public enum ChildProcess {
    public static func run(
        _ executable: String, _ arguments: [String], deadline: Deadline, outputLimit: Int = 64 * 1024
    ) throws(ChildProcessError) -> ChildResult {
        guard Files.isExecutable(executable) else { throw .notFound(executable) }
        let outcome = Mutex<Result<ChildResult, ChildProcessError>?>(nil)
        let done = DispatchSemaphore(value: 0)
        // The agents are synchronous; the child runs in a task that the deadline cancels (Subprocess
        // then tears the child down: SIGTERM, then SIGKILL).
        Task.detached {
            let result = await runBounded(executable, arguments, deadline: deadline, outputLimit: outputLimit)
            outcome.withLock { $0 = result }
            done.signal()
        }
        done.wait()
        return try outcome.withLock { $0! }.get()
    }

    static func runBounded(_ executable: String, _ arguments: [String], deadline: Deadline, outputLimit: Int) async
        -> Result<ChildResult, ChildProcessError>
    {
        await withTaskGroup(of: Result<ChildResult, ChildProcessError>?.self) { group in
            group.addTask {
                do {
                    let result = try await Subprocess.run(
                        .path(FilePath(executable)), arguments: Arguments(arguments), input: .none,
                        output: .string(limit: outputLimit), error: .string(limit: outputLimit))
                    var code: Int32?
                    if case .exited(let value) = result.terminationStatus { code = value }
                    let text = result.standardOutput + result.standardError
                    return .success(ChildResult(exitCode: code, output: text))
                } catch is CancellationError {
                    return nil
                } catch {
                    return Task.isCancelled ? nil : .failure(.failedToStart(executable, "\(error)"))
                }
            }
            group.addTask {
                try? await Task.sleep(until: deadline.instant, clock: .continuous)
                return .failure(.timedOut(executable))
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first ?? .failure(.timedOut(executable))
        }
    }
}

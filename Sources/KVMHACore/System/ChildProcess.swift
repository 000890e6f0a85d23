import Dispatch
import Subprocess
import Synchronization
import SystemPackage

/// How a child process ended.
public struct ChildResult: Sendable {
    public let exitCode: Int32?
    public let standardOutput: String
    public let standardError: String
    public var output: String { standardOutput + standardError }
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
    /// For the synchronous agents, on their main thread (never from a task: it blocks the caller).
    public static func run(
        _ executable: String, _ arguments: [String], deadline: Deadline, outputLimit: Int = 64 * 1024
    ) throws(ChildProcessError) -> ChildResult {
        guard Files.isExecutable(executable) else { throw .notFound(executable) }
        let outcome = Mutex<Result<ChildResult, ChildProcessError>?>(nil)
        let done = DispatchSemaphore(value: 0)
        // The child runs in a task that the deadline cancels (Subprocess then tears it down:
        // SIGTERM, then SIGKILL), off the cooperative pool: the caller may be one of its threads.
        Task.detached(executorPreference: ChildProcessExecutor.shared) {
            let result = await run(
                executable, arguments, environment: nil, input: nil, deadline: deadline, outputLimit: outputLimit)
            outcome.withLock { $0 = result }
            done.signal()
        }
        // The async run ends at the deadline plus the teardown; this wait is bounded all the same.
        guard
            done.wait(timeout: Deadline(deadline.instant.advanced(by: teardownAllowance * 2)).dispatchTime) == .success
        else {
            throw .timedOut(executable)
        }
        return try outcome.withLock { $0! }.get()
    }

    /// How long the teardown after a deadline may take: SIGTERM to the child's process group, then
    /// SIGKILL to it, each with half of this.
    static let teardownAllowance: Duration = .seconds(1)

    /// The child and everything it starts run in a process group of their own, and the teardown
    /// signals the whole group: a `password_script` whose grandchild kept our pipe open would
    /// otherwise hold the wait for its output past every deadline.
    static var platformOptions: PlatformOptions {
        var options = PlatformOptions()
        options.processGroupID = 0
        options.teardownSequence = [
            .gracefulShutDown(toProcessGroup: true, allowedDurationToNextStep: teardownAllowance / 2),
            .send(signal: .kill, toProcessGroup: true, allowedDurationToNextStep: teardownAllowance / 2),
        ]
        return options
    }

    /// The same from async code; `environment` nil inherits ours, `input` is written to stdin.
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil, input: String? = nil,
        deadline: Deadline, outputLimit: Int = 64 * 1024
    ) async -> Result<ChildResult, ChildProcessError> {
        guard Files.isExecutable(executable) else { return .failure(.notFound(executable)) }
        var env = Environment.inherit
        if let environment {
            env = .custom(
                Dictionary(uniqueKeysWithValues: environment.map { (Environment.Key(rawValue: $0.key)!, $0.value) }))
        }
        let childEnvironment = env
        return await withTaskExecutorPreference(ChildProcessExecutor.shared) {
            await run(
                executable, arguments, environment: childEnvironment, input: input, deadline: deadline,
                outputLimit: outputLimit)
        }
    }

    private static func run(
        _ executable: String, _ arguments: [String], environment childEnvironment: Environment, input: String?,
        deadline: Deadline, outputLimit: Int
    ) async -> Result<ChildResult, ChildProcessError> {
        await withTaskGroup(of: Result<ChildResult, ChildProcessError>?.self) { group in
            group.addTask {
                do {
                    let executable = Executable.path(FilePath(executable))
                    let result =
                        if let input {
                            try await Subprocess.run(
                                executable, arguments: Arguments(arguments), environment: childEnvironment,
                                platformOptions: platformOptions, input: .string(input),
                                output: .string(limit: outputLimit),
                                error: .string(limit: outputLimit))
                        } else {
                            // No stdin at all: a child that exits early can never break a pipe of ours.
                            try await Subprocess.run(
                                executable, arguments: Arguments(arguments), environment: childEnvironment,
                                platformOptions: platformOptions, input: .none, output: .string(limit: outputLimit),
                                error: .string(limit: outputLimit))
                        }
                    var code: Int32?
                    if case .exited(let value) = result.terminationStatus { code = value }
                    return .success(
                        ChildResult(
                            exitCode: code, standardOutput: result.standardOutput, standardError: result.standardError))
                } catch is CancellationError {
                    return nil
                } catch {
                    return Task.isCancelled ? nil : .failure(.failedToStart(executable, "\(error)"))
                }
            }
            group.addTask {
                await DeadlineWait.until(deadline)
                return Task.isCancelled ? nil : .failure(.timedOut(executable))
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first ?? .failure(.timedOut(executable))
        }
    }
}

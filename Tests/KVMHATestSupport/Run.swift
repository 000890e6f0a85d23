import Foundation
import KVMHACore

/// The result of running a program to its end.
public struct RunResult: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String
}

/// Runs an executable with an argument array (never a shell), optional stdin and environment
/// (nil inherits ours), through the agents' own ChildProcess: killed if it outlives `timeout`.
public func run(
    _ executable: String,
    _ arguments: [String] = [],
    stdin: String? = nil,
    environment: [String: String]? = nil,
    timeout: Duration = .seconds(30)
) async throws -> RunResult {
    ignoreBrokenPipes
    let result = await ChildProcess.run(
        executable, arguments, environment: environment, input: stdin, deadline: .after(timeout),
        outputLimit: 8 << 20)
    let child = try result.get()
    return RunResult(status: child.exitCode ?? -1, stdout: child.standardOutput, stderr: child.standardError)
}

/// A child that exits before reading all of its stdin (as fence_ipmi does with oversize input) must
/// fail that write, not kill the whole test process with SIGPIPE.
let ignoreBrokenPipes: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

/// Where SwiftPM put this build's executables: beside the test bundle.
public func productPath(_ name: String) -> String {
    let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    var directory = URL(fileURLWithPath: exe).deletingLastPathComponent()
    if directory.lastPathComponent.hasSuffix(".xctest") { directory = directory.deletingLastPathComponent() }
    return directory.appendingPathComponent(name).path
}

/// Validates XML with xmllint (libxml2-utils): `--dtdvalid` for OCF meta-data, `--relaxng` for fence.
public func xmllint(_ xml: String, _ validation: [String]) async throws -> RunResult {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("kvmha-\(UUID().uuidString).xml")
    try xml.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    return try await run("/usr/bin/xmllint", ["--noout"] + validation + [file.path])
}

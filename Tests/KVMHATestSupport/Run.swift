import Foundation

/// The result of running a program to its end.
public struct RunResult: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String
}

public struct RunTimeout: Error, CustomStringConvertible {
    public let description: String
}

/// Runs an executable with an argument array (never a shell), optional stdin and environment,
/// and kills it if it outlives `timeout`.
public func run(
    _ executable: String,
    _ arguments: [String] = [],
    stdin: String? = nil,
    environment: [String: String]? = nil,
    timeout: Duration = .seconds(30)
) throws -> RunResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let environment { process.environment = environment }
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let finished = DispatchSemaphore(value: 0)
    let collector = OutputCollector()
    DispatchQueue.global().async {
        collector.set(out.fileHandleForReading.readDataToEndOfFile(), err.fileHandleForReading.readDataToEndOfFile())
        finished.signal()
    }
    let (seconds, attoseconds) = timeout.components
    let limit = DispatchTime.now() + .milliseconds(Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    if finished.wait(timeout: limit) == .timedOut {
        process.terminate()
        throw RunTimeout(description: "\(executable) \(arguments) did not finish within \(timeout)")
    }
    process.waitUntilExit()
    let (stdout, stderr) = collector.get()
    return RunResult(
        status: process.terminationStatus,
        stdout: String(decoding: stdout, as: UTF8.self),
        stderr: String(decoding: stderr, as: UTF8.self))
}

final class OutputCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var out = Data()
    private var err = Data()
    func set(_ out: Data, _ err: Data) { lock.withLock { (self.out, self.err) = (out, err) } }
    func get() -> (Data, Data) { lock.withLock { (out, err) } }
}

/// Where SwiftPM put this build's executables: beside the test bundle.
public func productPath(_ name: String) -> String {
    let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    var directory = URL(fileURLWithPath: exe).deletingLastPathComponent()
    if directory.lastPathComponent.hasSuffix(".xctest") { directory = directory.deletingLastPathComponent() }
    return directory.appendingPathComponent(name).path
}

/// Validates XML with xmllint (libxml2-utils): `--dtdvalid` for OCF meta-data, `--relaxng` for fence.
public func xmllint(_ xml: String, _ validation: [String]) throws -> RunResult {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("kvmha-\(UUID().uuidString).xml")
    try xml.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    return try run("/usr/bin/xmllint", ["--noout"] + validation + [file.path])
}

import Foundation
import KVMHATestSupport
import Testing

/// A crash of the fence agent, which holds the BMC password, leaves no core and prints no memory.
@Suite(.ownThread) struct FenceCrashTests {
    /// Runs `command` under `prlimit --core=unlimited` in an empty directory, SIGSEGVs it after it
    /// started, and says how it ended and which files it left there.
    func crash(_ command: [String], stdin: String) async throws -> (status: Int32, files: [String], stderr: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kvmha-core-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/prlimit")
        process.arguments = ["--core=unlimited", "--"] + command
        process.currentDirectoryURL = directory
        let input = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        try await Task.sleep(for: .milliseconds(500))
        kill(process.processIdentifier, SIGSEGV)
        process.waitUntilExit()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (process.terminationStatus, try FileManager.default.contentsOfDirectory(atPath: directory.path), stderr)
    }

    @Test func aCrashLeavesNoCoreAndNoMemoryDump() async throws {
        // The control: the same crash of another program leaves a core here, so the check can fail.
        let control = try await crash(["/bin/sleep", "30"], stdin: "")
        #expect(control.files.contains { $0.hasPrefix("core") }, "no core from the control: \(control.files)")
        let input = "action=off\nip=127.0.0.1\nipport=9\nusername=u\npassword=kvmha-secret-in-core\ndelay=20\n"
        let agent = try await crash([productPath("fence_ipmi")], stdin: input)
        #expect(agent.status == SIGSEGV, "it ends by the signal: \(agent.status)")
        #expect(agent.files.isEmpty, "left \(agent.files)")
        #expect(!agent.stderr.contains("Registers") && !agent.stderr.contains("kvmha-secret-in-core"))
    }

    @Test func aDelayLongerThanAnHourIsRefusedNotSlept() async throws {
        let started = ContinuousClock.now
        let result = try await run(
            productPath("fence_ipmi"), stdin: "action=off\nip=127.0.0.1\nipport=9\nusername=u\npassword=x\ndelay=5000\n"
        )
        #expect(result.status == 1 && result.stderr.contains("delay 5000 is longer than 3600 s"), "\(result.stderr)")
        #expect(ContinuousClock.now - started < .seconds(5))
    }
}

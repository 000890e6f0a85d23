import Foundation
import KVMHATestSupport
import Testing

/// The lab's process records ("PID STARTTIME") are read the same way in bash and Swift, also for a
/// process whose name holds spaces and a parenthesis (the old awk field count read another field).
@Suite(.ownThread) struct LabRecordTests {
    @Test func startTimeIsReadAfterTheCommandName() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kvmha-lab-record-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let oddName = directory.appendingPathComponent("sl ee) p").path
        try FileManager.default.copyItem(atPath: "/bin/sleep", toPath: oddName)
        let sleeper = Process()
        sleeper.executableURL = URL(fileURLWithPath: oddName)
        sleeper.arguments = ["30"]
        try sleeper.run()
        defer { sleeper.terminate() }
        let pid = sleeper.processIdentifier
        let swift = try #require(LabControl.startTime(pid))
        let library = LabControl.repository + "/lab/lib.sh"
        let bash = try await run("/bin/bash", ["-c", "source \"$1\"; starttime \"$2\"", "bash", library, "\(pid)"])
        #expect(bash.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == swift)
        #expect(Int(swift) ?? 0 > 0)
        let gone = try await run("/bin/bash", ["-c", "source \"$1\"; starttime 999999999", "bash", library])
        #expect(gone.stdout.isEmpty && gone.status == 0)
    }
}

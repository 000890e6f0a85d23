import Foundation
import KVMHACore
import KVMHATestSupport
import Testing

/// A child that leaves a grandchild holding our pipe: the deadline still ends the wait, and the
/// whole process group is gone afterwards.
@Suite(.ownThread) struct ChildProcessGroupTests {
    @Test func aGrandchildHoldingThePipeEndsWithTheDeadline() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "kvmha-child-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = directory.appendingPathComponent("password-script").path
        let marker = "kvmha-grandchild-\(getpid())"
        try "#!/bin/bash\n(exec -a \(marker) sleep 60) &\necho secret\nsleep 60\n".write(
            toFile: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
        let started = ContinuousClock.now
        let result = await ChildProcess.run(script, [], deadline: .after(.seconds(1)))
        #expect(ContinuousClock.now - started < .seconds(4), "the wait ended \(ContinuousClock.now - started) after")
        #expect(throws: ChildProcessError.timedOut(script)) { try result.get() }
        let left = waitUntil(.seconds(3)) {
            !((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).contains { pid in
                Int(pid) != nil
                    && ((try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)) ?? "").hasPrefix(marker)
            }
        }
        #expect(left, "the grandchild outlived the deadline")
    }
}

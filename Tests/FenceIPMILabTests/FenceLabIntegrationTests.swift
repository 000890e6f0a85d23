import Foundation
import KVMHATestSupport
import Testing

/// fence_ipmi against the lab's ipmi_sim, whose chassis control really powers the guest
/// kvmha-lab-host1 off and on. Serialized: the tests change that one host's power.
@Suite(.serialized) struct FenceLabIntegrationTests {
    let agent = Installed.fenceIPMI

    func stdin(_ lab: Lab, _ action: String, _ extra: [String: String] = [:]) throws -> String {
        var options = [
            "action": action, "ip": try lab.require("KVMHA_LAB_BMC_ADDR"),
            "ipport": try lab.require("KVMHA_LAB_BMC_PORT"), "username": try lab.require("KVMHA_LAB_BMC_USER"),
            "password": try lab.bmcPassword(), "lanplus": "1", "cipher": "3",
            "nodename": "node1",
        ]
        options.merge(extra) { $1 }
        return options.map { "\($0.key)=\($0.value)" }.joined(separator: "\n") + "\n"
    }

    func fence(_ lab: Lab, _ action: String, _ extra: [String: String] = [:]) async throws -> RunResult {
        try await run(agent, stdin: try stdin(lab, action, extra), timeout: .seconds(60))
    }

    /// The simulated host's QEMU while it lives (the BMC's power-off kills it; libvirt removes its
    /// pid file a little later).
    func hostPID(_ lab: Lab) throws -> Int32? {
        LabControl.emulatorPID(try lab.require("KVMHA_LAB_BMC_GUEST")).flatMap { LabControl.isAlive($0) ? $0 : nil }
    }

    @Test func statusOverIPMI20AndIPMI15() async throws {
        let lab = try Lab.current()
        _ = try await fence(lab, "on")
        let v2 = try await fence(lab, "status")
        #expect(v2.status == 0 && v2.stdout.contains("Status: ON"), "\(v2.stderr)")
        let v15 = try await fence(lab, "status", ["lanplus": "0", "auth": "md5"])
        #expect(v15.status == 0 && v15.stdout.contains("Status: ON"), "\(v15.stderr)")
        #expect(try await fence(lab, "monitor").status == 0)
        #expect(try await fence(lab, "list").status == 0)
    }

    @Test func offOnAndRebootReallyPowerTheHost() async throws {
        let lab = try Lab.current()
        #expect(try await fence(lab, "on").status == 0)
        let before = try #require(try hostPID(lab))
        let off = try await fence(lab, "off")
        #expect(off.status == 0, "\(off.stderr)")
        #expect(try hostPID(lab) == nil)
        #expect(try await fence(lab, "status").status == 2)
        #expect(try await fence(lab, "on").status == 0)
        let afterOn = try #require(try hostPID(lab))
        #expect(afterOn != before)
        let reboot = try await fence(lab, "reboot")
        #expect(reboot.status == 0, "\(reboot.stderr)")
        let afterReboot = try #require(try hostPID(lab))
        #expect(afterReboot != afterOn)
    }

    @Test func distinctFailures() async throws {
        let lab = try Lab.current()
        let wrong = try await fence(lab, "status", ["password": "wrong"])
        #expect(wrong.status == 1 && wrong.stderr.contains("authentication refused"), "\(wrong.stderr)")
        // "viewer" has user privilege: it may read the chassis, not switch it off.
        let privilege = try await fence(lab, "off", ["username": "viewer", "privlvl": "user"])
        #expect(privilege.status == 1 && privilege.stderr.contains("privilege"), "\(privilege.stderr)")
        let cipher = try await fence(lab, "status", ["cipher": "17"])
        #expect(cipher.status == 1 && cipher.stderr.contains("cipher suite 17 refused"), "\(cipher.stderr)")
        let started = ContinuousClock.now
        let down = try await fence(lab, "status", ["ipport": "9", "login_timeout": "2"])
        #expect(down.status == 1 && down.stderr.contains("unreachable"), "\(down.stderr)")
        #expect(ContinuousClock.now - started < .seconds(5))
        #expect(!wrong.stderr.contains(try lab.bmcPassword()))
    }

    @Test func passwordFromAScriptWithoutAShell() async throws {
        let lab = try Lab.current()
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("kvmha-pw-\(UUID().uuidString)").path
        try "#!/bin/sh\ncat \"$1\"\n".write(toFile: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script)
        defer { try? FileManager.default.removeItem(atPath: script) }
        let file = try lab.require("KVMHA_LAB_BMC_PASSWORD_FILE")
        let result = try await fence(lab, "status", ["password": "", "password_script": "\(script) \(file)"])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func theFencerRebootsThroughIt() async throws {
        let lab = try Lab.current()
        #expect(try await fence(lab, "on").status == 0)
        let before = try #require(try hostPID(lab))
        // The BMC's host is a lab guest, not a cluster node: fence it by a name of its own, so the
        // lab's one real node is never told it was fenced. The password comes from password_script
        // (cat of the lab's 0600 file), so it is in no argv, not even pcs's.
        let device = "kvmha-test-ipmi"
        let create = try await run(
            "/usr/sbin/pcs",
            [
                "stonith", "create", device, "fence_ipmi", "ip=\(try lab.require("KVMHA_LAB_BMC_ADDR"))",
                "ipport=\(try lab.require("KVMHA_LAB_BMC_PORT"))", "username=admin",
                "password_script=/bin/cat \(try lab.require("KVMHA_LAB_BMC_PASSWORD_FILE"))", "lanplus=1", "cipher=3",
                "pcmk_host_list=kvmha-bmc-host",
            ], timeout: .seconds(60))
        #expect(create.status == 0, "\(create.stderr)")
        let registered = await Cluster.wait(.seconds(30)) {
            (try? await run("/usr/sbin/stonith_admin", ["--list-registered"]).stdout.contains(device)) ?? false
        }
        #expect(registered)
        let reboot = try await run(
            "/usr/sbin/stonith_admin", ["--reboot", "kvmha-bmc-host", "--timeout", "60"], timeout: .seconds(70))
        #expect(reboot.status == 0, "\(reboot.stdout) \(reboot.stderr)")
        let after = try #require(try hostPID(lab))
        #expect(after != before)
        _ = try await run("/usr/sbin/pcs", ["stonith", "delete", device], timeout: .seconds(60))
    }

    @Test func quietAndDebugFile() async throws {
        let lab = try Lab.current()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kvmha-debug-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: file) }
        let quiet = try await fence(lab, "status", ["password": "wrong", "quiet": "1", "debug_file": file])
        #expect(quiet.status == 1)
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
        let logged = try String(contentsOfFile: file, encoding: .utf8)
        #expect(logged.contains("authentication refused"))
        #expect(!logged.contains(try lab.bmcPassword()))
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }
}

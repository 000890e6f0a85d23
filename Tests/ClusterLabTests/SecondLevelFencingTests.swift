import Foundation
import KVMHATestSupport
import Testing

/// The fencing topology of issue 33 on the lab cluster brought up with `lab cluster up --sbd disk`:
/// level 1 fence_ipmi, level 2 Debian's sbd with a poison pill on a LUN every node shares, each node's
/// watchdog emulated (lab/watchdog). A host that dies with its BMC comes back through level 2 alone;
/// a dead BMC on a live host fences and moves nothing; a node cut off while its BMC is dead
/// self-fences before its guests start elsewhere. Safety (two copies, two disk writers, a healthy
/// node self-fencing) is bench/cluster-scenarios' per-trial check.
@Suite(.serialized) struct SecondLevelFencingTests {
    static let scenarios = ["power-loss-with-bmc", "bmc-loss", "partition-bmc-dead"]
    static let outcome = Task { await ScenarioRun.execute(stack: "kvmha", scenarios: scenarios) }

    static func needsTopology() throws {
        try #require(
            ClusterSettings.current["SBD"] == "disk",
            "needs the lab cluster with a second level: lab cluster up --sbd disk")
    }

    @Test(arguments: scenarios) func recoversWithoutAPerson(_ scenario: String) async throws {
        try Self.needsTopology()
        let results = try await Self.outcome.value.get()
        let result = try #require(results[scenario], "no result for \(scenario)")
        #expect(result.violations.isEmpty, "\(scenario): \(result.violations)")
        #expect(result.recoveredOK, "\(scenario): \(result.timeline)")
        let fencing = result.fencing ?? [:]
        let level1 = fencing.first { $0.key.hasPrefix("fence-n") }?.value
        let level2 = fencing.first { $0.key.hasPrefix("fence-sbd") && $0.key.hasSuffix("returned 0") }?.value
        switch scenario {
        case "power-loss-with-bmc":
            let requested = try #require(fencing["requested"], "no fencing requested: \(fencing)")
            let failed = try #require(level1, "level 1 never returned: \(fencing)")
            let confirmed = try #require(level2, "level 2 never confirmed: \(fencing)")
            // Level 1 gives up at its login deadline (login_timeout=1) — not after ipmitool's 20 s —
            // and level 2 waits out sbd's msgwait (4 s with the lab's 2 s watchdog) before anything starts.
            #expect(failed - requested < 3000, "level 1 took \(failed - requested) ms: \(fencing)")
            #expect(confirmed - failed >= 3900, "level 2 confirmed \(confirmed - failed) ms after level 1: \(fencing)")
            let recovered = try #require(result.recovered, "not recovered: \(result.timeline)")
            #expect(recovered > confirmed && recovered < 20_000, "recovered \(recovered) ms: \(fencing)")
        case "bmc-loss":
            #expect(fencing["requested"] == nil, "fencing was requested: \(fencing)")
        default:  // partition-bmc-dead: the order itself is checked by the runner (a violation otherwise)
            let selfFenced = try #require(fencing["self-fenced"], "the cut-off node never self-fenced: \(fencing)")
            let confirmed = try #require(level2, "level 2 never confirmed: \(fencing)")
            #expect(selfFenced < confirmed, "self-fenced at \(selfFenced) ms, level 2 confirmed at \(confirmed) ms")
        }
    }

    /// `kvmha-cpgmonitor check-fencing` on a lab node passes, and refuses each broken set-up the issue
    /// names with a clear error: a watchdog device that is not there, a missing sbd disk, a disk whose
    /// msgwait is shorter than twice its watchdog timeout (made by Debian's sbd here), and diskless sbd
    /// without a stonith-watchdog-timeout.
    @Test func checkFencingPassesHereAndRefusesBrokenSetUps() async throws {
        try Self.needsTopology()
        let good = try await LabCluster.exec(1, ["kvmha-cpgmonitor", "check-fencing"])
        #expect(good.status == 0, "\(good.stdout)\(good.stderr)")
        #expect(good.stdout.contains("watchdog 2 s, msgwait 4 s"), "\(good.stdout)")
        let work = Lab.state + "/cluster/check-fencing"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        let image = work + "/short.img"
        #expect(FileManager.default.createFile(atPath: image, contents: Data(count: 4 << 20)))
        let loop = try await run("/usr/sbin/losetup", ["--find", "--show", image])
        let device = loop.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try #require(loop.status == 0 && !device.isEmpty, "losetup: \(loop.stderr)")
        let created = try await run("/usr/sbin/sbd", ["-d", device, "-1", "5", "-4", "6", "create"])
        try #require(created.status == 0, "sbd create: \(created.stderr)")
        let cases: [(String, String, String)] = [
            (
                "missing-watchdog", "SBD_DEVICE=\(device)\nSBD_WATCHDOG_DEV=/dev/kvmha-no-watchdog\n",
                "watchdog device /dev/kvmha-no-watchdog does not exist"
            ),
            (
                "missing-disk", "SBD_DEVICE=/dev/disk/by-id/kvmha-no-such-lun\n",
                "SBD_DEVICE /dev/disk/by-id/kvmha-no-such-lun does not exist"
            ),
            ("short-msgwait", "SBD_DEVICE=\(device)\n", "msgwait 6 s is less than twice the watchdog timeout 5 s"),
            ("diskless", "SBD_WATCHDOG_TIMEOUT=5\n", "diskless sbd but stonith-watchdog-timeout is not set"),
        ]
        for (name, text, expected) in cases {
            let file = "\(work)/\(name)"
            // The lab's own watchdog device, so only the broken setting is wrong.
            let watchdog =
                text.contains("SBD_WATCHDOG_DEV") ? "" : "SBD_WATCHDOG_DEV=\(Lab.state)/cluster/n1/watchdog\n"
            try (watchdog + text).write(toFile: file, atomically: true, encoding: .utf8)
            let result = try await LabCluster.exec(1, ["kvmha-cpgmonitor", "check-fencing", "--sbd-config", file])
            #expect(result.status == 1, "\(name): exit \(result.status): \(result.stdout)")
            #expect(result.stdout.contains("error: ") && result.stdout.contains(expected), "\(name): \(result.stdout)")
        }
        let detached = try await run("/usr/sbin/losetup", ["-d", device])
        #expect(detached.status == 0, "losetup -d \(device): \(detached.stderr)")
    }
}

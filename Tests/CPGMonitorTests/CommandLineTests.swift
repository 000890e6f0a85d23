import Foundation
import KVMHACore
import Testing

@testable import CPGMonitor

/// `kvmha-cpgmonitor status` and `events` as scripts and admins use them (issue 29): exit statuses
/// that say the state, `--since` in the forms admins type, nothing that traps on hostile input.
@Suite struct CommandLineTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kvmha-cli-\(UUID().uuidString)")
        .path

    func statusFile(_ change: (inout StatusBoard.Snapshot) -> Void = { _ in }, age: Int64 = 0) throws -> String {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var snapshot = StatusBoard.Snapshot()
        (snapshot.node, snapshot.group, snapshot.quorate, snapshot.libvirt) = ("n1", "kvmha", true, "connected")
        snapshot.authentication = "key /etc/corosync/authkey"
        change(&snapshot)
        // The written time set to `age` ago whatever millisecond render ran in (matching `now` or
        // `now + 1` only made a loaded machine read a fresh file as healthy).
        let now = Timestamp.bootMilliseconds()
        let text = StatusBoard.render(snapshot, pid: 42).split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasPrefix("updated_boottime: ") ? "updated_boottime: \(now - age)" : String($0)
        }.joined(separator: "\n")
        let path = directory + "/cpgmonitor.status"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func read(_ path: String) -> StatusCommand.Reading {
        StatusCommand.read(statusFile: path, eventsFile: directory + "/none.events")
    }

    @Test func statusExitSaysTheState() throws {
        #expect(read(try statusFile()).outcome == .healthy)
        let noQuorum = read(try statusFile { $0.quorate = false })
        #expect(noQuorum.outcome == .degraded && noQuorum.problems == ["no quorum: no reports"])
        #expect(read(try statusFile { $0.libvirt = "lost (EOF)" }).outcome == .degraded)
        #expect(read(try statusFile { $0.corosyncName = "node-1" }).outcome == .degraded)
        let keyless = read(try statusFile { $0.authentication = "none (/etc/corosync/authkey: no such file)" })
        #expect(keyless.outcome == .degraded && keyless.problems.first?.hasPrefix("no heartbeat key") == true)
        #expect(read(try statusFile(age: 60_000)).outcome == .notRunning)
        #expect(read(directory + "/missing.status").outcome == .notRunning)
        #expect(StatusCommand.Outcome.unreadable.rawValue == 4, "kvmha-cpgmonitor(8) documents 4")
    }

    @Test func statusAsJSONIsOneObjectAnyParserReads() throws {
        let reading = read(try statusFile { $0.members = ["1/100 n1 (this daemon)"] })
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(reading.json.utf8)) as? [String: Any])
        #expect(object["state"] as? String == "healthy")
        #expect(object["node"] as? String == "n1" && object["pid"] as? Int == 42 && object["quorate"] as? Bool == true)
        #expect(object["members"] as? [String] == ["1/100 n1 (this daemon)"])
    }

    @Test func sinceTakesAgesEpochsAndISO8601() {
        let now: Int64 = 1_796_646_600_000
        #expect(EventsCommand.sinceTime("15m", now: now) == now - 900_000)
        #expect(EventsCommand.sinceTime("3d", now: now) == now - 3 * 86_400_000)
        #expect(EventsCommand.sinceTime("1796646600000", now: now) == now)
        #expect(EventsCommand.sinceTime("2026-12-07T12:30:00Z") == 1_796_646_600_000)
        #expect(EventsCommand.sinceTime("2026-12-07T12:30:05.250+01:00") == 1_796_643_005_250)
        #expect(EventsCommand.sinceTime("2026-12-07T12:30Z") == 1_796_646_600_000)
        #expect(EventsCommand.sinceTime("2026-12-07") != nil, "a date alone is local midnight")
        for hostile in [
            "9999999999999h", "99999999999999999d", "2026-13-01", "2026-12-07T25:00Z", "yesterday", "", "-5m",
        ] {
            #expect(EventsCommand.sinceTime(hostile, now: now) == nil, "\(hostile)")
        }
    }

    @Test func everySubcommandTakesHelp() {
        for command in ["run", "status", "events"] {
            for flag in ["-h", "--help"] {
                #expect(Invocation.run(arguments: ["kvmha-cpgmonitor", command, flag], environment: [:]) == 0)
            }
        }
    }
}

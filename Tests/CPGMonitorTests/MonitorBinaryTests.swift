import Foundation
import KVMHATestSupport
import Testing

@Suite(.ownThread) struct MonitorBinaryTests {
    let daemon = productPath("kvmha-cpgmonitor")

    @Test func helpAndVersion() async throws {
        #expect(try await run(daemon, ["--help"]).status == 0)
        #expect(try await run(daemon, ["--version"]).stdout.hasPrefix("kvmha-cpgmonitor "))
    }

    @Test func ocfAgentNameGivesValidMetaData() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ocf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let agent = directory.appendingPathComponent("CPGMonitor").path
        try FileManager.default.createSymbolicLink(atPath: agent, withDestinationPath: daemon)
        let result = try await run(agent, ["meta-data"], environment: [:])
        #expect(result.status == 0)
        let lint = try await xmllint(result.stdout, ["--dtdvalid", "/usr/share/resource-agents/ra-api-1.dtd"])
        #expect(lint.status == 0, "\(lint.stderr)")
        #expect(
            try await run(agent, ["validate-all"], environment: ["OCF_RESKEY_heartbeat_timeout": "soon"]).status == 6)
    }

    /// A key file the admin named that cannot be read is a configuration error (exit 2, said), before
    /// Corosync is touched; the key's bytes are never shown.
    @Test func aNamedKeyFileThatIsMissingOrNoKeyStopsTheStart() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("key-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let status = ["--status-file", directory + "/d.status", "--node-name", "n1"]
        let missing = try await run(daemon, ["run", "--key-file", directory + "/none"] + status)
        #expect(missing.status == 2 && missing.stderr.contains("no such file"), "\(missing.stderr)")
        try "short-secret".write(toFile: directory + "/short", atomically: true, encoding: .utf8)
        let short = try await run(daemon, ["run", "--key-file", directory + "/short"] + status)
        #expect(short.status == 2 && short.stderr.contains("not a key"), "\(short.stderr)")
        #expect(!short.stderr.contains("short-secret"))
    }

    /// `events` reads the rotated file (.1) first, so `--since` reaches back across a rotation.
    @Test func eventsReadTheRotatedFileToo() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ev-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/cpgmonitor.events"
        func line(_ time: Int64, _ kind: String) -> String {
            "{\"v\":1,\"time\":\(time),\"node\":\"n1\",\"kind\":\"\(kind)\",\"text\":\"t\"}\n"
        }
        try (line(1000, "started") + line(2000, "detected")).write(
            toFile: file + ".1", atomically: true, encoding: .utf8)
        try (line(3000, "reported") + line(4000, "stopping")).write(toFile: file, atomically: true, encoding: .utf8)
        let all = try await run(daemon, ["events", "--events-file", file])
        #expect(all.stdout.split(separator: "\n").map { $0.contains("\"time\":1000") } == [true, false, false, false])
        let since = try await run(daemon, ["events", "--events-file", file, "--since", "2000"])
        #expect(since.stdout.split(separator: "\n").count == 3, "\(since.stdout)")
        let hostile = try await run(daemon, ["events", "--events-file", file, "--since", "9999999999999h"])
        #expect(hostile.status == 2, "refused, never a trap: \(hostile.stderr)")
    }
}

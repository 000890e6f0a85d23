import Foundation
import KVMHACore
import KVMHATestSupport
import Testing

@testable import CPGMonitor

/// The daemon as an administrator operates it on a node (issue 29): one per node, `status` for the
/// haclient group with exit statuses that mean something, metrics a Prometheus server can scrape, a
/// log reopened on SIGHUP, and readiness told to systemd only once it is in its group.
@Suite(.serialized) struct OperableDaemonIntegrationTests {
    static func group(_ test: String) -> String { "kvmha-test-\(getpid())-\(test)" }

    static var haclient: gid_t {
        get throws {
            guard let entry = getgrnam("haclient") else { throw Lab.NotUp(description: "no haclient group") }
            return entry.pointee.gr_gid
        }
    }

    @Test func aSecondDaemonOnTheNodeIsRefusedWithinASecondNamingTheFirst() async throws {
        let first = try TestDaemon.start(group: Self.group("single"), name: "first")
        defer { first.stop() }
        let started = ContinuousClock.now
        let second = try await run(
            Installed.daemon, ["run", "--group", Self.group("single"), "--status-file", first.statusFile],
            timeout: .seconds(10))
        #expect(ContinuousClock.now - started < .seconds(1))
        #expect(second.status == 1, "\(second.stderr)")
        #expect(second.stderr.contains("another kvmha-cpgmonitor runs on this node (pid \(first.identity.pid)"))
        #expect(first.identity.isAlive)
    }

    @Test func statusReadsForTheHaclientGroupAndSaysPermissionDeniedToOthers() async throws {
        let daemon = try TestDaemon.start(group: Self.group("status"), name: "status")
        defer { daemon.stop() }
        let gid = try Self.haclient
        let status = [Installed.daemon, "status", "--status-file", daemon.statusFile]
        let member = try await run(
            "/usr/bin/setpriv", ["--reuid=65534", "--regid=\(gid)", "--clear-groups"] + status + ["--output-as=json"])
        #expect(member.status == 0, "\(member.stdout) \(member.stderr)")
        let parsed = try JSONSerialization.jsonObject(with: Data(member.stdout.utf8)) as? [String: Any]
        let object = try #require(parsed, "\(member.stdout)")
        #expect(object["state"] as? String == "healthy")
        #expect(object["quorate"] as? Bool == true)
        #expect(object["pid"] as? Int == Int(daemon.identity.pid))
        #expect((object["last_events"] as? [[String: Any]])?.contains { $0["kind"] as? String == "started" } == true)

        let other = try await run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups"] + status)
        #expect(other.status == 4, "\(other.stdout) \(other.stderr)")
        #expect(other.stderr.contains("permission denied"), "\(other.stderr)")

        daemon.stop()
        let stopped = try await run(Installed.daemon, Array(status.dropFirst()))
        #expect(stopped.status == 3, "\(stopped.stderr)")
    }

    /// Under Pacemaker's umask (0026) too: node_exporter reads the file as its own user.
    @Test func metricsCarryTheGaugesFromTheStartAndSayDownAtExit() async throws {
        let metrics = "/tmp/kvmha-test-daemons/\(Self.group("metrics")).prom"
        try? FileManager.default.removeItem(atPath: metrics)
        let previous = umask(0o026)
        let started = Result {
            try TestDaemon.start(group: Self.group("metrics"), name: "m", arguments: ["--metrics-file", metrics])
        }
        umask(previous)
        let daemon = try started.get()
        defer { daemon.stop() }
        #expect(waitUntil(.seconds(10)) { FileManager.default.fileExists(atPath: metrics) })
        let mode = try FileManager.default.attributesOfItem(atPath: metrics)[.posixPermissions] as? Int
        #expect(mode == 0o644)
        let samples = try await PrometheusText.parse(try String(contentsOfFile: metrics, encoding: .utf8))
        func value(_ name: String, _ labels: [String: String] = [:]) -> Double? {
            samples.first { $0.name == "kvmha_cpgmonitor_\(name)" && $0.labels == labels }?.value
        }
        #expect(value("up") == 1)
        let build = samples.first { $0.name == "kvmha_cpgmonitor_build_info" }
        #expect(build?.value == 1 && build?.labels["version"] == KVMHAVersion.current)
        #expect(
            build.map { $0.labels["commit"] != nil && $0.labels["commit"] != "unknown" } == true,
            "\(String(describing: build))")
        #expect(value("quorate") == 1)
        #expect((value("start_time_seconds") ?? 0) > 1_700_000_000)
        #expect(value("peers") == 0)
        #expect(value("managed_domains") != nil && value("libvirt_connected") != nil)
        #expect(value("detections_total", ["failure": "crashed"]) == 0, "every series from the start")
        #expect(value("guest_failures_ignored_total", ["reason": "not-managed"]) == 0)
        #expect(value("peer_messages_refused_total", ["reason": "impersonation"]) == 0)

        daemon.stop()
        let after = try await PrometheusText.parse(try String(contentsOfFile: metrics, encoding: .utf8))
        #expect(after.first { $0.name == "kvmha_cpgmonitor_up" }?.value == 0, "the file outlives the daemon")
    }

    /// docs/reference/events.schema.json is what the daemon writes: every line of a real daemon's
    /// events file validates against it (python3-jsonschema, Draft 2020-12).
    @Test func theEventsFileMatchesItsPublishedSchema() async throws {
        let daemon = try TestDaemon.start(group: Self.group("schema"), name: "schema")
        daemon.stop()
        let schema = LabControl.repository + "/docs/reference/events.schema.json"
        let check = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            lines = [l for l in open(sys.argv[2]) if l.strip()]
            for line in lines:
                jsonschema.validate(json.loads(line), schema, cls=jsonschema.Draft202012Validator)
            print(len(lines))
            """
        let result = try await run("/usr/bin/python3", ["-c", check, schema, daemon.eventsFile])
        #expect(result.status == 0, "\(result.stderr)")
        #expect((Int(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) >= 3, "\(result.stdout)")
    }

    @Test func sighupReopensTheLogAndStopsNothing() async throws {
        let log = "/tmp/kvmha-test-daemons/\(Self.group("hup")).own.log"
        try? FileManager.default.removeItem(atPath: log)
        let daemon = try TestDaemon.start(group: Self.group("hup"), name: "hup", arguments: ["--log-file", log])
        defer { daemon.stop() }
        try? FileManager.default.removeItem(atPath: log + ".1")
        // What logrotate does: the file moved away, then SIGHUP; the daemon writes to the path again.
        _ = rename(daemon.log, log + ".1")
        #expect(daemon.identity.send(SIGHUP))
        #expect(
            waitUntil(.seconds(5)) {
                ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").contains("SIGHUP: log \(log) reopened")
            })
        #expect(daemon.identity.isAlive, "SIGHUP stopped the daemon")
    }

    /// Type=notify: READY=1 reaches the service manager's socket once the daemon is in its group.
    @Test func readinessIsToldToSystemdAfterTheJoin() async throws {
        let socketPath = "/tmp/kvmha-test-daemons/\(Self.group("notify")).sock"
        let listener = try NotifySocket(path: socketPath)
        let daemon = try TestDaemon.start(
            group: Self.group("notify"), name: "notify", environment: ["NOTIFY_SOCKET": socketPath])
        defer { daemon.stop() }
        let message = listener.receive(within: .seconds(5))
        #expect(message?.contains("READY=1") == true, "\(message ?? "nothing")")
        #expect(message?.contains("STATUS=in group \(Self.group("notify"))") == true)
    }
}

/// The service manager's end of sd_notify: a datagram socket at a path.
final class NotifySocket {
    let descriptor: Int32
    let path: String

    init(path: String) throws {
        self.path = path
        unlink(path)
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in path.utf8.prefix(raw.count - 1).enumerated() { raw[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard descriptor >= 0, bound == 0 else { throw Lab.NotUp(description: "cannot bind \(path)") }
    }

    func receive(within timeout: Duration) -> String? {
        var wait = timeval(tv_sec: Int(timeout.components.seconds), tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = recv(descriptor, &buffer, buffer.count, 0)
        return count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : nil
    }

    deinit {
        close(descriptor)
        unlink(path)
    }
}

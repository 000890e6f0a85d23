import Foundation
import KVMHACore
import KVMHATestSupport
import Testing

@testable import CPGMonitor

/// The daemon's events as data: each line is JSON any parser reads back to the same event, the file
/// stays bounded, `events` finds what was appended, the metrics count what the events say.
@Suite struct DaemonEventTests {
    static func sample(_ kind: DaemonEvent.Kind, text: String = "a sentence") -> DaemonEvent {
        var event = DaemonEvent(kind: kind, node: "n1", text: text, time: 1_796_000_000_123)
        event.domain = "kvmha-vm1"
        event.uuid = "6c0f9a2e-1111-4000-8000-000000000001"
        event.resource = "vm1"
        event.target = "n2"
        event.failure = "crashed"
        event.member = "2:1234"
        event.peer = "n2"
        event.reason = "not-managed"
        event.health = "red"
        event.latencyMs = 42
        event.count = 3
        return event
    }

    /// An events file's path in a directory of its own (the caller removes the directory).
    static func scratchFile() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("events-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("cpgmonitor.events").path
    }

    static func decode(_ line: String) throws -> DaemonEvent {
        try JSONDecoder().decode(DaemonEvent.self, from: Data(line.utf8))
    }

    @Test(arguments: DaemonEvent.Kind.allCases) func everyKindReadsBack(_ kind: DaemonEvent.Kind) throws {
        let event = Self.sample(kind)
        #expect(try Self.decode(event.line) == event)
        #expect(!event.line.contains("\n"))
        // The version and kind come first, so a reader can dispatch before it reads the rest.
        #expect(event.line.hasPrefix("{\"v\":\(DaemonEvent.schema),\"time\":1796000000123,\"node\":\"n1\",\"kind\":"))
    }

    @Test func unsetFieldsAreAbsent() throws {
        let line = DaemonEvent(kind: .started, node: "n1", text: "started", time: 1).line
        #expect(line == #"{"v":1,"time":1,"node":"n1","kind":"started","text":"started"}"#)
    }

    /// Domain names, peers' node names and libvirt's error texts reach the file: whatever they hold,
    /// the line stays one line of valid JSON that reads back to the same strings.
    @Test func hostileStringsStayOneValidLine() throws {
        var generator = SeededGenerator(seed: 0x6b76_6d68_61)
        let pieces = [
            "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1b}[31m", "\u{7f}", "\u{85}", "\u{2028}", "é", "🐧", "}", "a",
        ]
        for _ in 0..<5000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined()
            var event = Self.sample(.refused, text: text)
            event.domain = String(text.reversed())
            let line = event.line
            #expect(!line.contains("\n") && !line.contains("\r"), "\(line.debugDescription)")
            #expect(try Self.decode(line) == event, "\(line.debugDescription)")
        }
    }

    @Test func theFileIsBoundedAndRotates() throws {
        let path = try Self.scratchFile()
        defer { try? FileManager.default.removeItem(atPath: Files.directory(of: path)) }
        let log = EventLog(path: path, limit: 4096)
        for index in 0..<200 { log.append(Self.sample(.detected, text: "event \(index)")) }
        let current = try String(contentsOfFile: path, encoding: .utf8)
        let older = try String(contentsOfFile: path + ".1", encoding: .utf8)
        #expect(current.utf8.count <= 4096 + 1024 && older.utf8.count <= 4096 + 1024)
        let lines = (older + current).split(separator: "\n")
        #expect(try lines.map { try Self.decode(String($0)) }.last?.text == "event 199")
    }

    @Test func theEventsFileIsBesideTheStatusFile() {
        #expect(EventLog.path(besideStatus: "/run/kvmha/cpgmonitor.status") == "/run/kvmha/cpgmonitor.events")
        #expect(EventLog.path(besideStatus: "/tmp/x") == "/tmp/x.events")
    }

    @Test func eventsSinceAnAgeOrAnInstant() {
        #expect(EventsCommand.sinceTime("1796000000000") == 1_796_000_000_000)
        let now: Int64 = 10_000_000_000
        #expect(EventsCommand.sinceTime("15m", now: now) == now - 900_000)
        #expect(EventsCommand.sinceTime("2h", now: now) == now - 7_200_000)
        #expect(EventsCommand.sinceTime("soon") == nil && EventsCommand.sinceTime("-5m") == nil)
        #expect(EventsCommand.time(of: Self.sample(.reported).line) == 1_796_000_000_123)
    }

    /// `events --follow` reads what is appended, across a rotation, woken by inotify.
    @Test func aTailSeesAppendsAndRotations() throws {
        let path = try Self.scratchFile()
        defer { try? FileManager.default.removeItem(atPath: Files.directory(of: path)) }
        let log = EventLog(path: path, limit: 600)
        log.append(Self.sample(.started, text: "first"))
        let tail = FileTail(path: path)
        #expect(try tail.newLines().map { try Self.decode($0).text } == ["first"])
        #expect(tail.newLines().isEmpty)
        var seen: [String] = []
        for index in 0..<10 {
            log.append(Self.sample(.detected, text: "e\(index)"))  // rotates every second line or so
            tail.wait(until: .after(.seconds(2)))
            seen += try tail.newLines().map { try Self.decode($0).text }
        }
        #expect(seen == (0..<10).map { "e\($0)" })
    }

    /// The metrics are counted from the events: every kind has a counter from the start, and the
    /// histogram holds the reports' latencies. Checked with the Prometheus project's own parser.
    @Test func theMetricsCountTheEvents() async throws {
        let metrics = DaemonMetrics()
        for kind in [DaemonEvent.Kind.detected, .detected, .reported, .ignored, .peerDown] {
            metrics.record(Self.sample(kind))
        }
        let samples = try await PrometheusText.parse(metrics.text)
        func value(_ name: String, _ labels: [String: String]) -> Double? {
            samples.first { $0.name == name && $0.labels == labels }?.value
        }
        #expect(value("kvmha_cpgmonitor_events_total", ["kind": "detected"]) == 2)
        #expect(value("kvmha_cpgmonitor_events_total", ["kind": "peer-down"]) == 1)
        #expect(value("kvmha_cpgmonitor_events_total", ["kind": "double-run"]) == 0)
        #expect(value("kvmha_cpgmonitor_detections_total", ["failure": "crashed"]) == 2)
        #expect(value("kvmha_cpgmonitor_not_acted_on_total", ["reason": "not-managed"]) == 1)
        #expect(value("kvmha_cpgmonitor_detection_to_report_seconds_count", [:]) == 1)
        #expect(value("kvmha_cpgmonitor_detection_to_report_seconds_bucket", ["le": "0.05"]) == 1)
        #expect(value("kvmha_cpgmonitor_detection_to_report_seconds_bucket", ["le": "0.025"]) == 0)
        let kinds = Set(samples.filter { $0.name == "kvmha_cpgmonitor_events_total" }.compactMap { $0.labels["kind"] })
        #expect(kinds == Set(DaemonEvent.Kind.allCases.map(\.rawValue)))
    }
}

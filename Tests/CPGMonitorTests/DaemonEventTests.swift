import Foundation
import KVMHACore
import KVMHATestSupport
import Testing

@testable import CPGMonitor

/// The daemon's events as data: each line is JSON any parser reads back to the same event, the file
/// stays bounded, `events` finds what was appended, the metrics count what the events say.
@Suite(.ownThread) struct DaemonEventTests {
    static func sample(_ kind: DaemonEvent.Kind, text: String = "a sentence") -> DaemonEvent {
        var event = DaemonEvent(kind: kind, node: "n1", text: text, time: 1_796_000_000_123)
        event.domain = "kvmha-vm1"
        event.uuid = "6c0f9a2e-1111-4000-8000-000000000001"
        event.resource = "vm1"
        event.target = "n2"
        event.failure = .announced(.crashed)
        event.member = "2:1234"
        event.peer = "n2"
        event.reason = .notManaged
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
        #expect(DaemonEvent(line: event.line) == event, "the daemon's own reader (status) agrees")
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
            #expect(DaemonEvent(line: line) == event, "\(line.debugDescription)")
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

    /// The events file may be cut short (a full disk, a crash mid-write) or edited: `status` reads
    /// what is an event of this schema and passes over the rest, never crashing on it.
    @Test func whatIsNotAnEventReadsAsNone() throws {
        let line = Self.sample(.reported, text: "caf\u{e9} \"\\ \u{1F427}").line
        for cut in 0..<line.count { #expect(DaemonEvent(line: String(line.prefix(cut))) == nil) }
        let others = [
            #"{"v":2,"time":1,"node":"n1","kind":"started","text":"a newer schema"}"#,
            #"{"v":1,"time":1,"node":"n1","kind":"exploded","text":"an unknown kind"}"#,
            #"{"v":1,"time":1,"node":"n1","kind":"started"}"#,
            #"{"v":1,"time":"1","node":"n1","kind":"started","text":"a time as text"}"#,
            #"{"v":1,"time":1,"node":{"a":1},"kind":"started","text":"nested"}"#,
            #"{"v":1,"time":1,"node":"\ud800","kind":"started","text":"a lone surrogate"}"#,
            #"{"v":1,"time":1,"node":"\u00zz","kind":"started","text":"not hex"}"#,
            #"{"v":1,"time":1,"node":"n1","kind":"started","text":"two"} {"v":1}"#,
            "{\"v\":1,\"time\":1,\"node\":\"n\u{1}\",\"kind\":\"started\",\"text\":\"raw control\"}",
            "", "null", "[]", String(repeating: "{", count: 10_000),
        ]
        for other in others { #expect(DaemonEvent(line: other) == nil, "\(other.prefix(80))") }
        // Another writer's spelling of the same event (Foundation escapes `/`, spaces after colons).
        let foreign = #"{ "v": 1, "time": 5, "node": "n\/1", "kind": "peer-down", "text": "\ud83d\udc27\n" }"#
        let event = try #require(DaemonEvent(line: foreign))
        #expect(event.node == "n/1" && event.kind == .peerDown && event.text == "🐧\n" && event.time == 5)
    }

    /// `status` shows the state, then what the daemon decided since it last started, from the file.
    @Test func statusSummarisesTheEventsSinceTheLastStart() throws {
        func event(_ kind: DaemonEvent.Kind, _ text: String, at time: Int64, latency: Int64? = nil) -> String {
            var event = DaemonEvent(kind: kind, node: "n1", text: text, time: time)
            event.latencyMs = latency
            return event.line
        }
        let lines = [
            event(.started, "started before", at: 1_796_000_000_000),
            event(.detected, "an old crash", at: 1_796_000_001_000),
            event(.started, "started again", at: 1_796_000_100_000),
            "{\"v\":1,\"time\":1796000100500,\"node\":\"n1\",\"kind",  // cut short
            event(.detected, "vm1 crashed", at: 1_796_000_101_000),
            event(.reported, "reported vm1", at: 1_796_000_101_040, latency: 40),
            event(.detected, "vm2 crashed", at: 1_796_000_102_000),
            event(.reported, "reported vm2", at: 1_796_000_102_060, latency: 60),
            event(.ignored, "vm3 not managed", at: 1_796_000_103_000),
        ]
        let report = StatusReport.render(status: "pid: 7\n", eventLines: lines)
        #expect(
            report == """
                pid: 7
                since 2026-11-30T00:55:00.000Z:
                  events: started 1, detected 2, ignored 1, reported 2
                  detection to report: n=2, median 60 ms, max 60 ms
                last events:
                  2026-11-30T00:53:20.000Z started: started before
                  2026-11-30T00:53:21.000Z detected: an old crash
                  2026-11-30T00:55:00.000Z started: started again
                  2026-11-30T00:55:01.000Z detected: vm1 crashed
                  2026-11-30T00:55:01.040Z reported: reported vm1
                  2026-11-30T00:55:02.000Z detected: vm2 crashed
                  2026-11-30T00:55:02.060Z reported: reported vm2
                  2026-11-30T00:55:03.000Z ignored: vm3 not managed

                """)
    }

    /// `status` reads only the end of a large events file, and only whole lines of it.
    @Test func theLastLinesOfALargeFileAreWholeLines() throws {
        let path = try Self.scratchFile()
        defer { try? FileManager.default.removeItem(atPath: Files.directory(of: path)) }
        let log = EventLog(path: path, limit: 1 << 30)
        for index in 0..<5000 { log.append(Self.sample(.detected, text: "event \(index)")) }
        let last = try Files.lastLines(path, bytes: 4096)
        #expect(!last.isEmpty && last.count < 20)
        #expect(
            last.compactMap(DaemonEvent.init(line:)).map(\.text) == (5000 - last.count..<5000).map { "event \($0)" })
        Files.append(path, #"{"v":1,"time":1,"#)  // a line being written
        #expect(try Files.lastLines(path, bytes: 4096) == last)
        #expect(try Files.lastLines(path, bytes: 1 << 30).count == 5000)
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

    /// Lines written to the old file just before it was rotated away are still read (they used to be
    /// lost: the tail reopened the new file first); a FIFO or a device at the path is never read.
    @Test func aTailKeepsTheRotatedFilesLastLinesAndReadsOnlyRegularFiles() throws {
        let path = try Self.scratchFile()
        let directory = Files.directory(of: path)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "a\n".write(toFile: path, atomically: false, encoding: .utf8)
        let tail = FileTail(path: path)
        #expect(tail.newLines() == ["a"])
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("b\n".utf8))
        try handle.close()
        try FileManager.default.moveItem(atPath: path, toPath: path + ".1")
        try "c\n".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(tail.newLines() == ["b", "c"])

        let fifo = directory + "/fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        let started = ContinuousClock.now
        #expect(FileTail(path: fifo).newLines().isEmpty, "a FIFO is not read")
        let zero = directory + "/zero"
        try FileManager.default.createSymbolicLink(atPath: zero, withDestinationPath: "/dev/zero")
        #expect(FileTail(path: zero).newLines().isEmpty, "a device is not read")
        #expect(ContinuousClock.now - started < .seconds(1))
    }

    /// What `status` prints comes from peers, libvirt and files: C1 and bidirectional controls are
    /// shown escaped, never sent to the terminal; peers' names may not carry them at all.
    @Test func controlsNeverReachTheTerminal() {
        let hostile = "n1\u{9b}31m\u{202e}gnp.exe\u{1b}[2J"
        let shown = TerminalText.safe("node: \(hostile)\nnext line\n")
        #expect(!shown.unicodeScalars.contains { $0.value == 0x9b || $0.value == 0x202e || $0.value == 0x1b })
        #expect(shown.contains("\\u{9b}") && shown.contains("\\u{202e}") && shown.hasSuffix("next line\n"))
        #expect(!PeerMessage.isSafeName("n\u{85}1") && !PeerMessage.isSafeName("n\u{2066}1"))
        #expect(PeerMessage.isSafeName("nœud-1"))
        let report = StatusReport.render(status: "node: \(hostile)\n", eventLines: [])
        #expect(!report.unicodeScalars.contains { TerminalText.isControl($0) && $0 != "\n" })
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

    /// The `reason` series a scrape shows from the start are 0.3.0's: typing the reasons added names
    /// for other events (`leave`, a double run's kind), never a counted series.
    @Test func theCountedReasonsAreUnchanged() {
        #expect(
            DaemonEvent.Reason.notActedOn.map(\.rawValue) == [
                "not-managed", "being-stopped", "being-migrated", "stopped-by-cluster", "runs-again", "no-quorum",
                "no-resource", "malformed", "impersonation", "unauthenticated", "forged", "replayed",
            ])
    }
}

import Foundation
import KVMHACore
import KVMHATestSupport
import Libvirt
import Testing

/// The lab's real guest (lab/guest-image: Debian kernel, busybox init, qemu-ga, i6300esb, pvpanic) on
/// the lab's qemu:///system, watched through the daemon's own event bindings: it boots to its ready
/// marker, answers its guest agent, powers off on the ACPI button, and its hang (watchdog no longer
/// fed) and kernel panic reach the event subscription as libvirt's watchdog and crash events.
@Suite(.serialized) struct RealGuestIntegrationTests {
    struct Guest {
        let domain: Domain
        let console: String
    }

    static let image: Result<String, Lab.NotUp> = {
        // One build (or cache hit) for the suite; a failure fails every test loudly.
        let script = LabControl.repository + "/lab/guest-image/build"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script)
        let output = Pipe()
        process.standardOutput = output
        do { try process.run() } catch { return .failure(Lab.NotUp(description: "\(script): \(error)")) }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let path = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0, !path.isEmpty else {
            return .failure(Lab.NotUp(description: "\(script) exited \(process.terminationStatus)"))
        }
        return .success(path)
    }()

    func boot(_ name: String, on connection: Connection) throws -> Guest {
        let image = try Self.image.get()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kvmha-\(name)-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        chmod(directory.path, 0o755)
        let console = directory.appendingPathComponent("console.log").path
        let template = try String(
            contentsOfFile: LabControl.repository + "/lab/guests/real-guest.xml.in", encoding: .utf8)
        let xml = template.replacingOccurrences(of: "@NAME@", with: name)
            .replacingOccurrences(of: "@UUID@", with: UUID().uuidString.lowercased())
            .replacingOccurrences(of: "@IMAGE@", with: image).replacingOccurrences(of: "@CONSOLE@", with: console)
        let domain = try connection.createTransient(xml: xml)
        let ready = waitUntil(.seconds(60)) {
            (try? String(contentsOfFile: console, encoding: .utf8))?.contains("KVMHA-GUEST-READY") ?? false
        }
        guard ready else {
            try? domain.destroy()
            let text = (try? String(contentsOfFile: console, encoding: .utf8)) ?? ""
            throw Lab.NotUp(description: "\(name) not ready in 60 s: \(text.suffix(1500))")
        }
        return Guest(domain: domain, console: console)
    }

    func agentAnswers(_ guest: Guest) -> Bool {
        waitUntil(.seconds(10)) {
            (try? guest.domain.guestAgentCommand(#"{"execute":"guest-ping"}"#, timeoutSeconds: 2)) != nil
        }
    }

    /// Runs a shell command in the guest through its agent (not waited for).
    func inGuest(_ guest: Guest, _ command: String) throws {
        let escaped = command.replacingOccurrences(of: "\"", with: "\\\"")
        _ = try guest.domain.guestAgentCommand(
            #"{"execute":"guest-exec","arguments":{"path":"/bin/sh","arg":["-c",""# + escaped + #""]}}"#,
            timeoutSeconds: 5)
    }

    @Test func itBootsAnswersItsAgentAndPowersOffOnTheACPIButton() throws {
        let lab = try Lab.current()
        let connection = try Connection(uri: lab.libvirtURI)
        let guest = try boot("kvmha-test-realguest-acpi", on: connection)
        defer { try? guest.domain.destroy() }
        #expect(agentAnswers(guest))
        let asked = ContinuousClock.now
        try guest.domain.shutdown(modes: .acpi)
        let gone = waitUntil(.seconds(20)) { (try? guest.domain.status().state) != .running }
        #expect(gone, "still running 20 s after the ACPI power button")
        #expect(ContinuousClock.now - asked < .seconds(5))
        #expect((try? String(contentsOfFile: guest.console, encoding: .utf8))?.contains("KVMHA-GUEST-POWEROFF") == true)
    }

    @Test func aHangFiresTheWatchdogAndAPanicIsACrashEvent() throws {
        let lab = try Lab.current()
        try EventLoop.start()
        let connection = try Connection(uri: lab.libvirtURI)
        let queue = NoticeQueue(waking: WakePipe())
        let watch = try EventWatch(connection: connection, queue: queue)
        let guest = try boot("kvmha-test-realguest-faults", on: connection)
        defer { try? guest.domain.destroy() }
        var seen: [DomainEventKind] = []
        func events(until condition: ([DomainEventKind]) -> Bool, within timeout: Duration) -> Bool {
            waitUntil(timeout) {
                for case .domain(let event) in queue.drain() where event.uuid == guest.domain.uuid {
                    seen.append(event.kind)
                }
                return condition(seen)
            }
        }
        // The watchdog daemon killed with SIGKILL (SIGTERM would disarm the device): fires in ~4 s.
        try inGuest(guest, "kill -9 $(pidof watchdog)")
        let fired = events(
            until: { $0.contains { if case .watchdog = $0 { true } else { false } } }, within: .seconds(15))
        #expect(fired, "no watchdog event: \(seen)")
        #expect(try guest.domain.status().state == .running, "action 'none': the cluster decides, not QEMU")

        try inGuest(guest, "echo c > /proc/sysrq-trigger")
        let crashed = events(
            until: { $0.contains(.lifecycle(.crashed, detail: 0)) && $0.contains(.lifecycle(.stopped, detail: 2)) },
            within: .seconds(15))
        #expect(crashed, "no Crashed Panicked then Stopped Crashed: \(seen)")
        withExtendedLifetime(watch) {}
    }
}

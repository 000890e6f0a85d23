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

    func boot(_ name: String, on connection: Connection) throws -> Guest {
        let config = try GuestConfig(realGuestNamed: name)
        let domain = try connection.createTransient(xml: try String(contentsOfFile: config.path, encoding: .utf8))
        guard waitUntil(.seconds(60), { RealGuest.readyCount(console: config.console) > 0 }) else {
            try? domain.destroy()
            let text = (try? String(contentsOfFile: config.console, encoding: .utf8)) ?? ""
            throw Lab.NotUp(description: "\(name) not ready in 60 s: \(text.suffix(1500))")
        }
        return Guest(domain: domain, console: config.console)
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

    /// The image is made again from the same packages into another cache: the same bytes (the kernel,
    /// and the initramfs, whose archive has no inode numbers or times of this machine).
    @Test func theImageBuildIsReproducible() async throws {
        let first = try RealGuest.image.get()
        let other = FileManager.default.temporaryDirectory.appendingPathComponent("kvmha-image-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: other) }
        let build = try await run(
            LabControl.repository + "/lab/guest-image/build", [],
            environment: ProcessInfo.processInfo.environment.merging(["KVMHA_LAB_IMAGE_CACHE": other]) { $1 },
            timeout: .seconds(600))
        #expect(build.status == 0, "\(build.stderr)")
        let second = build.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        for file in ["vmlinux", "initrd.img"] {
            let a = try Data(contentsOf: URL(fileURLWithPath: first + "/" + file))
            let b = try Data(contentsOf: URL(fileURLWithPath: second + "/" + file))
            #expect(a == b, "\(file) differs between two builds")
        }
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

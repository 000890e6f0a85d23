import Foundation
import KVMHACore
import KVMHATestSupport
import Testing

@testable import CPGMonitor

/// What the daemon's loop waits for when libvirtd or Corosync hangs: nothing. Its heartbeat keeps
/// going (no peer calls a healthy daemon hung), nobody is accused, and it still exits on SIGTERM.
@Suite(.serialized) struct HungServicesIntegrationTests {
    func group(_ test: String) -> String { "kvmha-test-\(getpid())-\(test)" }

    /// A socket that is listened on and never accepted: the kernel completes the connection, nothing
    /// ever answers, as with a SIGSTOPped libvirtd.
    final class SilentSocket {
        let path: String
        let descriptor: Int32

        init(_ path: String) throws {
            unlink(path)
            let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_un()
            address.sun_family = sa_family_t(AF_UNIX)
            withUnsafeMutableBytes(of: &address.sun_path) { raw in
                for (index, byte) in path.utf8.enumerated() where index < raw.count - 1 { raw[index] = byte }
            }
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
                }
            }
            guard descriptor >= 0, bound == 0, listen(descriptor, 16) == 0 else {
                throw Lab.NotUp(description: "cannot listen on \(path): errno \(errno)")
            }
            self.descriptor = descriptor
            self.path = path
        }

        deinit {
            close(descriptor)
            unlink(path)
        }
    }

    /// Before the fix the loop waited 5 s for each connection attempt: the watcher called it hung.
    @Test func aLibvirtdThatNeverAnswersDelaysNoHeartbeat() throws {
        _ = try Lab.current()
        let silent = try SilentSocket("/tmp/kvmha-test-\(getpid())-silent-libvirt.sock")
        let name = group("silent-libvirt")
        let watcher = try TestDaemon.start(group: name, name: "watcher")
        let stuck = try TestDaemon.start(
            group: name, name: "stuck", arguments: ["--hypervisor", "qemu+unix:///system?socket=\(silent.path)"],
            ready: "libvirt: connecting")
        defer {
            watcher.stop()
            stuck.stop()
        }
        #expect(watcher.waitForMembers(2))
        #expect(stuck.event(.libvirtUnanswered, within: .seconds(8)) != nil, "\(stuck.timeline)")
        #expect(!watcher.has(.peerSilent), "\(watcher.timeline)")
        #expect(stuck.status.contains("libvirt: connecting"), "\(stuck.status)")
        let updated = stuck.status
        #expect(waitUntil(.seconds(3)) { stuck.status != updated }, "the status file is no longer written")
        let stopped = ContinuousClock.now
        stuck.identity.send(SIGTERM)
        #expect(waitUntil(.seconds(3)) { !stuck.identity.isAlive }, "SIGTERM not obeyed while libvirt hangs")
        #expect(ContinuousClock.now - stopped < .seconds(3))
        withExtendedLifetime(silent) {}
    }

    /// A daemon started while Corosync is stopped: before, it waited in `cpg_model_initialize` for
    /// good and logged nothing (the agent's start then timed out without a reason). Now it gives up
    /// after `Daemon.connectTimeout`, says why and exits 1.
    @Test func aDaemonStartedUnderAStoppedCorosyncSaysSoAndExits() throws {
        _ = try Lab.current()
        let corosync = try LabControl.pid(of: "corosync")
        let directory = "/tmp/kvmha-test-daemons"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let name = group("corosync-stopped-at-start")
        let log = "\(directory)/\(name).log"
        try? FileManager.default.removeItem(atPath: log)
        _ = kill(corosync, SIGSTOP)
        defer { _ = kill(corosync, SIGCONT) }
        let started = ContinuousClock.now
        let daemon = try Detached.spawn(
            Installed.daemon, ["run", "--group", name, "--status-file", "\(directory)/\(name).status"], logFile: log)
        let exited = waitUntil(Daemon.connectTimeout + .seconds(5)) { !daemon.isAlive }
        let took = ContinuousClock.now - started
        if !exited { daemon.send(SIGKILL) }
        _ = kill(corosync, SIGCONT)
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        #expect(exited, "still waiting for Corosync after \(took)")
        #expect(took >= Daemon.connectTimeout - .milliseconds(100) || !exited)
        #expect(text.contains("CS_ERR_TIMEOUT") && text.contains("did not answer"), "\(text)")
    }

    /// Corosync SIGSTOPped under two daemons: both loops keep running (status rewritten), the quorum
    /// question times out into "no quorum" (one warning, not one per heartbeat), nobody is accused,
    /// and a SIGTERM meanwhile ends the daemon within its bounded leave. SIGCONT restores quorum.
    @Test func aStoppedCorosyncHoldsNoLoopAndAccusesNobody() throws {
        _ = try Lab.current()
        let corosync = try LabControl.pid(of: "corosync")
        let name = group("corosync-stop")
        let first = try TestDaemon.start(group: name, name: "first")
        let second = try TestDaemon.start(group: name, name: "second")
        defer {
            _ = kill(corosync, SIGCONT)
            first.stop()
            second.stop()
        }
        #expect(first.waitForMembers(2) && second.waitForMembers(2))

        _ = kill(corosync, SIGSTOP)
        let during = first.status
        let alive = waitUntil(.seconds(3)) { first.status != during && second.status.contains("quorate: no") }
        let lost = first.event(.quorumLost, within: .seconds(2))
        Thread.sleep(forTimeInterval: 2)
        let stoppedSecond = ContinuousClock.now
        second.identity.send(SIGTERM)
        let secondExited = waitUntil(.seconds(3)) { !second.identity.isAlive }
        let exitTook = ContinuousClock.now - stoppedSecond
        _ = kill(corosync, SIGCONT)

        #expect(alive, "a loop stopped with Corosync: \(first.status)")
        #expect(lost != nil, "\(first.timeline)")
        #expect(secondExited && exitTook < .seconds(2), "SIGTERM took \(exitTook) with Corosync stopped")
        #expect(second.has(.stopping), "\(second.timeline)")
        func regained() -> Int { first.events.filter { $0.kind == .quorumRegained }.count }
        #expect(waitUntil(.seconds(10)) { regained() >= 2 }, "quorum not back after SIGCONT: \(first.timeline)")
        // The leave may reach Corosync after SIGCONT (a LEAVE) or not at all (a PROCDOWN).
        #expect(
            waitUntil(.seconds(10)) { first.has(.peerLeft) || first.has(.peerDown) }, "\(first.timeline)")
        for daemon in [first, second] {
            #expect(!daemon.has(.peerSilent) && !daemon.has(.detected) && !daemon.has(.reported), "\(daemon.timeline)")
            let unanswered = daemon.events.filter { $0.kind == .quorumUnanswered }.count
            #expect(unanswered <= 1, "quorum questions unanswered: \(unanswered) in \(daemon.timeline)")
        }
    }
}

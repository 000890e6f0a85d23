import Foundation
import KVMHACore
import Libvirt
import Synchronization
import SystemPackage
import Testing

@testable import OCFVirtualDomain

/// Debian enables AppArmor, and libvirt's libvirt-qemu profile lets QEMU take signals from libvirtd
/// only: where the agent signals a QEMU itself, a refusal must be seen and named, never ignored into
/// a stop that waits out its timeout and gets the node fenced (issue 29).
final class Signalled: Sendable {
    let list = Mutex<[Int32]>([])
}

extension AgentLogicTests {
    func refusingSignals(_ ctx: Context, signalled: Signalled) -> Context {
        var locator = ctx.emulators
        locator.signal = { _, signal in
            signalled.list.withLock { $0.append(signal) }
            return .notPermitted
        }
        return Context(
            settings: ctx.settings, environment: ctx.environment, deadline: ctx.deadline, logger: ctx.logger,
            hypervisor: ctx.hypervisor, records: ctx.records, cluster: ctx.cluster, emulators: locator)
    }

    func sleeper() throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sleep")
        process.arguments = ["60"]
        try process.run()
        return process
    }

    @Test func aRefusedKillWithLibvirtGoneFailsTheStopNamingThePermission() throws {
        let qemu = try sleeper()
        defer { kill(qemu.processIdentifier, SIGKILL) }
        let emulator = try #require(ProcessIdentity.current(pid: qemu.processIdentifier))
        let signalled = Signalled()
        let ctx = refusingSignals(try context([], reachable: false, timeoutMs: 4000), signalled: signalled)
        try ctx.records.save(
            DomainRecord(resource: "vm", domainName: "vm-a", uuid: "u", intent: .running, emulator: emulator))
        let started = ContinuousClock.now
        #expect {
            _ = try ctx.stop()
        } throws: { error in
            "\(error)".contains("Operation not permitted") && "\(error)".contains("AppArmor")
        }
        #expect(ContinuousClock.now - started < .seconds(3), "the refusal is known at once; no waiting it out")
        #expect(signalled.list.withLock { $0 } == [SIGTERM, SIGKILL])
        #expect(emulator.isAlive)
    }

    /// A hung (stopped) QEMU the agent may not kill is destroyed through libvirt, which may signal it.
    @Test func aRefusedKillOfAHungEmulatorLeavesItToLibvirt() throws {
        let qemu = try sleeper()
        defer { kill(qemu.processIdentifier, SIGKILL) }
        let emulator = try #require(ProcessIdentity.current(pid: qemu.processIdentifier))
        kill(qemu.processIdentifier, SIGSTOP)
        #expect(poll(until: .after(.seconds(5)), { emulator.isStopped }))
        let guest = FakeGuest(name: "vm-a")
        let signalled = Signalled()
        let ctx = refusingSignals(try context([guest], timeoutMs: 4000), signalled: signalled)
        try ctx.records.save(
            DomainRecord(resource: "vm", domainName: "vm-a", uuid: "u", intent: .running, emulator: emulator))
        #expect(try ctx.stop() == .success)
        #expect(signalled.list.withLock { $0 } == [SIGKILL])
        #expect(guest.state.withLock { $0.destroys } == 1)
    }
}

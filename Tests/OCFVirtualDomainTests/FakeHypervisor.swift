import Glibc
import KVMHACore
import Libvirt
import Synchronization

@testable import OCFVirtualDomain

/// Plays libvirt for the agent's decision logic: a guest whose state the test sets, which may ignore
/// shutdown, and a daemon that may be unreachable. Counts what the agent asked for.
final class FakeGuest: Guest, Sendable {
    struct State {
        var status = DomainStatus(state: .running, reason: 1)
        var ignoresShutdown = true
        var shutdowns = 0
        var destroys = 0
        var vcpus = 2
        /// libvirtd accepted the connection and then hung: every state call blocks this long.
        var hangs: Duration = .zero
        /// The guest agent answers (libvirt: "QEMU guest agent is not connected" otherwise).
        var agentAnswers = true
        /// libvirtd dies at the next shutdown request: that call and every later one on this
        /// connection fail as libvirt's do (EPIPE), until the agent connects again.
        var libvirtdDiesAtShutdown = false
        var connectionBroken = false
        /// Defined persistent from this file (`virsh define`): undefine deletes it, as libvirt does.
        var definitionFile: String? = nil
    }
    let name: String
    let uuid: String
    let state = Mutex(State())

    init(name: String, uuid: String = "11111111-2222-3333-4444-555555555555") {
        self.name = name
        self.uuid = uuid
    }

    func set(_ state: DomainState, reason: Int32 = 0) {
        self.state.withLock { $0.status = DomainStatus(state: state, reason: reason) }
    }

    static let brokenPipe = LibvirtError(
        code: 38, domain: 7, message: "Cannot write data: Broken pipe", function: "virNetSocketWriteWire")

    func status() throws(LibvirtError) -> DomainStatus {
        let hang = state.withLock { $0.hangs }
        if hang > .zero { nap(hang) }
        if state.withLock({ $0.connectionBroken }) { throw Self.brokenPipe }
        return state.withLock { $0.status }
    }
    func info() throws(LibvirtError) -> DomainInfo {
        DomainInfo(
            maxMemoryKiB: 32768, memoryKiB: 32768, virtualCPUs: state.withLock { $0.vcpus }, cpuTimeNanoseconds: 0)
    }
    func shutdown(modes: ShutdownModes) throws(LibvirtError) {
        let broken = state.withLock {
            if $0.libvirtdDiesAtShutdown { ($0.libvirtdDiesAtShutdown, $0.connectionBroken) = (false, true) }
            return $0.connectionBroken
        }
        if broken { throw Self.brokenPipe }
        state.withLock {
            $0.shutdowns += 1
            if !$0.ignoresShutdown { $0.status = DomainStatus(state: .shutoff, reason: 1) }
        }
    }
    func destroy() throws(LibvirtError) {
        if state.withLock({ $0.connectionBroken }) { throw Self.brokenPipe }
        state.withLock {
            $0.destroys += 1
            $0.status = DomainStatus(state: .shutoff, reason: 2)
        }
    }
    func undefine() throws(LibvirtError) {
        let file = state.withLock { state in
            defer { state.definitionFile = nil }
            return state.definitionFile
        }
        if let file { unlink(file) }
    }
    func isPersistent() throws(LibvirtError) -> Bool { state.withLock { $0.definitionFile != nil } }
    func save(to path: String) throws(LibvirtError) {}
    func xml(secure: Bool, inactive: Bool) throws(LibvirtError) -> String { "<domain><name>\(name)</name></domain>" }
    func abortJob() throws(LibvirtError) {}
    func guestAgentCommand(_ json: String, timeoutSeconds: Int32) throws(LibvirtError) -> String {
        guard state.withLock({ $0.agentAnswers }) else {
            throw LibvirtError(
                code: 86, domain: 10, message: "QEMU guest agent is not connected",
                function: "virDomainQemuAgentCommand")
        }
        return "{}"
    }
    func setMigrationMaxDowntime(milliseconds: UInt64) throws(LibvirtError) {}
    func migrate(
        to destination: (any HypervisorConnection)?, destinationURI: String, parameters: MigrationParameters,
        flags: MigrationFlags
    ) throws(LibvirtError) {}
}

final class FakeConnection: HypervisorConnection, Sendable {
    let guests: Mutex<[FakeGuest]>
    init(_ guests: [FakeGuest]) { self.guests = Mutex(guests) }

    func guest(named name: String) throws(LibvirtError) -> (any Guest)? {
        guests.withLock { $0.first { $0.name == name } }
    }
    func guest(uuid: String) throws(LibvirtError) -> (any Guest)? { guests.withLock { $0.first { $0.uuid == uuid } } }
    func createTransient(xml: String) throws(LibvirtError) -> any Guest {
        let name = DomainConfig.childText(xml, "name") ?? "unnamed"
        let guest = FakeGuest(name: name)
        // An inactive domain of that name (undefined, or defined and shut off) gives way, as in libvirt.
        guests.withLock {
            $0.removeAll { $0.name == name && (try? $0.status().state) == .shutoff }
            $0.append(guest)
        }
        return guest
    }
    func restore(from path: String) throws(LibvirtError) {}
    func ensureNetworkActive(_ name: String) throws(LibvirtError) {}
    func ensureStoragePoolActive(_ name: String) throws(LibvirtError) {}
}

struct FakeHypervisor: Hypervisor {
    let connection: FakeConnection
    let reachable: Bool

    func connect(uri: String) throws(LibvirtError) -> any HypervisorConnection {
        guard reachable else {
            throw LibvirtError(code: 38, domain: 7, message: "Failed to connect socket", function: "virConnectOpen")
        }
        for guest in connection.guests.withLock({ $0 }) { guest.state.withLock { $0.connectionBroken = false } }
        return connection
    }
}

final class CountingCluster: ClusterCommands, Sendable {
    let calls = Mutex<[String]>([])
    func setUtilization(resource: String, name: String, value: String, deadline: Deadline) throws {
        calls.withLock { $0.append("set \(name)=\(value)") }
    }
    func deleteUtilization(resource: String, name: String, deadline: Deadline) throws {
        calls.withLock { $0.append("delete \(name)") }
    }
}

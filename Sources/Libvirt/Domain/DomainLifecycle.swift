import CLibvirt
import Glibc

/// The guest-visible shutdown methods (`virDomainShutdownFlagValues`).
public struct ShutdownModes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let acpi = ShutdownModes(rawValue: VIR_DOMAIN_SHUTDOWN_ACPI_POWER_BTN.rawValue)
    public static let agent = ShutdownModes(rawValue: VIR_DOMAIN_SHUTDOWN_GUEST_AGENT.rawValue)
    public static let initctl = ShutdownModes(rawValue: VIR_DOMAIN_SHUTDOWN_INITCTL.rawValue)
    public static let signal = ShutdownModes(rawValue: VIR_DOMAIN_SHUTDOWN_SIGNAL.rawValue)
    public static let paravirt = ShutdownModes(rawValue: VIR_DOMAIN_SHUTDOWN_PARAVIRT.rawValue)

    /// The names virsh accepts for `shutdown --mode`.
    public static let byName: [String: ShutdownModes] = [
        "acpi": .acpi, "agent": .agent, "initctl": .initctl, "signal": .signal, "paravirt": .paravirt,
    ]
}

/// What `virDomainGetInfo` reports.
public struct DomainInfo: Sendable, Equatable {
    public let maxMemoryKiB: UInt64
    public let memoryKiB: UInt64
    public let virtualCPUs: Int
    public let cpuTimeNanoseconds: UInt64

    public init(maxMemoryKiB: UInt64, memoryKiB: UInt64, virtualCPUs: Int, cpuTimeNanoseconds: UInt64) {
        self.maxMemoryKiB = maxMemoryKiB
        self.memoryKiB = memoryKiB
        self.virtualCPUs = virtualCPUs
        self.cpuTimeNanoseconds = cpuTimeNanoseconds
    }
}

extension Domain {
    /// Asks the guest to shut down with these methods (`virDomainShutdownFlags`); empty = the default.
    public func shutdown(modes: ShutdownModes) throws(LibvirtError) {
        guard virDomainShutdownFlags(handle, modes.rawValue) == 0 else {
            throw LibvirtError.last("virDomainShutdownFlags")
        }
    }

    /// Memory and vCPUs (`virDomainGetInfo`).
    public func info() throws(LibvirtError) -> DomainInfo {
        var raw = virDomainInfo()
        guard virDomainGetInfo(handle, &raw) == 0 else { throw LibvirtError.last("virDomainGetInfo") }
        return DomainInfo(
            maxMemoryKiB: UInt64(raw.maxMem), memoryKiB: UInt64(raw.memory), virtualCPUs: Int(raw.nrVirtCpu),
            cpuTimeNanoseconds: UInt64(raw.cpuTime))
    }

    /// The domain's XML; `secure` includes secrets such as VNC passwords (for writing it back to disk).
    public func xml(secure: Bool, inactive: Bool = false) throws(LibvirtError) -> String {
        var flags: UInt32 = 0
        if secure { flags |= VIR_DOMAIN_XML_SECURE.rawValue }
        if inactive { flags |= VIR_DOMAIN_XML_INACTIVE.rawValue }
        guard let text = virDomainGetXMLDesc(handle, flags) else { throw LibvirtError.last("virDomainGetXMLDesc") }
        defer { free(text) }
        return String(cString: text)
    }

    /// Whether libvirt keeps a persistent definition of it (`virDomainIsPersistent`).
    public func isPersistent() throws(LibvirtError) -> Bool {
        let value = virDomainIsPersistent(handle)
        guard value >= 0 else { throw LibvirtError.last("virDomainIsPersistent") }
        return value == 1
    }

    /// Saves memory state to `path` and stops the domain (`virDomainSave`).
    public func save(to path: String) throws(LibvirtError) {
        guard virDomainSave(handle, path) == 0 else { throw LibvirtError.last("virDomainSave") }
    }

    /// Aborts the domain's current job, e.g. a migration (`virDomainAbortJob`).
    public func abortJob() throws(LibvirtError) {
        guard virDomainAbortJob(handle) == 0 else { throw LibvirtError.last("virDomainAbortJob") }
    }

    /// Runs a QEMU guest agent command (`virDomainQemuAgentCommand`), e.g. `{"execute":"guest-ping"}`.
    public func guestAgentCommand(_ json: String, timeoutSeconds: Int32) throws(LibvirtError) -> String {
        guard let reply = virDomainQemuAgentCommand(handle, json, timeoutSeconds, 0) else {
            throw LibvirtError.last("virDomainQemuAgentCommand")
        }
        defer { free(reply) }
        return String(cString: reply)
    }

    /// Sets the largest tolerable downtime of a live migration (`virDomainMigrateSetMaxDowntime`).
    public func setMigrationMaxDowntime(milliseconds: UInt64) throws(LibvirtError) {
        guard virDomainMigrateSetMaxDowntime(handle, milliseconds, 0) == 0 else {
            throw LibvirtError.last("virDomainMigrateSetMaxDowntime")
        }
    }
}

extension Connection {
    /// Restores a domain saved with `Domain.save(to:)` (`virDomainRestore`).
    public func restore(from path: String) throws(LibvirtError) {
        guard virDomainRestore(handle, path) == 0 else { throw LibvirtError.last("virDomainRestore") }
    }

    /// Starts the named virtual network if it is not active (`virNetworkLookupByName`, `virNetworkCreate`).
    public func ensureNetworkActive(_ name: String) throws(LibvirtError) {
        guard let network = virNetworkLookupByName(handle, name) else {
            throw LibvirtError.last("virNetworkLookupByName")
        }
        defer { virNetworkFree(network) }
        if virNetworkIsActive(network) == 1 { return }
        guard virNetworkCreate(network) == 0 else { throw LibvirtError.last("virNetworkCreate") }
    }

    /// Starts the named storage pool if it is not active (`virStoragePoolLookupByName`, `virStoragePoolCreate`).
    public func ensureStoragePoolActive(_ name: String) throws(LibvirtError) {
        guard let pool = virStoragePoolLookupByName(handle, name) else {
            throw LibvirtError.last("virStoragePoolLookupByName")
        }
        defer { virStoragePoolFree(pool) }
        if virStoragePoolIsActive(pool) == 1 { return }
        guard virStoragePoolCreate(pool, 0) == 0 else { throw LibvirtError.last("virStoragePoolCreate") }
    }
}

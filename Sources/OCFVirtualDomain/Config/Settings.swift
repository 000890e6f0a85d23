import KVMHACore
import Libvirt

/// The parameters, typed and checked beyond their declared types (what validate-all enforces).
struct Settings: Sendable {
    let values: ParameterValues

    var config: String { values[VirtualDomainKeys.config] ?? "" }
    var hypervisorURI: String { values.nonEmpty(VirtualDomainKeys.hypervisor) ?? Self.defaultURI }
    var forceStop: Bool { values.isOn(VirtualDomainKeys.forceStop) }
    var snapshotDirectory: String? { values.nonEmpty(VirtualDomainKeys.snapshot) }
    var saveConfigOnStop: Bool { values.isOn(VirtualDomainKeys.saveConfigOnStop) || syncConfigOnStop }
    var syncConfigOnStop: Bool { values.isOn(VirtualDomainKeys.syncConfigOnStop) }
    var monitorScripts: [String] { values[VirtualDomainKeys.monitorScripts] ?? [] }
    var startResources: Bool { values.isOn(VirtualDomainKeys.startResources) }
    var backingFile: String? { values.nonEmpty(VirtualDomainKeys.backingfile) }
    var stateless: Bool { values.isOn(VirtualDomainKeys.stateless) }
    var copyInDirectories: [String] { values[VirtualDomainKeys.copyindirs] ?? [] }
    var migrationSpeed: Int { values.value(VirtualDomainKeys.migrationSpeed) }
    var migrationDowntime: Int { values.value(VirtualDomainKeys.migrationDowntime) }

    /// libvirt's own default for a root client, as `virsh uri` prints it.
    static let defaultURI = "qemu:///system"

    /// The shutdown methods `shutdown_mode` names (empty = libvirt's default choice).
    func shutdownModes() throws(AgentError) -> ShutdownModes {
        var modes: ShutdownModes = []
        for word in (values[VirtualDomainKeys.shutdownMode] ?? "").split(separator: ",").map({
            $0.trimmingWhitespace().lowercased()
        })
        where !word.isEmpty {
            guard let mode = ShutdownModes.byName[word] else {
                throw .notConfigured(
                    "shutdown_mode '\(ParameterValues.printable(word))' is not one of acpi, agent, initctl, signal, paravirt"
                )
            }
            modes.insert(mode)
        }
        return modes
    }

    /// Everything validate-all checks that needs no file and no hypervisor.
    func validate() throws(AgentError) {
        do { try values.validate() } catch { throw .notConfigured(error.reason) }
        guard config.hasPrefix("/") else {
            throw .notConfigured("config must be an absolute path, not '\(ParameterValues.printable(config))'")
        }
        if forceStop && snapshotDirectory != nil {
            throw .notConfigured("force_stop and snapshot cannot be used together")
        }
        if stateless && backingFile == nil { throw .notConfigured("stateless needs backingfile") }
        if migrationSpeed < 0 || migrationDowntime < 0 {
            throw .notConfigured("migration_speed and migration_downtime must not be negative")
        }
        _ = try shutdownModes()
        for script in monitorScripts where !Files.isExecutable(script) {
            throw .notInstalled("monitor script \(ParameterValues.printable(script)) is not executable")
        }
    }
}

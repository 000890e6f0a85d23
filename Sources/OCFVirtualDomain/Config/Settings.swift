import KVMHACore
import Libvirt

/// The parameters, typed and checked beyond their declared types (what validate-all enforces).
struct Settings: Sendable {
    let values: ParameterValues

    var config: String { values["config"] ?? "" }
    var hypervisorURI: String { values.string("hypervisor") ?? Self.defaultURI }
    var forceStop: Bool { values.bool("force_stop") }
    var snapshotDirectory: String? { values.string("snapshot") }
    var saveConfigOnStop: Bool { values.bool("save_config_on_stop") || syncConfigOnStop }
    var syncConfigOnStop: Bool { values.bool("sync_config_on_stop") }
    var monitorScripts: [String] { (values["monitor_scripts"] ?? "").split(separator: " ").map(String.init) }
    var startResources: Bool { values.bool("start_resources") }
    var backingFile: String? { values.string("backingfile") }
    var stateless: Bool { values.bool("stateless") }
    var copyInDirectories: [String] { (values["copyindirs"] ?? "").split(separator: " ").map(String.init) }
    var migrationSpeed: Int { values.value(Self.migrationSpeedKey) }
    var migrationDowntime: Int { values.value(Self.migrationDowntimeKey) }

    static let migrationSpeedKey = ParameterKey<Int>.integer("migration_speed")
    static let migrationDowntimeKey = ParameterKey<Int>.integer("migration_downtime")
    /// The keys read with the table's default behind them (`ParameterValues.value`).
    static let defaultedKeys = [migrationSpeedKey, migrationDowntimeKey]

    /// libvirt's own default for a root client, as `virsh uri` prints it.
    static let defaultURI = "qemu:///system"

    /// The shutdown methods `shutdown_mode` names (empty = libvirt's default choice).
    func shutdownModes() throws(AgentError) -> ShutdownModes {
        var modes: ShutdownModes = []
        for word in (values["shutdown_mode"] ?? "").split(separator: ",").map({ $0.trimmingWhitespace().lowercased() })
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

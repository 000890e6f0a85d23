import KVMHACore

/// Every parameter of ocf:kvmha:VirtualDomain as the type it is read as: the table's rows are built
/// from these, and the agent reads its values only through them.
enum VirtualDomainKeys {
    static let config = ParameterKey<String>.text("config")
    static let hypervisor = ParameterKey<String>.text("hypervisor")
    static let forceStop = ParameterKey<Bool>.flag("force_stop")
    static let migrationTransport = ParameterKey<String>.text("migration_transport")
    static let migrationUser = ParameterKey<String>.text("migration_user")
    static let migrationDowntime = ParameterKey<Int>.integer("migration_downtime")
    static let migrationSpeed = ParameterKey<Int>.integer("migration_speed")
    static let migrationNetworkSuffix = ParameterKey<String>.text("migration_network_suffix")
    static let migrateuri = ParameterKey<String>.text("migrateuri")
    static let migrateOptions = ParameterKey<[String]>.words("migrate_options")
    static let monitorScripts = ParameterKey<[String]>.words("monitor_scripts")
    static let autosetUtilizationCpu = ParameterKey<Bool>.flag("autoset_utilization_cpu")
    static let autosetUtilizationHostMemory = ParameterKey<Bool>.flag("autoset_utilization_host_memory")
    static let autosetUtilizationHvMemory = ParameterKey<Bool>.flag("autoset_utilization_hv_memory")
    static let unsetUtilizationCpu = ParameterKey<Bool>.flag("unset_utilization_cpu")
    static let unsetUtilizationHostMemory = ParameterKey<Bool>.flag("unset_utilization_host_memory")
    static let unsetUtilizationHvMemory = ParameterKey<Bool>.flag("unset_utilization_hv_memory")
    static let migrateport = ParameterKey<Int>.integer("migrateport")
    static let remoteuri = ParameterKey<String>.text("remoteuri")
    static let saveConfigOnStop = ParameterKey<Bool>.flag("save_config_on_stop")
    static let syncConfigOnStop = ParameterKey<Bool>.flag("sync_config_on_stop")
    static let snapshot = ParameterKey<String>.text("snapshot")
    static let backingfile = ParameterKey<String>.text("backingfile")
    static let stateless = ParameterKey<Bool>.flag("stateless")
    static let copyindirs = ParameterKey<[String]>.words("copyindirs")
    static let shutdownMode = ParameterKey<String>.text("shutdown_mode")
    static let startResources = ParameterKey<Bool>.flag("start_resources")

    /// The keys read with the table's default behind them (`ParameterValues.value`).
    static let defaulted = [migrationSpeed, migrationDowntime]
}

import Glibc
import KVMHACore

let environment = ProcessEnvironment.current
let resource = environment["OCF_RESOURCE_INSTANCE"] ?? "VirtualDomain"
let logger = AgentLogging.bootstrap(ident: "VirtualDomain(\(resource))", debug: environment["HA_debug"] == "1")
let context = Context(
    settings: Settings(values: VirtualDomainParameters.table.values(ocfEnvironment: environment)),
    environment: environment,
    deadline: .ocfAction(environment: environment),
    logger: logger,
    hypervisor: LibvirtHypervisor(),
    records: RecordStore(directory: environment["KVMHA_RECORD_DIR"] ?? RecordStore.defaultDirectory),
    cluster: PacemakerCommands(),
    emulators: EmulatorLocator())
exit(VirtualDomainAgent(arguments: CommandLine.arguments, context: context).run().rawValue)

import Glibc
import KVMHACore

BrokenPipe.ignore()
let environment = ProcessEnvironment.current
let logger = AgentLogging.bootstrapOCF(agent: "VirtualDomain", environment: environment)
let context = Context(
    settings: Settings(values: VirtualDomainParameters.table.values(ocfEnvironment: environment)),
    environment: environment,
    deadline: .ocfAction(environment: environment),
    logger: logger,
    hypervisor: LibvirtHypervisor(),
    records: RecordStore(directory: environment["KVMHA_RECORD_DIR"] ?? RecordStore.defaultDirectory),
    cluster: PacemakerCommands(),
    emulators: EmulatorLocator(),
    shutdownOrdering: ShutdownOrdering.forThisHost())
exit(VirtualDomainAgent(arguments: CommandLine.arguments, context: context).run().rawValue)

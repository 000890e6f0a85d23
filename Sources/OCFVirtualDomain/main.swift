import Glibc
import KVMHACore

let environment = ProcessEnvironment.current
let resource = environment["OCF_RESOURCE_INSTANCE"] ?? "VirtualDomain"
let logger = AgentLogging.bootstrap(ident: "VirtualDomain(\(resource))", debug: environment["HA_debug"] == "1")
let agent = VirtualDomainAgent(arguments: CommandLine.arguments, environment: environment, logger: logger)
exit(agent.run().rawValue)

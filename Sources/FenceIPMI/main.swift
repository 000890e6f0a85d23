import Glibc
import KVMHACore

let program = ProgramName.of(CommandLine.arguments.first ?? "fence_ipmi")
let agent = FenceAgent(program: program, arguments: Array(CommandLine.arguments.dropFirst())) {
    () throws(ParameterError) in try StandardInput.read()
}
exit(agent.run().rawValue)

import Glibc
import KVMHACore

// Before anything is read: a crash must never write the password into a core file.
CoreDumps.forbid()
let program = ProgramName.of(CommandLine.arguments.first ?? "fence_ipmi")
let agent = FenceAgent(program: program, arguments: Array(CommandLine.arguments.dropFirst())) {
    () throws(ParameterError) in try StandardInput.read()
}
exit(agent.run().rawValue)

import Glibc
import KVMHACore

let program = ProgramName.of(CommandLine.arguments.first ?? "fence_ipmi")
let agent = FenceAgent(program: program, arguments: Array(CommandLine.arguments.dropFirst())) {
    // Read at most one byte past the limit: the parser refuses oversize input without holding all of it.
    var text = ""
    while text.utf8.count <= 64 * 1024, let line = readLine(strippingNewline: false) { text += line }
    return text
}
exit(agent.run().rawValue)

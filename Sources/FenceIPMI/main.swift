import Glibc
import KVMHACore

let program = ProgramName.of(CommandLine.arguments.first ?? "fence_ipmi")
let agent = FenceAgent(program: program, arguments: Array(CommandLine.arguments.dropFirst())) {
    // Keep at most one byte past the limit (the parser then refuses the input without holding all
    // of it), but drain the rest, up to 16 MiB, so the writer sees no broken pipe.
    var text = ""
    var drained = 0
    while drained < 16 << 20, let line = readLine(strippingNewline: false) {
        if text.utf8.count <= 64 * 1024 { text += line } else { drained += line.utf8.count }
    }
    return text
}
exit(agent.run().rawValue)

import Glibc
import KVMHACore

BrokenPipe.ignore()
exit(Invocation.run(arguments: CommandLine.arguments, environment: ProcessEnvironment.current))

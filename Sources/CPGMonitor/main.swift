import Glibc
import KVMHACore

exit(Invocation.run(arguments: CommandLine.arguments, environment: ProcessEnvironment.current))

import KVMHACore
import Logging

/// One invocation of fence_ipmi: options from argv, or `key=value` lines on stdin without arguments.
struct FenceAgent {
    let program: String
    let arguments: [String]
    let readStandardInput: () -> String

    func run() -> FenceExitCode {
        let values: ParameterValues
        do {
            if arguments.isEmpty {
                values = try FenceParameters.table.values(keyValueText: readStandardInput()) { warning in
                    StandardError.write(line: "WARNING: \(warning)")
                }
            } else {
                values = try FenceParameters.table.values(arguments: arguments)
            }
        } catch {
            StandardError.write(line: "ERROR: \(error.reason)")
            return .failure
        }
        if values.bool("help") {
            print(
                HelpText.usage(
                    program: program, summary: "IPMI fence agent", synopsis: "\(program) [options]",
                    table: FenceParameters.table))
            return .success
        }
        if values.bool("version") {
            print("\(program) 0.1.0")
            return .success
        }
        switch values["action"] ?? "reboot" {
        case "metadata", "meta-data":
            print(FenceParameters.metadata(name: program).xml, terminator: "")
            return .success
        case "manpage":
            print(
                HelpText.manPage(
                    program: program, section: 8, summary: "IPMI fence agent",
                    description: FenceParameters.metadata(name: program).longDescription, table: FenceParameters.table),
                terminator: "")
            return .success
        case let action where FenceParameters.actions.contains(action):
            StandardError.write(line: "ERROR: action \(action) is not implemented in this build")
            return .failure
        case let action:
            StandardError.write(line: "ERROR: unknown action '\(ParameterValues.printable(action))'")
            return .failure
        }
    }
}

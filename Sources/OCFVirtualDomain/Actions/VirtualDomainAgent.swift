import KVMHACore
import Logging

/// Runs one invocation of the agent and says how it ends; `main` only maps the result to exit().
struct VirtualDomainAgent {
    let arguments: [String]
    let environment: [String: String]
    let logger: Logger

    static let usage = "usage: VirtualDomain {\(Action.allCases.map(\.rawValue).joined(separator: "|"))}"

    func run() -> OCFExitCode {
        guard arguments.count == 2, let action = Action(rawValue: arguments[1]) else {
            StandardError.write(line: Self.usage)
            return .unimplemented
        }
        switch action {
        case .metaData:
            print(
                VirtualDomainMetadata.metadata.xml(ocf11: OCFMetadata.wantsOCF11(environment: environment)),
                terminator: "")
            return .success
        case .usage, .help:
            print(Self.usage)
            return .success
        case .validateAll:
            return finish { () throws(ParameterError) in try parameters().validate() }
        case .start, .stop, .monitor, .status, .migrateTo, .migrateFrom, .reloadAgent:
            ExitReason.report("action \(action.rawValue) is not implemented in this build")
            return .unimplemented
        }
    }

    func parameters() -> ParameterValues { VirtualDomainParameters.table.values(ocfEnvironment: environment) }

    /// The one place a failure becomes an exit code and an exit reason.
    func finish<E: AgentFailure>(_ body: () throws(E) -> Void) -> OCFExitCode {
        do {
            try body()
            return .success
        } catch {
            ExitReason.report(error.reason)
            logger.error("\(error.reason)")
            return error.ocfExitCode
        }
    }
}

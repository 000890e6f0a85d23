import KVMHACore
import Logging

/// Runs one invocation of the agent and says how it ends; `main` only maps the result to exit().
struct VirtualDomainAgent {
    let arguments: [String]
    let context: Context

    static let usage = "usage: VirtualDomain {\(Action.allCases.map(\.rawValue).joined(separator: "|"))}"

    func run() -> OCFExitCode {
        // Not an OCF action: how the install makes ocf_kvmha_VirtualDomain(7) from the meta-data.
        if arguments.count == 2, arguments[1] == "manpage" {
            print(HelpText.ocfManPage(VirtualDomainMetadata.metadata, provider: "kvmha"), terminator: "")
            return .success
        }
        guard arguments.count == 2, let action = Action(rawValue: arguments[1]) else {
            StandardError.write(line: Self.usage)
            return .unimplemented
        }
        switch action {
        case .metaData:
            print(
                VirtualDomainMetadata.metadata.xml(ocf11: OCFMetadata.wantsOCF11(environment: context.environment)),
                terminator: "")
            return .success
        case .usage, .help:
            print(Self.usage)
            return .success
        case .validateAll: return finish { () throws(AgentError) in try validateAll() }
        case .reloadAgent:
            return finish { () throws(AgentError) in
                try context.settings.validate()
                return .success
            }
        case .start: return finish(context.start)
        case .stop: return finish(context.stop)
        case .monitor, .status: return finish(context.monitor)
        case .migrateTo: return finish(context.migrateTo)
        case .migrateFrom: return finish(context.migrateFrom)
        }
    }

    /// validate-all: parameters, then the config file itself.
    func validateAll() throws(AgentError) -> OCFExitCode {
        try context.settings.validate()
        let domain = context.identity()
        let config = domain.config
        let problem = domain.problem
        guard config != nil else { throw .notInstalled(problem ?? "config unreadable") }
        return .success
    }

    /// The one place a failure becomes an exit code and an exit reason.
    func finish(_ body: () throws(AgentError) -> OCFExitCode) -> OCFExitCode {
        do {
            return try body()
        } catch {
            ExitReason.report(error.reason)
            context.logger.error("\(error.reason)")
            return error.ocfExitCode
        }
    }
}

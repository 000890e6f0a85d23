import KVMHACore

/// How an action of this agent fails; the one mapping to OCF exit codes lives here.
enum AgentError: Error, AgentFailure, Equatable {
    /// Bad or contradictory configuration (OCF_ERR_CONFIGURED).
    case notConfigured(String)
    /// Something the agent needs is missing on this node (OCF_ERR_INSTALLED).
    case notInstalled(String)
    /// Anything else that went wrong (OCF_ERR_GENERIC).
    case failed(String)
    /// The action is not supported (OCF_ERR_UNIMPLEMENTED).
    case unimplemented(String)

    var reason: String {
        switch self {
        case .notConfigured(let text), .notInstalled(let text), .failed(let text), .unimplemented(let text): text
        }
    }

    var ocfExitCode: OCFExitCode {
        switch self {
        case .notConfigured: .notConfigured
        case .notInstalled: .notInstalled
        case .failed: .genericError
        case .unimplemented: .unimplemented
        }
    }
}

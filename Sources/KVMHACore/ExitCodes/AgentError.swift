/// How an OCF agent's action fails; the one mapping to OCF exit codes lives here.
public enum AgentError: Error, AgentFailure, Equatable {
    /// Bad or contradictory configuration (OCF_ERR_CONFIGURED).
    case notConfigured(String)
    /// Something the agent needs is missing on this node (OCF_ERR_INSTALLED).
    case notInstalled(String)
    /// Anything else that went wrong (OCF_ERR_GENERIC).
    case failed(String)
    /// The action is not supported (OCF_ERR_UNIMPLEMENTED).
    case unimplemented(String)

    public var reason: String {
        switch self {
        case .notConfigured(let text), .notInstalled(let text), .failed(let text), .unimplemented(let text): text
        }
    }

    public var ocfExitCode: OCFExitCode {
        switch self {
        case .notConfigured: .notConfigured
        case .notInstalled: .notInstalled
        case .failed: .genericError
        case .unimplemented: .unimplemented
        }
    }
}

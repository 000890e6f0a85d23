/// The exit codes of an OCF 1.1 resource agent (Pacemaker's `enum ocf_exitcode`).
public enum OCFExitCode: Int32, Sendable, CaseIterable {
    case success = 0
    case genericError = 1
    case invalidArgument = 2
    case unimplemented = 3
    case insufficientPrivilege = 4
    case notInstalled = 5
    case notConfigured = 6
    case notRunning = 7
    case runningPromoted = 8
    case failedPromoted = 9
    case degraded = 190
    case degradedPromoted = 191

    /// The constant's name in the OCF spec, for logs.
    public var ocfName: String {
        switch self {
        case .success: "OCF_SUCCESS"
        case .genericError: "OCF_ERR_GENERIC"
        case .invalidArgument: "OCF_ERR_ARGS"
        case .unimplemented: "OCF_ERR_UNIMPLEMENTED"
        case .insufficientPrivilege: "OCF_ERR_PERM"
        case .notInstalled: "OCF_ERR_INSTALLED"
        case .notConfigured: "OCF_ERR_CONFIGURED"
        case .notRunning: "OCF_NOT_RUNNING"
        case .runningPromoted: "OCF_RUNNING_PROMOTED"
        case .failedPromoted: "OCF_FAILED_PROMOTED"
        case .degraded: "OCF_DEGRADED"
        case .degradedPromoted: "OCF_DEGRADED_PROMOTED"
        }
    }
}

/// An error that knows how an agent should end because of it; `main` maps it once, nowhere else.
public protocol AgentFailure: Error {
    /// The OCF exit code this failure means for a resource agent.
    var ocfExitCode: OCFExitCode { get }
    /// One line for `ocf-exit-reason:` and the log; never contains a secret.
    var reason: String { get }
}

extension AgentFailure {
    /// Fence agents have fewer codes: every failure is 1.
    public var fenceExitCode: FenceExitCode { .failure }
}

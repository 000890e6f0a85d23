/// The exit codes of a fence agent as Pacemaker's fencer reads them (fence-agents' `EC_*`):
/// 0 success (status: on), 2 status: off, 1 everything else.
public enum FenceExitCode: Int32, Sendable, CaseIterable {
    case success = 0
    case failure = 1
    case statusOff = 2
}

/// The exit statuses of `kvmha-cpgmonitor run`, `events` and the program's own options, as the man
/// page's EXIT STATUS lists them; `status` has its own (`StatusCommand.Outcome`), the OCF agent
/// OCF's (`OCFExitCode`).
enum CommandExit: Int32 {
    /// Done; run: stopped by SIGTERM or SIGINT.
    case success = 0
    /// run: it cannot run (another daemon on this node, Corosync unreachable); check-fencing: the
    /// watchdog fencing level breaks a rule.
    case cannotRun = 1
    /// Bad options; run: also a key_file given that cannot be read.
    case usage = 2
    /// events: there is no events file.
    case noEventsFile = 3
}

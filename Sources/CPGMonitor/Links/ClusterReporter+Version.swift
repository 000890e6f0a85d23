import KVMHACore
import Logging

extension ClusterReporter {
    /// Asks `crm_resource --version` once, off the loop, and warns when this Pacemaker counts each
    /// report twice: an operator with a finite migration-threshold must allow for two per crash.
    func checkFailureCounting() {
        let (events, program) = (events, crmResourceProgram)
        Task.detached {
            let result = await ChildProcess.run(program, ["--version"], deadline: .after(Self.callTimeout))
            guard case .success(let done) = result, done.succeeded,
                let version = PacemakerVersion(versionOutput: done.standardOutput),
                version.countsReportedFailuresTwice
            else { return }
            events.emit(
                .failuresCountedTwice,
                "Pacemaker \(version) counts a failure reported with crm_resource --fail twice toward "
                    + "migration-threshold (most of the time; fixed in 2.1.6, ClusterLabs/pacemaker#2947): "
                    + "with a finite migration-threshold, allow two per crash", level: .warning
            ) { $0.detail = "\(version)" }
        }
    }
}

/// kvmha-cpgmonitor's note that it reported a resource's guest failed (`<record>.reported`, beside the
/// resource's record): the stop Pacemaker runs next destroys that QEMU at once instead of asking a
/// crashed or hung guest to shut down. It names the QEMU process, so it never applies to a later one.
public struct ReportedFailure: Sendable, Equatable {
    public var resource: String
    /// The failure as the daemon names it (`crashed`, `watchdog`, …).
    public var failure: String
    public var emulator: ProcessIdentity

    public init(resource: String, failure: String, emulator: ProcessIdentity) {
        self.resource = resource
        self.failure = failure
        self.emulator = emulator
    }

    public var encoded: String {
        [
            "resource=\(DomainRecord.escape(resource))", "failure=\(DomainRecord.escape(failure))",
            "emulator_pid=\(emulator.pid)", "emulator_start=\(emulator.startTime)",
        ].joined(separator: "\n") + "\n"
    }

    public init?(decoding text: String) {
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let equals = line.firstIndex(of: "=") else { continue }
            fields[String(line[..<equals])] = DomainRecord.unescape(String(line[line.index(after: equals)...]))
        }
        guard let resource = fields["resource"], let failure = fields["failure"],
            let pid = fields["emulator_pid"].flatMap({ Int32($0) }), pid > 0,
            let start = fields["emulator_start"].flatMap({ UInt64($0) })
        else { return nil }
        self.init(resource: resource, failure: failure, emulator: ProcessIdentity(pid: pid, startTime: start))
    }
}

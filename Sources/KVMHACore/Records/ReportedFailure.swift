/// kvmha-cpgmonitor's note that it reported a resource's guest failed (`<record>.reported`, beside the
/// resource's record): the stop Pacemaker runs next destroys that QEMU at once instead of asking a
/// crashed or hung guest to shut down. It names the QEMU process, so it never applies to a later one;
/// and it says when it was written (CLOCK_BOOTTIME), so a note whose recovery never came (the report
/// dropped, `on-fail=ignore`, maintenance) does not make a much later planned stop a destroy of a
/// guest that recovered in the same QEMU.
public struct ReportedFailure: Sendable, Equatable {
    public var resource: String
    /// The failure as the daemon names it (`crashed`, `watchdog`, …).
    public var failure: String
    public var emulator: ProcessIdentity
    /// CLOCK_BOOTTIME in milliseconds when the daemon wrote it; nil in a note of kvmha 0.2.
    public var written: Int64?

    /// How long after its report a note holds whatever the guest's state: the stop of the recovery
    /// comes within seconds of the report; two minutes leave room for a busy cluster.
    public static let window: Int64 = 120_000

    public init(
        resource: String, failure: String, emulator: ProcessIdentity, written: Int64? = Timestamp.bootMilliseconds()
    ) {
        self.resource = resource
        self.failure = failure
        self.emulator = emulator
        self.written = written
    }

    /// Written within `window` of `now` (CLOCK_BOOTTIME ms).
    public func isRecent(now: Int64 = Timestamp.bootMilliseconds()) -> Bool {
        guard let written else { return false }
        return now >= written && now - written <= Self.window
    }

    public var encoded: String {
        [
            "resource=\(DomainRecord.escape(resource))", "failure=\(DomainRecord.escape(failure))",
            "emulator_pid=\(emulator.pid)", "emulator_start=\(emulator.startTime)",
        ].joined(separator: "\n") + (written.map { "\nwritten_boottime=\($0)" } ?? "") + "\n"
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
        self.init(
            resource: resource, failure: failure, emulator: ProcessIdentity(pid: pid, startTime: start),
            written: fields["written_boottime"].flatMap { Int64($0) })
    }
}

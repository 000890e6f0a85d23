import KVMHACore

/// `kvmha-cpgmonitor check-fencing [--sbd-config FILE]`: whether this node's watchdog fencing level
/// (sbd with a disk, or diskless with stonith-watchdog-timeout) follows sbd's and Pacemaker's rules.
/// Exit 0 when nothing is wrong, 1 when something is (each finding on its own line), 2 bad options.
enum CheckFencingCommand {
    static let usage = "usage: kvmha-cpgmonitor check-fencing [--sbd-config FILE]"
    /// Each sbd dump and Pacemaker query is bounded by this, the whole check by a few of them.
    static let deadline: Duration = .seconds(20)

    static func run(_ arguments: [String]) -> Int32 {
        var file: String?
        var index = arguments.startIndex
        while index < arguments.endIndex {
            switch arguments[index] {
            case "-h", "--help":
                print(usage)
                return CommandExit.success.rawValue
            case "--sbd-config" where index + 1 < arguments.endIndex:
                index += 1
                file = arguments[index]
            default:
                StandardError.write(
                    line: "kvmha-cpgmonitor: unknown option \(ParameterValues.printable(arguments[index]))")
                StandardError.write(line: usage)
                return CommandExit.usage.rawValue
            }
            index += 1
        }
        let findings = FencingRules.findings(FencingFacts.gather(sbdFile: file, deadline: .after(deadline)))
        for finding in findings { print("\(finding.severity.rawValue): \(finding.text)") }
        return findings.contains { $0.severity == .error }
            ? CommandExit.cannotRun.rawValue : CommandExit.success.rawValue
    }
}

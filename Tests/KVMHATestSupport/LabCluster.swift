import Foundation

/// The three-node lab cluster (`scripts/lab cluster …`), driven from inside its nodes the way an
/// operator on that node drives it.
public enum LabCluster {
    /// Runs `arguments` inside node `node` (1-based), in its namespaces, as its own daemons see the world.
    public static func exec(_ node: Int, _ arguments: [String], timeout: Duration = .seconds(60)) async throws
        -> RunResult
    {
        try await run(
            LabControl.repository + "/scripts/lab", ["cluster", "exec", "n\(node)", "--"] + arguments, timeout: timeout)
    }

    /// `exec`, failing loudly on a non-zero status.
    @discardableResult
    public static func checked(_ node: Int, _ arguments: [String], timeout: Duration = .seconds(60)) async throws
        -> RunResult
    {
        let result = try await exec(node, arguments, timeout: timeout)
        guard result.status == 0 else {
            throw Lab.NotUp(description: "n\(node): \(arguments) exited \(result.status): \(result.stderr)")
        }
        return result
    }

    /// Where Pacemaker (as node `from` sees it) runs `resource`, e.g. "n2"; nil when it runs nowhere.
    public static func location(of resource: String, from node: Int = 1) async throws -> String? {
        let result = try await exec(node, ["crm_resource", "--resource", resource, "--locate"])
        guard let range = result.stdout.range(of: "is running on: ") else { return nil }
        return String(result.stdout[range.upperBound...].prefix { !$0.isWhitespace })
    }

    /// Runs on `where` and a recurring monitor there has completed with rc=0 since it started there.
    public static func monitoredRunning(_ resource: String, on target: String, from node: Int = 1) async throws
        -> Bool
    {
        guard try await location(of: resource, from: node) == target else { return false }
        let operations = try await exec(node, ["crm_resource", "--resource", resource, "--list-operations"]).stdout
        let lines = operations.split(separator: "\n").filter { $0.contains("(\(target)):") || $0.contains("\(target)") }
        guard let lastStart = lines.lastIndex(where: { $0.contains("_start_0") || $0.contains("_migrate_from_0") })
        else { return false }
        return lines[lastStart...].contains {
            $0.contains("_monitor_") && $0.contains("rc=0,") && $0.hasSuffix("complete")
        }
    }
}

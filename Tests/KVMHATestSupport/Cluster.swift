import Foundation

/// Pacemaker, driven the way an operator drives it: crmsh and Pacemaker's own CLIs.
public enum Cluster {
    /// `crm …` (crmsh), checked.
    @discardableResult
    public static func crm(_ arguments: [String]) async throws -> RunResult {
        let result = try await run("/usr/sbin/crm", arguments, timeout: .seconds(60))
        guard result.status == 0 else { throw Lab.NotUp(description: "crm \(arguments) failed: \(result.stderr)") }
        return result
    }

    /// Where Pacemaker says the resource runs (`crm_resource --locate`), nil when it runs nowhere.
    public static func location(of resource: String) async throws -> String? {
        let result = try await run("/usr/sbin/crm_resource", ["--resource", resource, "--locate"])
        guard let range = result.stdout.range(of: "is running on: ") else { return nil }
        return String(result.stdout[range.upperBound...].prefix { !$0.isWhitespace })
    }

    /// Started and its recurring monitor has completed with rc=0 (`crm_resource --locate` already
    /// says "running" while the start is still pending).
    public static func isMonitoredRunning(_ resource: String) async throws -> Bool {
        let operations = try await run("/usr/sbin/crm_resource", ["--resource", resource, "--list-operations"]).stdout
        return operations.split(separator: "\n").contains { line in
            line.contains("\(resource)_monitor_") && line.contains("rc=0,") && line.hasSuffix("complete")
                && line.contains(" Started: ")
        }
    }

    /// `crm_mon -1 --output-as=xml`.
    public static func status() async throws -> String {
        try await run("/usr/sbin/crm_mon", ["-1", "--output-as=xml"]).stdout
    }

    /// Stops and deletes a resource, waiting until it runs nowhere.
    public static func remove(_ resource: String) async throws {
        _ = try? await crm(["resource", "stop", resource])
        for _ in 0..<600 where try await location(of: resource) != nil { try await Task.sleep(for: .milliseconds(100)) }
        _ = try? await crm(["configure", "delete", "--force", resource])
        _ = try? await run("/usr/sbin/crm_resource", ["--cleanup", "--resource", resource])
    }

    /// Polls an async condition every 100 ms; says whether it held within `timeout`.
    public static func wait(_ timeout: Duration, _ condition: () async throws -> Bool) async rethrows -> Bool {
        let end = ContinuousClock.now + timeout
        while ContinuousClock.now < end {
            if try await condition() { return true }
            try? await Task.sleep(for: .milliseconds(100))
        }
        return try await condition()
    }
}

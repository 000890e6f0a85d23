import KVMHACore

/// Pacemaker's CLIs, behind a protocol so unit tests can count the calls.
protocol ClusterCommands: Sendable {
    func setUtilization(resource: String, name: String, value: String, deadline: Deadline) throws
    func deleteUtilization(resource: String, name: String, deadline: Deadline) throws
}

struct CommandFailed: Error, CustomStringConvertible {
    let description: String
    /// crm_resource's CRM_EX_NOSUCH (105): the resource is not in the CIB.
    var resourceUnknown = false
}

/// `crm_resource --utilization`, run with an argument array, a deadline and a checked status.
struct PacemakerCommands: ClusterCommands {
    var crmResource = "/usr/sbin/crm_resource"

    func setUtilization(resource: String, name: String, value: String, deadline: Deadline) throws {
        try run(
            ["--resource", resource, "--utilization", "--set-parameter", name, "--parameter-value", value], deadline)
    }

    func deleteUtilization(resource: String, name: String, deadline: Deadline) throws {
        try run(["--resource", resource, "--utilization", "--delete-parameter", name], deadline)
    }

    private func run(_ arguments: [String], _ deadline: Deadline) throws {
        let result = try ChildProcess.run(crmResource, arguments, deadline: deadline)
        guard result.succeeded else {
            throw CommandFailed(
                description:
                    "crm_resource exited \(result.exitCode.map(String.init) ?? "by signal"): \(result.output.trimmingWhitespace())",
                resourceUnknown: result.exitCode == 105)
        }
    }
}

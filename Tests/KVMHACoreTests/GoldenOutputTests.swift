import Foundation
import KVMHATestSupport
import Testing

/// What Pacemaker, pcs, crm and `man` read from the agents — meta-data, `--help`, man pages — kept
/// as files in Tests/Golden, so a change to a parameter table shows in review as a change to them.
/// `KVMHA_UPDATE_GOLDEN=1 swift test --filter GoldenOutputTests` rewrites them after a deliberate change.
@Suite(.ownThread) struct GoldenOutputTests {
    struct Output: CustomTestStringConvertible, Sendable {
        let file: String
        let program: String
        let name: String
        let arguments: [String]
        var environment: [String: String] = [:]
        var testDescription: String { file }
    }

    static let outputs = [
        Output(
            file: "VirtualDomain.meta-data.xml", program: "VirtualDomain", name: "VirtualDomain",
            arguments: ["meta-data"]),
        Output(
            file: "VirtualDomain.meta-data.ocf11.xml", program: "VirtualDomain", name: "VirtualDomain",
            arguments: ["meta-data"], environment: ["OCF_RA_VERSION_MAJOR": "1", "OCF_RA_VERSION_MINOR": "1"]),
        Output(
            file: "ocf_kvmha_VirtualDomain.7", program: "VirtualDomain", name: "VirtualDomain", arguments: ["manpage"]),
        Output(
            file: "CPGMonitor.meta-data.xml", program: "kvmha-cpgmonitor", name: "CPGMonitor", arguments: ["meta-data"]),
        Output(file: "ocf_kvmha_CPGMonitor.7", program: "kvmha-cpgmonitor", name: "CPGMonitor", arguments: ["manpage"]),
        Output(
            file: "kvmha-cpgmonitor.help", program: "kvmha-cpgmonitor", name: "kvmha-cpgmonitor", arguments: ["--help"]),
        Output(
            file: "kvmha-cpgmonitor.8", program: "kvmha-cpgmonitor", name: "kvmha-cpgmonitor", arguments: ["manpage"]),
        Output(
            file: "fence_ipmi.metadata.xml", program: "fence_ipmi", name: "fence_ipmi", arguments: ["-o", "metadata"]),
        Output(file: "fence_ipmi.help", program: "fence_ipmi", name: "fence_ipmi", arguments: ["--help"]),
        Output(file: "fence_ipmi.8", program: "fence_ipmi", name: "fence_ipmi", arguments: ["-o", "manpage"]),
        Output(
            file: "fence_atca.metadata.xml", program: "fence_ipmi", name: "fence_atca", arguments: ["-o", "metadata"]),
        Output(file: "fence_atca.8", program: "fence_ipmi", name: "fence_atca", arguments: ["-o", "manpage"]),
    ]

    @Test(arguments: outputs) func matchesTheGoldenFile(_ output: Output) async throws {
        // Each binary answers to the name it is called by: a link with that name.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("golden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let link = directory.appendingPathComponent(output.name).path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: productPath(output.program))
        let result = try await run(link, output.arguments, environment: output.environment)
        #expect(result.status == 0, "\(result.stderr)")
        let golden = LabControl.repository + "/Tests/Golden/" + output.file
        if ProcessInfo.processInfo.environment["KVMHA_UPDATE_GOLDEN"] == "1" {
            try result.stdout.write(toFile: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: golden, encoding: .utf8)
        #expect(result.stdout == expected, "\(output.file) differs from Tests/Golden (KVMHA_UPDATE_GOLDEN=1 to accept)")
    }
}

import Foundation
import KVMHATestSupport
import Testing

/// The built fence agent, run as the fencer runs it.
@Suite(.ownThread) struct FenceBinaryTests {
    let agent = productPath("fence_ipmi")

    @Test func metadataValidatesAgainstTheFenceSchema() async throws {
        let result = try await run(agent, ["-o", "metadata"])
        #expect(result.status == 0)
        let lint = try await xmllint(result.stdout, ["--relaxng", "/usr/share/cluster/relaxng/metadata.rng"])
        #expect(lint.status == 0, "\(lint.stderr)")
    }

    @Test func metadataFromStdin() async throws {
        let result = try await run(agent, stdin: "# the fencer's way\naction=metadata\nnodename=node1\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("<resource-agent name=\"fence_ipmi\""))
    }

    @Test func everyFenceIpmilanOptionIsAccepted() async throws {
        let stock = try await run("/usr/sbin/fence_ipmilan", ["-o", "metadata"])
        let names = stock.stdout.matches(of: try Regex(#"<parameter name="([^"]+)""#))
            .compactMap { $0.output[1].substring.map(String.init) }
        #expect(names.count > 30)
        let stdin = names.filter { $0 != "action" && $0 != "help" && $0 != "version" }.map { "\($0)=1" }.joined(
            separator: "\n")
        let result = try await run(agent, stdin: stdin + "\naction=metadata\n")
        #expect(result.status == 0)
        #expect(!result.stderr.contains("unknown parameter"), "\(result.stderr)")
    }

    @Test func manpageAndHelp() async throws {
        #expect(try await run(agent, ["-o", "manpage"]).stdout.hasPrefix(".TH FENCE_IPMI 8"))
        #expect(try await run(agent, ["--help"]).stdout.contains("--lanplus"))
    }

    @Test func badInputExitsOne() async throws {
        #expect(try await run(agent, ["-o", "explode"]).status == 1)
        #expect(try await run(agent, ["--no-such-option"]).status == 1)
        #expect(try await run(agent, stdin: "this is not key value\n").status == 1)
        let huge = String(repeating: "ip=127.0.0.1\n", count: 10_000)
        let result = try await run(agent, stdin: huge)
        #expect(result.status == 1)
        #expect(result.stderr.contains("larger than"))
    }

    @Test func answersToItsAtcaName() async throws {
        let link = FileManager.default.temporaryDirectory.appendingPathComponent("fence_atca-\(UUID().uuidString)")
        try? FileManager.default.removeItem(atPath: link.path)
        try FileManager.default.createDirectory(at: link, withIntermediateDirectories: true)
        let atca = link.appendingPathComponent("fence_atca").path
        try FileManager.default.createSymbolicLink(atPath: atca, withDestinationPath: agent)
        defer { try? FileManager.default.removeItem(at: link) }
        #expect(try await run(atca, ["-o", "metadata"]).stdout.contains("<resource-agent name=\"fence_atca\""))
    }
}

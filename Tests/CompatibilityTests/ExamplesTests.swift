import Foundation
import KVMHATestSupport
import Testing

/// Every configuration example the package ships (examples/, and README's copies of them) is applied
/// to a CIB file the way an administrator applies it, and Pacemaker's own checker accepts the result:
/// an example that no longer matches the agents' meta-data or pcs/crm fails here, not on a node.
@Suite struct ExamplesTests {
    static let examples = LabControl.repository + "/examples"

    func emptyCIB() async throws -> (path: String, environment: [String: String]) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cib-\(UUID().uuidString).xml").path
        let empty = try await run("/usr/sbin/cibadmin", ["--empty"])
        try #require(empty.status == 0, "\(empty.stderr)")
        try empty.stdout.write(toFile: path, atomically: true, encoding: .utf8)
        var environment = ProcessInfo.processInfo.environment
        environment["CIB_file"] = path
        return (path, environment)
    }

    func verify(_ cib: (path: String, environment: [String: String])) async throws -> String {
        let verify = try await run("/usr/sbin/crm_verify", ["-L", "-V"], environment: cib.environment)
        #expect(verify.status == 0, "crm_verify: \(verify.stderr)")
        return try String(contentsOfFile: cib.path, encoding: .utf8)
    }

    @Test func theCrmExampleLoadsAndVerifies() async throws {
        let cib = try await emptyCIB()
        defer { try? FileManager.default.removeItem(atPath: cib.path) }
        let load = try await run(
            "/usr/sbin/crm", ["configure", "load", "update", Self.examples + "/crm/cluster.crm"],
            environment: cib.environment, timeout: .seconds(60))
        #expect(load.status == 0, "\(load.stderr)")
        #expect(!load.stderr.contains("ERROR"), "\(load.stderr)")
        let xml = try await verify(cib)
        for expected in [
            "type=\"VirtualDomain\"", "provider=\"kvmha\"", "type=\"CPGMonitor\"", "type=\"fence_ipmi\"",
            "name=\"allow-unhealthy-nodes\" value=\"true\"", "name=\"node-health-strategy\" value=\"migrate-on-red\"",
        ] {
            #expect(xml.contains(expected), "\(expected) missing from the CIB crm wrote")
        }
    }

    /// One pcs command per line (no quoting in the file: each word is one argument).
    @Test func everyPcsExampleLineAppliesAndTheResultVerifies() async throws {
        let cib = try await emptyCIB()
        defer { try? FileManager.default.removeItem(atPath: cib.path) }
        let text = try String(contentsOfFile: Self.examples + "/pcs/cluster.pcs", encoding: .utf8)
        let commands = text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.allSatisfy(\.isWhitespace) }
        #expect(commands.count >= 6)
        for command in commands {
            let words = command.split(whereSeparator: \.isWhitespace).map(String.init)
            let result = try await run("/usr/sbin/pcs", ["-f", cib.path] + words, timeout: .seconds(60))
            #expect(result.status == 0, "pcs \(command): \(result.stderr)")
        }
        let xml = try await verify(cib)
        #expect(xml.contains("name=\"allow-unhealthy-nodes\" value=\"true\""))
        #expect(xml.contains("name=\"node-health-strategy\" value=\"migrate-on-red\""))
    }

    /// Each line of a pcs example applied to the CIB file with `pcs -f`.
    func applyPcs(_ file: String, to cib: (path: String, environment: [String: String])) async throws -> Int {
        let text = try String(contentsOfFile: Self.examples + "/pcs/" + file, encoding: .utf8)
        let commands = text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.allSatisfy(\.isWhitespace) }
        for command in commands {
            let words = command.split(whereSeparator: \.isWhitespace).map(String.init)
            let result = try await run("/usr/sbin/pcs", ["-f", cib.path] + words, timeout: .seconds(60))
            #expect(result.status == 0, "pcs \(command): \(result.stderr)")
        }
        return commands.count
    }

    /// The second fencing level (docs/admin/fencing-topology.md), as crm and as pcs write it on top of
    /// the cluster example: fence_sbd, a level 1 and a level 2 per node, level 1's fast-failure options.
    @Test func theFencingTopologyExamplesApplyAndVerify() async throws {
        let crmCIB = try await emptyCIB()
        defer { try? FileManager.default.removeItem(atPath: crmCIB.path) }
        for file in ["cluster.crm", "fencing-topology.crm"] {
            let load = try await run(
                "/usr/sbin/crm", ["configure", "load", "update", Self.examples + "/crm/" + file],
                environment: crmCIB.environment, timeout: .seconds(60))
            #expect(load.status == 0 && !load.stderr.contains("ERROR"), "\(file): \(load.stderr)")
        }
        let pcsCIB = try await emptyCIB()
        defer { try? FileManager.default.removeItem(atPath: pcsCIB.path) }
        _ = try await applyPcs("cluster.pcs", to: pcsCIB)
        _ = try await applyPcs("fencing-topology.pcs", to: pcsCIB)
        for cib in [crmCIB, pcsCIB] {
            let xml = try await verify(cib)
            #expect(xml.components(separatedBy: "<fencing-level ").count - 1 == 4, "\(cib.path): not 4 levels")
            for expected in [
                "type=\"fence_sbd\"", "devices=\"fence-node1\"", "devices=\"fence-sbd\"",
                "name=\"login_timeout\" value=\"1\"", "name=\"pcmk_reboot_retries\" value=\"1\"", "on-fail=\"ignore\"",
            ] {
                #expect(xml.contains(expected), "\(expected) missing from \(cib.path)")
            }
        }
    }

    /// README shows the examples' lines; each of its crm and pcs lines must be one of theirs.
    @Test func readmesConfigurationLinesAreTheExamples() throws {
        let readme = try String(contentsOfFile: LabControl.repository + "/README.md", encoding: .utf8)
        let crm = try String(contentsOfFile: Self.examples + "/crm/cluster.crm", encoding: .utf8)
        let pcs = try String(contentsOfFile: Self.examples + "/pcs/cluster.pcs", encoding: .utf8)
        func words(_ text: Substring) -> [String] {
            text.split(whereSeparator: { (character: Character) in
                character.isWhitespace || character == "\\" || character == "\""
            }).map(String.init)
        }
        let crmWords = Set(words(crm[...]))
        let pcsWords = Set(words(pcs[...]))
        let lines = readme.split(separator: "\n")
        var index = 0
        while index < lines.count {
            var command = String(lines[index])
            while command.hasSuffix("\\"), index + 1 < lines.count {
                index += 1
                command = String(command.dropLast()) + " " + lines[index]
            }
            index += 1
            let trimmed = command.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("crm configure ") {
                let missing = words(trimmed.dropFirst("crm configure ".count)[...]).filter { !crmWords.contains($0) }
                #expect(missing.isEmpty, "README's `\(trimmed)` is not in examples/crm/cluster.crm: \(missing)")
            } else if trimmed.hasPrefix("pcs ") {
                let missing = words(trimmed.dropFirst("pcs ".count)[...]).filter { !pcsWords.contains($0) }
                #expect(missing.isEmpty, "README's `\(trimmed)` is not in examples/pcs/cluster.pcs: \(missing)")
            }
        }
    }

    /// Prometheus' own tool parses the alerting rules and runs their unit tests (the rules fire on the
    /// series kvmha-cpgmonitor writes, with the labels and annotations they promise).
    @Test func thePrometheusRulesParseAndFireAsTheirTestsSay() async throws {
        let check = try await run(
            "/usr/bin/promtool", ["check", "rules", Self.examples + "/prometheus/kvmha-rules.yml"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let test = try await run(
            "/usr/bin/promtool", ["test", "rules", Self.examples + "/prometheus/kvmha-rules-test.yml"])
        #expect(test.status == 0, "\(test.stdout)\(test.stderr)")
    }
}

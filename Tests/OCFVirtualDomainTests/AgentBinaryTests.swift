import Foundation
import KVMHATestSupport
import Testing

/// The built agent, run as Pacemaker runs it.
@Suite(.ownThread) struct AgentBinaryTests {
    let agent = productPath("VirtualDomain")

    @Test func metaDataIsValidOCF10() async throws {
        let result = try await run(agent, ["meta-data"], environment: [:])
        #expect(result.status == 0)
        let lint = try await xmllint(result.stdout, ["--dtdvalid", "/usr/share/resource-agents/ra-api-1.dtd"])
        #expect(lint.status == 0, "\(lint.stderr)")
    }

    @Test func ocf11MetaDataWhenPacemakerAsks() async throws {
        let result = try await run(
            agent, ["meta-data"], environment: ["OCF_RA_VERSION_MAJOR": "1", "OCF_RA_VERSION_MINOR": "1"])
        #expect(result.stdout.contains("<version>1.1</version>"))
        #expect(result.stdout.contains("reload-agent"))
        // OCF 1.1 has a RelaxNG schema (pcs ships it), not the 1.0 DTD: no DOCTYPE naming the DTD.
        #expect(!result.stdout.contains("<!DOCTYPE"))
        let lint = try await xmllint(result.stdout, ["--relaxng", "/usr/share/pcs/data/ocf-1.1.rng"])
        #expect(lint.status == 0, "\(lint.stderr)")
        // A new hypervisor URI is another libvirtd, where the running domain is not: not reloadable.
        #expect(result.stdout.contains("<parameter name=\"hypervisor\" required=\"0\" unique=\"0\">"))
        #expect(result.stdout.contains("reloadable=\"1\""))
    }

    @Test func manPageFromTheMetadata() async throws {
        let page = try await run(agent, ["manpage"], environment: [:]).stdout
        #expect(page.hasPrefix(".TH OCF_KVMHA_VIRTUALDOMAIN 7"))
        for section in ["SUPPORTED PARAMETERS", "SUPPORTED ACTIONS", "EXAMPLE CRM SHELL", "EXAMPLE PCS"] {
            #expect(page.contains(".SH \(section)\n"))
        }
    }

    /// ocf-shellfuncs' rules: with a log file or facility nothing goes to stderr but the exit reason
    /// (execd would log each stderr line again as "error output"); the tag is VirtualDomain(rsc)[pid].
    @Test func logsWhereOCFShellfuncsLogs() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kvmha-ha-\(UUID().uuidString).log")
            .path
        defer { try? FileManager.default.removeItem(atPath: file) }
        let environment = [
            "OCF_RESKEY_config": "/nonexistent/guest.xml", "OCF_RESOURCE_INSTANCE": "vm-log", "HA_LOGFILE": file,
            "HA_LOGFACILITY": "none", "OCF_RESKEY_CRM_meta_interval": "0", "HA_debug": "1",
        ]
        let probe = try await run(agent, ["monitor"], environment: environment)
        #expect(probe.status == 7)
        #expect(probe.stderr.isEmpty, "\(probe.stderr)")
        let logged = try String(contentsOfFile: file, encoding: .utf8)
        #expect(logged.contains("VirtualDomain(vm-log)["), "\(logged)")
        let plain = try await run(agent, ["monitor"], environment: environment.filter { $0.key != "HA_LOGFILE" })
        #expect(plain.stderr.contains("not running"), "neither file nor facility: stderr")
    }

    @Test func sameParametersAsTheStockAgent() async throws {
        let stock = try await run(
            "/usr/lib/ocf/resource.d/heartbeat/VirtualDomain", ["meta-data"], environment: ["OCF_ROOT": "/usr/lib/ocf"])
        #expect(stock.status == 0)
        let ours = try await run(agent, ["meta-data"], environment: [:])
        #expect(parameterNames(ours.stdout) == parameterNames(stock.stdout))
        #expect(parameterNames(ours.stdout).count >= 27)
    }

    @Test func usageAndUnknownActions() async throws {
        #expect(try await run(agent, ["usage"], environment: [:]).status == 0)
        #expect(try await run(agent, [], environment: [:]).status == 3)
        #expect(try await run(agent, ["frobnicate"], environment: [:]).status == 3)
    }

    @Test func validateAllWithoutConfigIsNotConfigured() async throws {
        let result = try await run(agent, ["validate-all"], environment: [:])
        #expect(result.status == 6)
        #expect(result.stderr.contains("ocf-exit-reason:required parameter 'config' is not set"))
    }

    @Test func garbageParameterGetsAClearReason() async throws {
        let result = try await run(
            agent, ["validate-all"],
            environment: ["OCF_RESKEY_config": "/etc/x.xml", "OCF_RESKEY_migration_speed": "fast\n$(reboot)"])
        #expect(result.status == 6)
        let reason = result.stderr.split(separator: "\n").last { $0.hasPrefix("ocf-exit-reason:") } ?? ""
        #expect(reason.contains("migration_speed") && reason.contains("\\xa"))
    }

    /// A FIFO (or a hung NFS path) as the config ends validate-all inside its timeout with a reason.
    @Test func aFIFOConfigEndsInsideTheTimeout() async throws {
        let fifo = FileManager.default.temporaryDirectory.appendingPathComponent("kvmha-fifo-\(UUID().uuidString)").path
        #expect(mkfifo(fifo, 0o600) == 0)
        defer { try? FileManager.default.removeItem(atPath: fifo) }
        let started = ContinuousClock.now
        let result = try await run(
            agent, ["validate-all"], environment: ["OCF_RESKEY_config": fifo, "OCF_RESKEY_CRM_meta_timeout": "5000"],
            timeout: .seconds(20))
        #expect(ContinuousClock.now - started < .seconds(5))
        #expect(result.status == 5 && result.stderr.contains("not a regular file"), "\(result.status) \(result.stderr)")
    }

    func parameterNames(_ xml: String) -> [String] {
        let pattern = try! Regex(#"<parameter name="([^"]+)""#)
        return xml.matches(of: pattern).compactMap { $0.output[1].substring.map(String.init) }.sorted()
    }
}

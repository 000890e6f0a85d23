import Foundation
import KVMHATestSupport
import Testing

/// The stock fence_ipmilan and kvmha's fence_ipmi, given the same options, against the lab's two BMCs
/// for the same host: one with the lab's ipmi_sim configuration, one with ipmi_sim's defaults and no
/// workaround set anywhere. Each action starts both agents from the same chassis state; they must end
/// with the same exit code and the same chassis state. Serialized: both BMCs power one host.
@Suite(.serialized) struct FenceSideBySideTests {
    static let stock = "/usr/sbin/fence_ipmilan"
    static let kvmha = Installed.fenceIPMI

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        /// Options as fence_ipmilan names them (old or new), or as argv when `argv` is set.
        let options: [(String, String)]
        let argv: [String]?
        let actions: [String]

        init(_ name: String, _ options: [(String, String)], argv: [String]? = nil, actions: [String]) {
            self.name = name
            self.options = options
            self.argv = argv
            self.actions = actions
        }

        var testDescription: String { name }
    }

    /// {USER}, {PASSWORD}, {PORT}, {PWFILE} are filled in per BMC.
    static let cases: [Case] = [
        Case(
            "IPMI 2.0, cipher 3, new names",
            [("ip", "127.0.0.1"), ("username", "{USER}"), ("password", "{PASSWORD}")]
                + [("lanplus", "1"), ("cipher", "3")], actions: ["status", "off", "on", "reboot"]),
        Case(
            "IPMI 2.0, cipher 3, old names",
            [("ipaddr", "127.0.0.1"), ("login", "{USER}"), ("passwd", "{PASSWORD}")]
                + [("lanplus", "1"), ("cipher", "3")], actions: ["status", "off", "on"]),
        Case(
            "IPMI 2.0 without cipher",
            [("ip", "127.0.0.1"), ("username", "{USER}"), ("password", "{PASSWORD}")]
                + [("lanplus", "1")], actions: ["status"]),
        Case(
            "IPMI 2.0, operator",
            [("ip", "127.0.0.1"), ("username", "operator"), ("password", "{PASSWORD}")]
                + [("lanplus", "1"), ("cipher", "3"), ("privlvl", "operator")], actions: ["status", "off", "on"]),
        Case(
            "IPMI 2.0, administrator, passwd_script",
            [("ip", "127.0.0.1"), ("username", "{USER}"), ("passwd_script", "/bin/cat {PWFILE}")]
                + [("lanplus", "1"), ("cipher", "3"), ("privlvl", "administrator")], actions: ["status", "reboot"]),
        Case(
            "IPMI 2.0, cipher 17",
            [("ip", "127.0.0.1"), ("username", "{USER}"), ("password", "{PASSWORD}")]
                + [("lanplus", "1"), ("cipher", "17")], actions: ["status"]),
        Case(
            "IPMI 1.5, md5",
            [("ip", "127.0.0.1"), ("username", "{USER}"), ("password", "{PASSWORD}")]
                + [("lanplus", "0"), ("auth", "md5")], actions: ["status", "off", "on"]),
        Case(
            "IPMI 1.5, no auth given", [("ip", "127.0.0.1"), ("username", "{USER}"), ("password", "{PASSWORD}")],
            actions: ["status"]),
        Case(
            "IPMI 2.0, wrong password",
            [("ip", "127.0.0.1"), ("username", "{USER}"), ("password", "not-it")]
                + [("lanplus", "1"), ("cipher", "3")], actions: ["status", "off"]),
        Case(
            "argv: -a -u -l -p -P -C 3", [],
            argv: ["-a", "127.0.0.1", "-u", "{PORT}", "-l", "{USER}", "-p", "{PASSWORD}"]
                + ["-P", "-C", "3"], actions: ["status", "reboot"]),
    ]

    struct BMC {
        let name: String
        let port: String
    }

    func bmcs(_ lab: Lab) throws -> [BMC] {
        [
            BMC(name: "the lab's ipmi_sim", port: try lab.require("KVMHA_LAB_BMC_PORT")),
            BMC(name: "ipmi_sim's defaults", port: try lab.require("KVMHA_LAB_BMC_DEFAULTS_PORT")),
        ]
    }

    /// The host's power through the BMC's own chassis hook, not through either agent.
    func chassis(_ arguments: [String]) async throws -> String {
        try await run(LabControl.repository + "/lab/bmc/chassis", ["0x20"] + arguments, timeout: .seconds(30)).stdout
    }

    func power() async throws -> String {
        try await chassis(["get", "power"]).contains("power:1") ? "on" : "off"
    }

    func setPower(_ state: String) async throws {
        _ = try await chassis(["set", "power", state == "on" ? "1" : "0"])
        #expect(try await power() == state, "the chassis hook did not reach \(state)")
    }

    /// The state each action starts from: the one it changes.
    static func startState(_ action: String) -> String { action == "on" ? "off" : "on" }

    func fill(_ text: String, _ lab: Lab, _ bmc: BMC) throws -> String {
        text.replacingOccurrences(of: "{USER}", with: try lab.require("KVMHA_LAB_BMC_USER"))
            .replacingOccurrences(of: "{PASSWORD}", with: try lab.bmcPassword())
            .replacingOccurrences(of: "{PORT}", with: bmc.port)
            .replacingOccurrences(of: "{PWFILE}", with: try lab.require("KVMHA_LAB_BMC_PASSWORD_FILE"))
    }

    func invoke(_ agent: String, _ testCase: Case, _ action: String, _ lab: Lab, _ bmc: BMC) async throws -> RunResult {
        if let argv = testCase.argv {
            return try await run(
                agent, try argv.map { try fill($0, lab, bmc) } + ["-o", action], timeout: .seconds(60))
        }
        var lines = try testCase.options.map { "\($0.0)=\(try fill($0.1, lab, bmc))" }
        lines += ["ipport=\(bmc.port)", "action=\(action)", "nodename=kvmha-bmc-host"]
        return try await run(agent, stdin: lines.joined(separator: "\n") + "\n", timeout: .seconds(60))
    }

    @Test(arguments: cases) func sameOutcomeOnBothBMCs(_ testCase: Case) async throws {
        let lab = try Lab.current()
        for bmc in try bmcs(lab) {
            for action in testCase.actions {
                var outcomes: [(status: Int32, power: String, stderr: String)] = []
                for agent in [Self.stock, Self.kvmha] {
                    try await setPower(Self.startState(action))
                    let result = try await invoke(agent, testCase, action, lab, bmc)
                    outcomes.append((result.status, try await power(), result.stderr))
                    #expect(!result.stderr.contains(try lab.bmcPassword()) || testCase.argv != nil)
                }
                let (stock, ours) = (outcomes[0], outcomes[1])
                #expect(
                    stock.status == ours.status && stock.power == ours.power,
                    """
                    \(bmc.name), \(action): fence_ipmilan exit \(stock.status) power \(stock.power), \
                    fence_ipmi exit \(ours.status) power \(ours.power)
                    fence_ipmi said: \(ours.stderr.suffix(400))
                    fence_ipmilan said: \(stock.stderr.suffix(400))
                    """)
            }
        }
        try await setPower("on")
    }

    /// The two BMCs differ where it matters: ipmi_sim as it comes refuses IPMI 1.5 and needs the
    /// privilege named in Open Session, so a pass above is not two runs against the same thing.
    @Test func theBMCsReallyDiffer() async throws {
        let lab = try Lab.current()
        let v15 = Self.cases.first { $0.name == "IPMI 1.5, md5" }!
        let bmcs = try bmcs(lab)
        let onLab = try await invoke(Self.kvmha, v15, "status", lab, bmcs[0])
        let onDefaults = try await invoke(Self.kvmha, v15, "status", lab, bmcs[1])
        #expect(onLab.status == 0 && onDefaults.status == 1, "\(onLab.stderr) \(onDefaults.stderr)")
    }

    /// `pcs stonith describe --full` shows the old names as deprecated, for both agents alike.
    @Test func pcsDescribesTheDeprecatedNames() async throws {
        for agent in ["fence_ipmilan", "fence_ipmi"] {
            let described = try await run(
                "/usr/sbin/pcs", ["stonith", "describe", "--full", agent], timeout: .seconds(60))
            #expect(described.status == 0, "\(described.stderr)")
            for (old, new) in [("ipaddr", "ip"), ("login", "username"), ("passwd", "password"), ("port", "plug")] {
                #expect(described.stdout.contains("\(old) (deprecated by \(new))"), "\(agent): \(old)")
            }
        }
    }

    /// pcs accepts each option set for both agents into a CIB file, with the same warnings.
    @Test(arguments: cases.filter { $0.argv == nil }) func pcsAcceptsTheSameConfiguration(_ testCase: Case) async throws
    {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kvmha-pcs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let cib = directory.appendingPathComponent("cib.xml").path
        let empty = try await run("/usr/sbin/cibadmin", ["--empty"])
        try empty.stdout.write(toFile: cib, atomically: true, encoding: .utf8)
        var warnings: [String] = []
        for agent in ["fence_ipmilan", "fence_ipmi"] {
            let options = testCase.options.map {
                "\($0.0)=\($0.1.replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: ""))"
            }
            let create = try await run(
                "/usr/sbin/pcs",
                ["-f", cib, "stonith", "create", "f-\(agent)", agent] + options + ["ipport=623", "pcmk_host_list=n1"],
                timeout: .seconds(60))
            #expect(create.status == 0, "\(agent): \(create.stderr)")
            warnings.append(
                create.stderr.split(separator: "\n").filter { $0.contains("deprecated") }.joined(separator: "\n"))
        }
        #expect(warnings[0] == warnings[1])
        let stored = try String(contentsOfFile: cib, encoding: .utf8)
        #expect(stored.contains("type=\"fence_ipmi\"") && stored.contains("type=\"fence_ipmilan\""))
    }
}

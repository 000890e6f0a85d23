import KVMHACore

/// What `check-fencing` looks at: sbd's settings, its devices as the system shows them, and the
/// cluster options Pacemaker fences by. Gathered once, then judged by FencingRules (a pure function).
struct FencingFacts: Sendable {
    enum Disk: Equatable, Sendable {
        case missing, notBlockDevice
        /// `sbd dump` failed: no header, or the device cannot be read; sbd's own words.
        case unreadable(String)
        case header(SbdHeader)
    }

    var sbdFile: String?
    var sbd: SbdSettings?
    var watchdogDevice: Files.Kind = .missing
    var disks: [(path: String, state: Disk)] = []
    /// Pacemaker's options in milliseconds; nil when unset (stonith-timeout's default is 60 s).
    var stonithWatchdogTimeout: Int?
    var stonithTimeout: Int?
    var haveWatchdog: Bool?
    var nodes: Int?
    /// Pacemaker's CLIs that could not be asked (no cluster running here): said, the rest still judged.
    var unasked: [String] = []

    static let sbdProgram = "/usr/sbin/sbd"
    static let crmAttribute = "/usr/sbin/crm_attribute"
    static let crmNode = "/usr/sbin/crm_node"

    /// Reads everything within `deadline` (each CLI call is bounded by it).
    static func gather(sbdFile given: String?, deadline: Deadline) -> FencingFacts {
        var facts = FencingFacts()
        let file = given ?? SbdSettings.paths.first(where: Files.exists)
        facts.sbdFile = file
        if let file, let text = try? Files.readText(file, limit: 64 << 10) {
            let sbd = SbdSettings.parse(text)
            facts.sbd = sbd
            facts.watchdogDevice = Files.kind(of: sbd.watchdogDevice)
            for device in sbd.devices {
                facts.disks.append((device, disk(device, deadline: deadline)))
            }
        }
        let watchdogTimeout = option("stonith-watchdog-timeout", &facts, deadline)
        let stonithTimeout = option("stonith-timeout", &facts, deadline)
        let haveWatchdog = option("have-watchdog", &facts, deadline)
        facts.stonithWatchdogTimeout = watchdogTimeout.flatMap(PacemakerDuration.milliseconds)
        facts.stonithTimeout = stonithTimeout.flatMap(PacemakerDuration.milliseconds)
        facts.haveWatchdog = haveWatchdog.map { $0 == "true" }
        if let listed = try? ChildProcess.run(crmNode, ["-l"], deadline: deadline), listed.succeeded {
            facts.nodes = listed.standardOutput.split(separator: "\n").count
        } else {
            facts.unasked.append("crm_node -l")
        }
        return facts
    }

    static func disk(_ path: String, deadline: Deadline) -> Disk {
        switch Files.kind(of: path) {
        case .missing: return .missing
        case .blockDevice: break
        default: return .notBlockDevice
        }
        do {
            let dump = try ChildProcess.run(sbdProgram, ["-d", path, "dump"], deadline: deadline)
            if dump.succeeded, let header = SbdHeader.parse(dump: dump.standardOutput) { return .header(header) }
            let said = dump.output.split(separator: "\n").last.map(String.init) ?? "exit status \(dump.exitCode ?? -1)"
            return .unreadable(said)
        } catch {
            return .unreadable(error.description)
        }
    }

    /// A crm_config option's value; nil when unset. A CLI that cannot run is noted in `unasked`.
    static func option(_ name: String, _ facts: inout FencingFacts, _ deadline: Deadline) -> String? {
        let arguments = ["--type", "crm_config", "--name", name, "--query", "--quiet"]
        guard let result = try? ChildProcess.run(crmAttribute, arguments, deadline: deadline) else {
            facts.unasked.append("crm_attribute --name \(name)")
            return nil
        }
        // Exit 105 (no such object): the option is not set.
        guard result.succeeded else {
            if result.exitCode != 105 { facts.unasked.append("crm_attribute --name \(name)") }
            return nil
        }
        let value = result.standardOutput.split(separator: "\n").first.map(String.init) ?? ""
        return value.isEmpty ? nil : value
    }
}

import Foundation
import KVMHACore
import KVMHATestSupport
import Testing

@testable import CPGMonitor

/// lab/facts.env, which the lab's bash and the runner's Python read, says what the Swift constants
/// owning each fact say: a path renamed on one side fails here.
@Test func theFactsFileIsTheSwiftConstants() throws {
    let text = try String(contentsOfFile: LabControl.repository + "/lab/facts.env", encoding: .utf8)
    var facts: [String: String] = [:]
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
        guard let equals = line.firstIndex(of: "=") else { continue }
        facts[String(line[..<equals])] = String(line[line.index(after: equals)...])
    }
    let defaults = MonitorParameters.table
    let owned: [String: String?] = [
        "KVMHA_RECORD_DIR": RecordStore.defaultDirectory,
        "KVMHA_STATUS_FILE": defaults["status_file"]?.defaultValue,
        "KVMHA_EVENTS_FILE": EventLog.defaultPath,
        "KVMHA_DAEMON_LOG": defaults["log_file"]?.defaultValue,
        "KVMHA_HEALTH_ATTRIBUTE": ClusterReporter.healthAttribute,
        "KVMHA_PACKAGE": Installed.package,
        "KVMHA_DAEMON": Installed.daemon,
        "KVMHA_FENCE_IPMI": Installed.fenceIPMI,
        "KVMHA_FENCE_ATCA": Installed.fenceATCA,
        "KVMHA_OCF_VIRTUALDOMAIN": Installed.virtualDomain,
        "KVMHA_OCF_CPGMONITOR": Installed.cpgMonitor,
        "KVMHA_LAB_STATE_DEFAULT": Lab.defaultState,
    ]
    #expect(Set(facts.keys) == Set(owned.keys))
    for (key, value) in owned { #expect(facts[key] == value, "\(key)") }
    // The daemon's own default for its binary is the package's path too.
    #expect(defaults["daemon"]?.defaultValue == Installed.daemon)
}

/// The scenarios the cluster tests run are scenarios the runner has (bench/lib/scenarios.py): a
/// renamed one fails here, not as "unknown scenario" half an hour into CI.
@Test func theClusterTestsScenariosAreTheRunners() throws {
    let runner = try String(contentsOfFile: LabControl.repository + "/bench/lib/scenarios.py", encoding: .utf8)
    let known = Set(
        runner.split(separator: "\n").compactMap { line -> String? in
            let text = line.trimmingCharacters(in: .whitespaces)
            guard text.hasPrefix("\""), text.contains("\": (sc_") else { return nil }
            return String(text.dropFirst().prefix { $0 != "\"" })
        })
    #expect(known.count >= 15, "\(known)")
    var asked: Set<String> = []
    for file in ["ClusterFaultTests", "ClusterLoadTests"] {
        let text = try String(
            contentsOfFile: LabControl.repository + "/Tests/ClusterLabTests/\(file).swift", encoding: .utf8)
        // The names in `static let scenarios = [...]` and in `scenarios: [...]`.
        for range in text.ranges(of: "scenarios") {
            guard let open = text[range.upperBound...].firstIndex(of: "["),
                text[range.upperBound..<open].allSatisfy({ " =:".contains($0) }),
                let close = text[open...].firstIndex(of: "]")
            else { continue }
            let quoted = text[open..<close].split(separator: "\"", omittingEmptySubsequences: false)
            asked.formUnion(quoted.enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) })
        }
    }
    #expect(asked.count >= 10, "\(asked)")
    #expect(asked.subtracting(known).isEmpty, "not in the runner: \(asked.subtracting(known))")
}

/// Every path the tests and the lab take as installed is one the package installs (debian/kvmha.install
/// or debian/kvmha.links), and the daemon's own paths are the ones its man page, its unit and
/// logrotate name.
@Test func theInstalledPathsAreThePackages() throws {
    let top = LabControl.repository
    var installed: Set<String> = []
    for line in try String(contentsOfFile: top + "/debian/kvmha.install", encoding: .utf8).split(separator: "\n") {
        let fields = line.split(separator: " ")
        guard fields.count == 2, !line.hasPrefix("#") else { continue }
        let source = String(fields[0])
        let names: [String]
        if source.hasSuffix("/*") {
            let directory = top + "/" + source.dropLast(2)
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } else {
            names = [String(source.split(separator: "/").last ?? "")]
        }
        for name in names { installed.insert("/\(fields[1])/\(name)") }
    }
    for line in try String(contentsOfFile: top + "/debian/kvmha.links", encoding: .utf8).split(separator: "\n") {
        let fields = line.split(separator: " ")
        guard fields.count == 2, !line.hasPrefix("#") else { continue }
        installed.insert("/\(fields[1])")
    }
    for path in Installed.all { #expect(installed.contains(path), "\(path) is not installed by the package") }

    let page = ManualPage.text
    let daemonPaths = [
        MonitorParameters.table[MonitorKeys.statusFile.name]?.defaultValue, EventLog.defaultPath,
        HeartbeatKey.defaultPath,
        RecordStore.defaultDirectory + "/", MonitorParameters.table[MonitorKeys.logFile.name]?.defaultValue,
        "/run/kvmha/cpgmonitor.lock", "/etc/default/kvmha-cpgmonitor",
    ]
    for path in daemonPaths.compactMap({ $0 }) {
        #expect(page.contains(path.replacing("-", with: "\\-")), "\(path) is not in kvmha-cpgmonitor(8)'s FILES")
    }
    let settings = try DaemonSettings(
        ParameterValues(table: MonitorParameters.table), nodeName: "n1")
    #expect(settings.lockFile == "/run/kvmha/cpgmonitor.lock")
    let unit = try String(contentsOfFile: top + "/dist/systemd/kvmha-cpgmonitor.service", encoding: .utf8)
    #expect(unit.contains("EnvironmentFile=-/etc/default/kvmha-cpgmonitor"))
    #expect(unit.contains("ExecStart=\(Installed.daemon) run"))
    #expect(installed.contains("/etc/default/kvmha-cpgmonitor"))
    let logrotate = try String(contentsOfFile: top + "/dist/logrotate/kvmha-cpgmonitor", encoding: .utf8)
    #expect(logrotate.contains((MonitorParameters.table[MonitorKeys.logFile.name]?.defaultValue ?? "?") + " {"))
}

import Foundation
import KVMHATestSupport
import Testing

/// The three-node lab cluster's CI set: each fault class once on the kvmha stack, injected and
/// measured by bench/cluster-scenarios (one run, one cluster configuration), whose per-trial safety
/// checks are asserted here: never two copies of a guest, no fencing without quorum, nothing left
/// failed, and the recovery the fault calls for.
@Suite(.serialized) struct ClusterFaultTests {
    static let scenarios = [
        "guest-kill", "guest-hang", "libvirtd-stop", "daemon-kill", "power-off", "partition", "bmc-down",
        "double-start", "migrate",
    ]
    /// One run for all the cases, started by the first of them.
    static let outcome = Task { await ScenarioRun.execute(stack: "kvmha", scenarios: scenarios) }

    @Test(arguments: scenarios) func recoversSafely(_ scenario: String) async throws {
        let results = try await Self.outcome.value.get()
        let result = try #require(results[scenario], "no result for \(scenario)")
        #expect(result.violations.isEmpty, "\(scenario): \(result.violations)")
        #expect(result.recoveredOK, "\(scenario) did not recover: \(result.timeline)")
        let recovered = try #require(result.recovered, "\(scenario) did not recover: \(result.timeline)")
        switch scenario {
        case "migrate":  // an operator's move, no fault to detect: no daemon may call it one
            #expect(recovered < 10_000, "\(recovered) ms")
            #expect(result.detected == nil, "the move was reported: \(result.detectedBy)")
            return
        default:
            break
        }
        let detected = try #require(result.detected, "\(scenario) was not detected: \(result.timeline)")
        switch scenario {
        case "guest-kill":
            #expect(result.detectedBy.hasPrefix("kvmha-cpgmonitor"), "\(result.detectedBy)")
            #expect(detected < 1000 && recovered < 5000, "\(detected) / \(recovered) ms")
        case "daemon-kill":
            #expect(result.detectedBy.hasPrefix("kvmha-cpgmonitor"), "\(result.detectedBy)")
            #expect(detected < 1000 && recovered < 5000, "\(detected) / \(recovered) ms")
        case "double-start":  // heartbeats between Corosync-named nodes carry the accusation
            #expect(
                result.detectedBy.hasPrefix("kvmha-cpgmonitor") && result.detectedBy.contains("double run"),
                "\(result.detectedBy)")
            #expect(recovered < 60_000, "\(recovered) ms")
        case "bmc-down":
            // Safety over availability: nothing of the failed node restarts while its BMC is silent.
            #expect(recovered > 15_000, "recovered after \(recovered) ms, while the BMC was down")
        default:
            #expect(recovered < 60_000, "\(recovered) ms")
        }
    }
}

/// One trial's verdict, as bench/cluster-scenarios writes it in results.json.
struct ScenarioResult: Sendable {
    let detected: Int?
    let detectedBy: String
    let recovered: Int?
    let recoveredOK: Bool
    let violations: [String]
    let timeline: String
}

enum ScenarioRun {
    struct Failed: Error, CustomStringConvertible { let description: String }

    /// Runs the scenario runner once (it brings the cluster up if it is not) and reads its results;
    /// the whole run is bounded (each of its own steps is too).
    static func execute(stack: String, scenarios: [String]) async -> Result<[String: ScenarioResult], Failed> {
        let top = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("kvmha-cluster-\(getpid())")
        let runner: RunResult
        do {
            runner = try await run(
                top.appendingPathComponent("bench/cluster-scenarios").path,
                ["--stacks", stack, "--scenarios", scenarios.joined(separator: ","), "-n", "1", "--out", out.path],
                timeout: .seconds(1800))
        } catch {
            return .failure(Failed(description: "bench/cluster-scenarios: \(error)"))
        }
        print(runner.stdout)
        guard let data = try? Data(contentsOf: out.appendingPathComponent("results.json")),
            let list = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]
        else {
            return .failure(
                Failed(description: "bench/cluster-scenarios exited \(runner.status) without results: \(runner.stderr)")
            )
        }
        var results: [String: ScenarioResult] = [:]
        for entry in list {
            guard let name = entry["scenario"] as? String else { continue }
            results[name] = ScenarioResult(
                detected: entry["detected"] as? Int, detectedBy: entry["detected_by"] as? String ?? "",
                recovered: entry["recovered"] as? Int, recoveredOK: entry["recovered_ok"] as? Bool ?? false,
                violations: entry["violations"] as? [String] ?? [],
                timeline: out.appendingPathComponent(entry["timeline"] as? String ?? "").path)
        }
        return .success(results)
    }
}

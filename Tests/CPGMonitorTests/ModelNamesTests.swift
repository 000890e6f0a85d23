import Corosync
import Foundation
import KVMHACore
import KVMHATestSupport
import Libvirt
import Testing

@testable import CPGMonitor

/// model/kvmha.pml and the Swift code name the same things: intents, failure kinds, the STOPPED
/// details that are no failure, the CPG reasons the daemon acts upon. A rename on one side fails here.
@Suite(.ownThread) struct ModelNamesTests {
    let model: String

    init() throws {
        model = try String(contentsOfFile: LabControl.repository + "/model/kvmha.pml", encoding: .utf8)
    }

    /// The names of `mtype:<type> = { a, b, … };`, in order.
    func names(_ type: String) throws -> [String] {
        let start = try #require(model.range(of: "mtype:\(type) = {"), "no mtype:\(type) in the model")
        let end = try #require(model[start.upperBound...].firstIndex(of: "}"))
        return model[start.upperBound..<end].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    func promela(_ swiftName: String) -> String { swiftName.replacingOccurrences(of: "-", with: "_") }

    @Test func intentsAreTheRecordsIntents() throws {
        #expect(try names("intent") == DomainIntent.allCases.map { promela($0.rawValue) })
    }

    @Test func failureKindsAreTheDaemonsFailures() throws {
        let events = try names("event")
        let count = try #require(
            model.range(of: "#define FAILURE_KINDS ").flatMap { Int(model[$0.upperBound...].prefix { $0.isNumber }) })
        #expect(Array(events.prefix(count)) == GuestFailure.allCases.map { promela($0.rawValue) })
        // The others are STOPPED details, and the daemon's rule takes none of them for a failure.
        for name in events.dropFirst(count) {
            let detail = [StoppedDetail.shutdown, .destroyed, .crashed, .migrated, .saved, .failed, .fromSnapshot]
                .first { "\($0)" == name }
            let known = try #require(detail, "\(name) is no StoppedDetail")
            #expect(GuestFailure(.lifecycle(.stopped, detail: known.rawValue)) == nil, "\(name) is a failure in Swift")
        }
    }

    @Test func reasonsAreCPGReasons() throws {
        let reasons: [CPGReason] = [.leave, .processDown, .nodeDown]
        #expect(try names("reason") == reasons.map { "\($0)" })
    }
}

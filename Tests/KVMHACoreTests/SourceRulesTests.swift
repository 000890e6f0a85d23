import Foundation
import KVMHATestSupport
import Testing

/// Rules of the tree the compiler cannot state, checked over Sources/ so a change that breaks one
/// fails in review's test run, not in the next reader's head.
@Suite struct SourceRulesTests {
    /// Every Swift file under Sources/, by its path from the repository root.
    static func sources() throws -> [(path: String, text: String)] {
        let root = LabControl.repository + "/Sources"
        let files = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        return try files.filter { $0.hasSuffix(".swift") }.sorted().map {
            ("Sources/" + $0, try String(contentsOfFile: root + "/" + $0, encoding: .utf8))
        }
    }

    /// Parameters are read through their typed keys (`values[Keys.x]`); reading by name stays inside
    /// KVMHACore's Parameters/, where the table's own parsing lives.
    @Test func parametersAreReadByKeyOutsideTheirFolder() throws {
        let offenders = try Self.sources().filter {
            !$0.path.hasPrefix("Sources/KVMHACore/Parameters/") && $0.text.contains("values[\"")
        }
        #expect(offenders.isEmpty, "read by name: \(offenders.map(\.path))")
    }

    /// A bounded call's failure is typed (`BoundedFailure`): it is switched on, never cast. No
    /// `catch let … as` within a few lines after `Bounded.call`/`take`.
    @Test func boundedCallsAreNotCaughtByCast() throws {
        var offenders: [String] = []
        for (path, text) in try Self.sources() {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated()
            where line.contains("Bounded.call(") || line.contains("Bounded.take(") {
                let after = lines[index..<min(lines.count, index + 10)]
                if after.contains(where: { $0.contains("catch let") && $0.contains(" as ") }) {
                    offenders.append("\(path):\(index + 1)")
                }
            }
        }
        #expect(offenders.isEmpty, "cast after a bounded call: \(offenders)")
    }
}

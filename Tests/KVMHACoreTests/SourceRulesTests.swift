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
}

import Foundation
import KVMHACore
import KVMHATestSupport
import Testing

/// The version the binaries report is the package's: debian/changelog's newest entry.
@Test func theChangelogNamesTheBinariesVersion() throws {
    let changelog = try String(contentsOfFile: LabControl.repository + "/debian/changelog", encoding: .utf8)
    let first = try #require(changelog.split(separator: "\n").first)
    #expect(first.hasPrefix("kvmha (\(KVMHAVersion.current)) "), "\(first)")
}

/// Pacemaker's version as `crm_resource --version` prints it ("Pacemaker 2.1.5" on its first line),
/// and what a report must allow for in it.
struct PacemakerVersion: Comparable, Sendable, CustomStringConvertible {
    let parts: [Int]

    init(_ parts: [Int]) { self.parts = parts }

    /// Nil when the first line is not "Pacemaker X.Y.Z…" (a suffix such as "-rc1" or "+git" is ignored).
    init?(versionOutput: String) {
        guard let first = versionOutput.split(separator: "\n").first else { return nil }
        let words = first.split(separator: " ")
        guard words.count >= 2, words[0] == "Pacemaker" else { return nil }
        let numbers = words[1].prefix { $0.isNumber || $0 == "." }.split(separator: ".").compactMap { Int($0) }
        guard numbers.count >= 2 else { return nil }
        parts = numbers
    }

    var description: String { parts.map(String.init).joined(separator: ".") }

    static func < (lhs: Self, rhs: Self) -> Bool {
        for index in 0..<max(lhs.parts.count, rhs.parts.count) {
            let (left, right) = (lhs.part(index), rhs.part(index))
            if left != right { return left < right }
        }
        return false
    }

    static func == (lhs: Self, rhs: Self) -> Bool { !(lhs < rhs) && !(rhs < lhs) }

    private func part(_ index: Int) -> Int { index < parts.count ? parts[index] : 0 }

    /// Before 2.1.6 the controller counted a failure given by `crm_resource --fail` once for each of
    /// the two status records it changes (the last result and the last failure), so one reported
    /// crash usually added two to the fail-count that migration-threshold is compared with
    /// (ClusterLabs/pacemaker#2947, fixed in 2.1.6; Debian 12 ships 2.1.5).
    var countsReportedFailuresTwice: Bool { self < PacemakerVersion([2, 1, 6]) }
}

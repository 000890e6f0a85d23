import SystemPackage

/// The directory of domain records, one file per resource, written atomically.
public struct RecordStore: Sendable {
    public static let defaultDirectory = "/run/kvmha/domains"
    public let directory: String

    public init(directory: String = RecordStore.defaultDirectory) {
        self.directory = directory
    }

    /// Resource names may contain anything Pacemaker allows; the file name keeps only safe characters
    /// plus a hash, so two names never share a file and no name escapes the directory.
    public func path(for resource: String) -> String { directory + "/" + Self.fileName(for: resource) }

    public static func fileName(for resource: String) -> String {
        let safe = String(
            resource.unicodeScalars.map { scalar -> Character in
                let allowed =
                    (scalar.value < 0x80)
                    && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                        || "-_.:".unicodeScalars.contains(scalar))
                return allowed ? Character(scalar) : "_"
            }.prefix(64))
        // Never a leading dot: that is the temporary files' mark (Files.temporaryPrefix).
        return (safe.hasPrefix(".") ? "_" + safe.dropFirst() : safe) + "." + hash(resource)
    }

    public func load(_ resource: String) -> DomainRecord? {
        guard let text = try? Files.readText(path(for: resource), limit: 64 * 1024) else { return nil }
        return DomainRecord(decoding: text)
    }

    public func save(_ record: DomainRecord) throws(FileError) {
        try Files.makeDirectories(directory)
        try Files.writeAtomically(
            path(for: record.resource), record.encoded, mode: [.ownerReadWrite, .groupRead, .otherRead])
    }

    public func remove(_ resource: String) { Files.remove(path(for: resource)) }

    /// A record's file name ends in its hash: no record's file ends in this.
    public static let reportedSuffix = ".reported"

    public func reportedPath(for resource: String) -> String { path(for: resource) + Self.reportedSuffix }

    public func saveReported(_ note: ReportedFailure) throws(FileError) {
        try Files.makeDirectories(directory)
        try Files.writeAtomically(
            reportedPath(for: note.resource), note.encoded, mode: [.ownerReadWrite, .groupRead, .otherRead])
    }

    /// The daemon's note for `resource`, nil when there is none or it is not about that resource.
    public func reported(_ resource: String) -> ReportedFailure? {
        guard let text = try? Files.readText(reportedPath(for: resource), limit: 4096),
            let note = ReportedFailure(decoding: text), note.resource == resource
        else { return nil }
        return note
    }

    public func removeReported(_ resource: String) { Files.remove(reportedPath(for: resource)) }

    public func all() -> [DomainRecord] {
        Files.list(directory).filter { !$0.hasPrefix(Files.temporaryPrefix) && !$0.hasSuffix(Self.reportedSuffix) }
            .compactMap { name in
                (try? Files.readText(directory + "/" + name, limit: 64 * 1024)).flatMap(DomainRecord.init(decoding:))
            }
    }

    /// FNV-1a, 64 bit, in hex: stable across runs and builds (Swift's Hasher is seeded per process).
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        return String(value, radix: 16)
    }
}

import Foundation
import KVMHACore
import KVMHATestSupport
import Testing

/// Records and files whose names used to collide with the temporary-file scheme, and paths that are
/// not what they seem.
@Suite(.ownThread) struct FileSafetyTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kvmha-files-\(UUID().uuidString)")
        .path

    @Test func aResourceCalledLikeATemporaryFileIsSeen() throws {
        let store = RecordStore(directory: directory)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for resource in ["vm.tmp.1", ".vm", "vm"] {
            try store.save(DomainRecord(resource: resource, domainName: resource, uuid: "", intent: .running))
        }
        #expect(Set(store.all().map(\.resource)) == ["vm.tmp.1", ".vm", "vm"])
        #expect(
            Files.list(directory).allSatisfy { !$0.hasPrefix(".") }, "no temporary file left: \(Files.list(directory))")
    }

    @Test func appendNeverFollowsALink() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let target = directory + "/target"
        try "keep\n".write(toFile: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: directory + "/debug.log", withDestinationPath: target)
        Files.append(directory + "/debug.log", "secret\n")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep\n")
    }

    @Test func aFIFOIsRefusedAtOnce() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let fifo = directory + "/config.xml"
        #expect(mkfifo(fifo, 0o600) == 0)
        let started = ContinuousClock.now
        #expect(throws: FileError(path: fifo, errno: nil, tooLarge: false, notRegular: true)) {
            try Files.readText(fifo)
        }
        #expect(ContinuousClock.now - started < .seconds(1))
    }
}

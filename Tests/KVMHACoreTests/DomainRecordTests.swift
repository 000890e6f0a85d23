import Foundation
import KVMHACore
import KVMHATestSupport
import Testing

/// The records VirtualDomain writes and kvmha-cpgmonitor reads: round trips, hostile names, listing.
@Suite(.ownThread) struct DomainRecordTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kvmha-records-\(UUID().uuidString)")
        .path

    @Test func roundTripWithHostileNames() throws {
        let record = DomainRecord(
            resource: "vm \"1\"\n$(x)/../../etc", domainName: "a\\b\nc=d", uuid: "11111111-2222-3333-4444-555555555555",
            intent: .migratingAway, emulator: ProcessIdentity(pid: 42, startTime: 4242),
            utilization: ["cpu": "2", "host_memory": "32"])
        #expect(DomainRecord(decoding: record.encoded) == record)
        let store = RecordStore(directory: directory)
        try store.save(record)
        #expect(store.load(record.resource) == record)
        #expect(store.path(for: record.resource).hasPrefix(directory + "/"))
        #expect(!store.path(for: record.resource).dropFirst(directory.count + 1).contains("/"))
    }

    @Test func everyRecordIsListedAndRemovable() throws {
        let store = RecordStore(directory: directory)
        for name in ["vm1", "vm2", "VM1"] {
            try store.save(DomainRecord(resource: name, domainName: name, uuid: "u-\(name)", intent: .running))
        }
        #expect(Set(store.all().map(\.resource)) == ["vm1", "vm2", "VM1"])
        store.remove("vm2")
        #expect(Set(store.all().map(\.resource)) == ["vm1", "VM1"])
        #expect(store.load("vm2") == nil)
    }

    @Test func garbageIsNoRecord() {
        #expect(DomainRecord(decoding: "") == nil)
        #expect(DomainRecord(decoding: "resource=x\ndomain=y\nuuid=z\nintent=sleeping\n") == nil)
    }
}

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

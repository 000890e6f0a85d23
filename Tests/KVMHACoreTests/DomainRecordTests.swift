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

import Foundation
import KVMHACore
import KVMHATestSupport
import Libvirt
import Logging
import Synchronization
import Testing

@testable import OCFVirtualDomain

/// Hostile configs cost linear time.
@Suite(.ownThread) struct DomainConfigScaleTests {
    @Test func manySourcesAreLinear() throws {
        let sources = (0..<150_000).map { "<disk type='file'><source file='/images/disk\($0).qcow2'/></disk>" }
        let xml = "<domain type='qemu'><name>big</name><devices>" + sources.joined() + "</devices></domain>"
        let started = ContinuousClock.now
        let values = DomainConfig.attributeValues(xml, element: "source", attribute: "file")
        #expect(values.count == 150_000)
        #expect(ContinuousClock.now - started < .seconds(10), "\(ContinuousClock.now - started)")
    }
}

import KVMHATestSupport
import Testing

@testable import CPGMonitor

/// Peers' messages are hostile input: a malformed one is refused, never a crash.
@Suite(.ownThread) struct PeerMessageTests {
    let sample = PeerMessage(
        sequence: 7, node: "node-2", resource: "cpgmon",
        domains: ["6c0f9a2e-1111-4000-8000-000000000001": true, "6C0F9A2E-2222-4000-8000-000000000002": false])

    @Test func roundTrip() {
        #expect(PeerMessage(decoding: sample.encoded) == sample)
    }

    @Test(arguments: [
        "", "kvmha-cpgmonitor/2\nseq=1\nnode=a", "kvmha-cpgmonitor/1\nseq=x\nnode=a", "kvmha-cpgmonitor/1\nnode=a",
        "kvmha-cpgmonitor/1\nseq=1\nnode=", "kvmha-cpgmonitor/1\nseq=1\nnode=a\ndomain=not-a-uuid managed",
        "kvmha-cpgmonitor/1\nseq=1\nnode=a\ndomain=6c0f9a2e-1111-4000-8000-000000000001 maybe",
        "kvmha-cpgmonitor/1\nseq=1\nnode=a\u{01}b", "kvmha-cpgmonitor/1\nseq=1\nnode=a\nnoequals",
    ])
    func malformedIsRefused(text: String) {
        #expect(PeerMessage(decoding: Array(text.utf8)) == nil)
    }

    @Test func oversizeAndInvalidUTF8AreRefused() {
        #expect(PeerMessage(decoding: [UInt8](repeating: 0x41, count: PeerMessage.limit + 1)) == nil)
        #expect(PeerMessage(decoding: Array("kvmha-cpgmonitor/1\nseq=1\nnode=".utf8) + [0xff, 0xfe]) == nil)
    }

    /// 100k random and mutated messages: each is decoded or refused, and what decodes re-encodes to
    /// something that decodes the same.
    @Test func fuzz() async throws {
        let base = sample.encoded
        // A thread of its own: 100k rounds on the cooperative pool would starve the child processes
        // that other suites' deadline tests wait for.
        let unstable = try await onOwnThread { () -> [[UInt8]] in
            var generator = SystemRandomNumberGenerator()
            var unstable: [[UInt8]] = []
            for round in 0..<100_000 {
                var bytes: [UInt8]
                if round % 2 == 0 {
                    bytes = base
                    for _ in 0..<Int.random(in: 1...8, using: &generator) {
                        let index = Int.random(in: 0..<bytes.count, using: &generator)
                        switch Int.random(in: 0..<3, using: &generator) {
                        case 0: bytes[index] = UInt8.random(in: 0...255, using: &generator)
                        case 1: bytes.remove(at: index)
                        default: bytes.insert(UInt8.random(in: 0...255, using: &generator), at: index)
                        }
                        if bytes.isEmpty { break }
                    }
                } else {
                    bytes = (0..<Int.random(in: 0...300, using: &generator)).map { _ in
                        UInt8.random(in: 0...255, using: &generator)
                    }
                }
                if let decoded = PeerMessage(decoding: bytes), PeerMessage(decoding: decoded.encoded) != decoded {
                    unstable.append(bytes)
                }
            }
            return unstable
        }
        #expect(unstable.isEmpty, "decoded, re-encoded, decoded differently: \(unstable.prefix(3))")
    }
}

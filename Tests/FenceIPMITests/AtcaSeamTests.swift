import Foundation
import FreeIPMI
import KVMHATestSupport
import Testing

@testable import FenceIPMI

/// Plays an ATCA blade's IPMC at the command seam: what ipmi_sim cannot emulate (Set FRU Activation
/// Policy, activation from M1) is checked here.
final class FakeBlade: IPMICommandChannel {
    var state: HotSwapState = .m1
    var locked = true
    var sent: [(UInt8, UInt8, [UInt8])] = []

    func command(netFn: UInt8, command: UInt8, data: [UInt8], lun: UInt8) throws(IPMIError) -> [UInt8] {
        sent.append((netFn, command, data))
        switch (netFn, command) {
        case (0x04, 0x2D): return [0x00, 0xC0, UInt8(1 << state.rawValue), 0x00]
        case (0x2C, 0x0A):
            locked = data.count >= 4 && data[3] & 1 == 1
            return [0x00]
        case (0x2C, 0x0C):
            if data[2] == 1 {
                guard !locked else { throw .completionCode(netFn: netFn, command: command, code: 0xCC) }
                state = .m4
            } else {
                state = .m1
            }
            return [0x00]
        default: throw .completionCode(netFn: netFn, command: command, code: 0xC1)
        }
    }
}

@Suite(.ownThread) struct AtcaSeamTests {
    @Test func activationClearsTheLockFirst() throws {
        let blade = FakeBlade()
        let device = AtcaBlade(session: blade, sensor: 0)
        #expect(try device.state() == .off)
        try device.request(.on)
        #expect(try device.state() == .on)
        let picmg = blade.sent.filter { $0.0 == 0x2C }.map(\.1)
        #expect(picmg == [0x0A, 0x0C])
        #expect(blade.sent.last { $0.1 == 0x0A }?.2 == [0x00, 0x00, 0x01, 0x00])
    }

    /// A hot-swap sensor that says its reading is unavailable (byte 2, bit 5) is not read as a state.
    @Test func anUnavailableReadingIsNoState() {
        final class Unavailable: IPMICommandChannel {
            func command(netFn: UInt8, command: UInt8, data: [UInt8], lun: UInt8) throws(IPMIError) -> [UInt8] {
                [0x00, 0x20, 0x10, 0x00]  // "M4", but the reading is flagged unavailable
            }
        }
        #expect(throws: FenceError.bmc(.readingUnavailable(sensor: 0))) {
            try AtcaBlade(session: Unavailable(), sensor: 0).state()
        }
    }

    /// Control characters from a host name never reach a log line raw.
    @Test func hostNamesAreEscapedInMessages() {
        #expect(!IPMIError.unreachable(host: "bmc\n\u{1b}[2J").description.contains("\u{1b}"))
        #expect(!IPMIError.invalidHost("a\nb").description.contains("\n"))
    }

    @Test func m7AndTransitionsAreNotOnOrOff() {
        let blade = FakeBlade()
        blade.state = .m7
        #expect(throws: FenceError.self) { try AtcaBlade(session: blade, sensor: 0).state() }
        blade.state = .m6
        #expect(throws: FenceError.transitioning("M6")) { try AtcaBlade(session: blade, sensor: 0).state() }
    }
}

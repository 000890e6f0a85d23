import FreeIPMI
import KVMHACore

/// An ATCA shelf manager: the blades in its front-board slots, each reached by bridging to its IPMC.
struct AtcaShelf {
    /// PICMG 3.0 shelves have at most 16 front-board slots.
    static let slots: ClosedRange<UInt8> = 1...16

    let session: IPMISession
    let sensor: UInt8

    init(session: IPMISession, sensor: UInt8) throws(FenceError) {
        do { _ = try session.picmgProperties() } catch {
            throw .unsupported("\(session.options.host) is not an ATCA shelf manager (Get PICMG Properties: \(error))")
        }
        self.session = session
        self.sensor = sensor
    }

    /// The blade at an IPMB address: every following command is bridged to it.
    func blade(at address: UInt8) throws(FenceError) -> AtcaBlade {
        do { try session.bridge(to: address) } catch { throw .bmc(error) }
        return AtcaBlade(session: session, sensor: sensor)
    }

    struct Entry {
        let slot: UInt8
        let address: UInt8
        /// nil when the blade did not answer its hot-swap sensor.
        let state: HotSwapState?

        /// ON (M4), OFF (M1) or UNKNOWN (between the two, or no answer), as fencing.py's list-status.
        var powerWord: String {
            switch state {
            case .m4: "ON"
            case .m1: "OFF"
            default: "UNKNOWN"
            }
        }
    }

    /// Every slot that has a board (Get Address Info answers) with its hot-swap state; slots not
    /// asked before `deadline` (a shelf that stopped answering) are left out.
    func blades(until deadline: Deadline) -> [Entry] {
        Self.slots.compactMap { slot in
            guard !deadline.hasPassed, let address = try? session.ipmbAddress(site: slot) else { return nil }
            var state: HotSwapState?
            if (try? session.bridge(to: address)) != nil {
                state = try? session.hotSwapState(sensor: sensor)
                try? session.clearBridge()
            }
            return Entry(slot: slot, address: address, state: state)
        }
    }
}

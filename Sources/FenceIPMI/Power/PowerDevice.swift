import FreeIPMI

/// What a fence action drives: a server's chassis, or an ATCA blade through its shelf manager.
protocol PowerDevice {
    func state() throws(FenceError) -> PowerState
    func request(_ wanted: PowerState) throws(FenceError)
    /// A power cycle or cold reset; the device is on again afterwards.
    func cycle() throws(FenceError)
}

/// A server's BMC: Chassis Control and Get Chassis Status.
struct Chassis: PowerDevice {
    let session: IPMISession

    func state() throws(FenceError) -> PowerState {
        do { return try session.chassisPower() } catch { throw .bmc(error) }
    }

    func request(_ wanted: PowerState) throws(FenceError) {
        do { try session.chassisControl(wanted == .on ? .powerUp : .powerDown) } catch { throw .bmc(error) }
    }

    func cycle() throws(FenceError) {
        do { try session.chassisControl(.powerCycle) } catch { throw .bmc(error) }
    }
}

/// An ATCA blade (the session is bridged to its IPMC): on is hot-swap M4, off is M1, M7 is an error.
struct AtcaBlade: PowerDevice {
    let session: any IPMICommandChannel
    let sensor: UInt8

    func state() throws(FenceError) -> PowerState {
        let state: HotSwapState
        do { state = try session.hotSwapState(sensor: sensor) } catch { throw .bmc(error) }
        switch state {
        case .m4: return .on
        case .m1: return .off
        case .m7: throw .unsupported("blade is in hot-swap state M7: communication with it is lost")
        default: throw .transitioning(state.description)
        }
    }

    func request(_ wanted: PowerState) throws(FenceError) {
        do {
            if wanted == .on {
                // Shelves that lock deactivated FRUs in M1 need the lock cleared first; others refuse
                // the command (ipmi_sim among them), which is fine.
                try? session.clearActivationLock()
            }
            try session.setFRUActivation(activate: wanted == .on)
        } catch { throw .bmc(error) }
    }

    func cycle() throws(FenceError) {
        do { try session.fruColdReset() } catch { throw .bmc(error) }
    }
}

import KVMHACore

/// sbd's and Pacemaker's rules for a watchdog fencing level, as ClusterLabs' and sbd's documentation
/// state them, applied to the gathered facts. An error is a set-up that fences unsafely or never;
/// a warning one that works but not as documented.
enum FencingRules {
    struct Finding: Equatable, Sendable {
        enum Severity: String, Sendable { case ok, warning, error }
        let severity: Severity
        let text: String
    }

    static func findings(_ facts: FencingFacts) -> [Finding] {
        var out: [Finding] = []
        func ok(_ text: String) { out.append(Finding(severity: .ok, text: text)) }
        func warn(_ text: String) { out.append(Finding(severity: .warning, text: text)) }
        func error(_ text: String) { out.append(Finding(severity: .error, text: text)) }

        guard let sbd = facts.sbd, let file = facts.sbdFile else {
            error(
                "no sbd configuration (\(facts.sbdFile ?? SbdSettings.paths.joined(separator: " or "))): "
                    + "no watchdog fencing level; a host that dies with its BMC keeps its guests down")
            return out
        }
        for problem in sbd.problems { error("\(file): \(problem)") }
        switch facts.watchdogDevice {
        case .characterDevice: ok("watchdog device \(sbd.watchdogDevice)")
        case .missing:
            error(
                "watchdog device \(sbd.watchdogDevice) does not exist: load the board's watchdog driver "
                    + "(sbd query-watchdog lists them; softdog only for tests) or set SBD_WATCHDOG_DEV")
        default: error("watchdog device \(sbd.watchdogDevice) is not a character device")
        }
        if !sbd.pacemaker {
            warn("SBD_PACEMAKER=no: sbd does not follow Pacemaker's quorum; a cut-off node relies on the disk alone")
        }

        // The time a node is given to be gone: msgwait with disks, stonith-watchdog-timeout without.
        var waited: Int?
        if sbd.devices.isEmpty {
            let watchdog = sbd.watchdogTimeout * 1000
            switch facts.stonithWatchdogTimeout {
            case nil, 0?:
                error(
                    "diskless sbd but stonith-watchdog-timeout is not set: Pacemaker never fences by watchdog "
                        + "(set it to \(2 * sbd.watchdogTimeout)s, twice SBD_WATCHDOG_TIMEOUT)")
            case let value? where value < 0:
                ok("stonith-watchdog-timeout \(value) ms: Pacemaker uses twice SBD_WATCHDOG_TIMEOUT")
                waited = 2 * watchdog
            case let value? where value <= watchdog:
                error(
                    "stonith-watchdog-timeout \(value / 1000) s is not longer than SBD_WATCHDOG_TIMEOUT "
                        + "\(sbd.watchdogTimeout) s: a node would count as fenced before its watchdog fired")
            case let value? where value < 2 * watchdog:
                warn(
                    "stonith-watchdog-timeout \(value / 1000) s is less than twice SBD_WATCHDOG_TIMEOUT "
                        + "(\(2 * sbd.watchdogTimeout) s), the margin ClusterLabs documents")
                waited = value
            case let value?:
                ok("stonith-watchdog-timeout \(value / 1000) s ≥ twice SBD_WATCHDOG_TIMEOUT \(sbd.watchdogTimeout) s")
                waited = value
            }
            if let nodes = facts.nodes, nodes < 3 {
                error(
                    "diskless sbd with \(nodes) node(s): a node cannot tell a partition from a peer's death "
                        + "without a third vote (use 3 or more nodes, a qdevice, or a shared sbd disk)")
            }
        } else {
            var headers: [SbdHeader] = []
            for (path, state) in facts.disks {
                switch state {
                case .missing: error("SBD_DEVICE \(path) does not exist")
                case .notBlockDevice: error("SBD_DEVICE \(path) is not a block device")
                case .unreadable(let said): error("SBD_DEVICE \(path) cannot be read as an sbd disk: \(said)")
                case .header(let header):
                    headers.append(header)
                    if header.msgwait < 2 * header.watchdog {
                        error(
                            "\(path): msgwait \(header.msgwait) s is less than twice the watchdog timeout "
                                + "\(header.watchdog) s: fence_sbd would confirm a node its watchdog has not yet "
                                + "reset (sbd -d \(path) -1 \(header.watchdog) -4 \(2 * header.watchdog) create)")
                    } else {
                        ok("\(path): watchdog \(header.watchdog) s, msgwait \(header.msgwait) s")
                    }
                }
            }
            if Set(headers.map(\.msgwait)).count > 1 || Set(headers.map(\.watchdog)).count > 1 {
                error("the sbd disks disagree on their timeouts: create them with the same -1 and -4")
            }
            waited = headers.map { $0.msgwait * 1000 }.max()
            if let watchdog = headers.map(\.watchdog).max(), let value = facts.stonithWatchdogTimeout, value > 0,
                value <= watchdog * 1000
            {
                error(
                    "stonith-watchdog-timeout \(value / 1000) s is not longer than the disks' watchdog timeout "
                        + "\(watchdog) s")
            }
        }
        if let waited {
            let timeout = facts.stonithTimeout ?? 60_000
            if timeout <= waited {
                error(
                    "stonith-timeout \(timeout / 1000) s does not outlast the watchdog level's \(waited / 1000) s: "
                        + "every fencing by it would time out")
            }
        }
        if facts.haveWatchdog == false {
            error("Pacemaker does not see sbd running (have-watchdog=false): start sbd before the cluster")
        }
        for what in facts.unasked { warn("could not ask Pacemaker (\(what)): is the cluster running here?") }
        return out
    }
}

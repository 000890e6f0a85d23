import KVMHACore
import Libvirt
import Logging

extension Context {
    /// monitor/status: the domain's state from libvirt; from its recorded emulator process when
    /// libvirtd cannot be reached (never "not running" while that process lives).
    func monitor() throws(AgentError) -> OCFExitCode {
        let domain = identity()
        let config = domain.config
        let name = domain.name
        let uuid = domain.uuid
        let problem = domain.problem
        let record = domain.record
        guard let name else {
            if interval == 0 {
                logger.info("probe: \(problem ?? "no config"), and nothing recorded: not running")
                return .notRunning
            }
            throw .notInstalled(problem ?? "config unreadable")
        }
        if let problem { logger.warning("\(problem); using the domain recorded at start: \(name)") }
        let connection: any HypervisorConnection
        do {
            connection = try connect(until: deadline)
        } catch {
            return try fromEmulator(name: name, record: record, because: "\(error)")
        }
        let guest: (any Guest)?
        do {
            guest = try lookup(connection, name: name, uuid: uuid)
        } catch {
            if error.isConnectionFailure { return try fromEmulator(name: name, record: record, because: "\(error)") }
            throw .failed("looking up domain \(name): \(error.message)")
        }
        guard let guest else { return notRunning(record) }
        let status: DomainStatus
        do { status = try guest.status() } catch {
            if error.isConnectionFailure { return try fromEmulator(name: name, record: record, because: "\(error)") }
            throw .failed("reading the state of \(name): \(error.message)")
        }
        switch status.state {
        case .running, .blocked, .shutdown:
            break
        case .paused:
            if status.isPausedOnIOError { throw .failed("domain \(name) is paused after an I/O error") }
        case .shutoff:
            return notRunning(record)
        case .crashed:
            throw .failed("domain \(name) has crashed")
        case .pmSuspended:
            throw .failed("domain \(name) is suspended by the guest (pmsuspended)")
        case .noState:
            throw .failed("domain \(name) has no state")
        }
        var current = recordRunning(guest, previous: record)
        if let emulator = current.emulator, emulator.isStopped {
            throw .failed("emulator \(emulator) of \(name) is stopped (SIGSTOP or traced): the guest is hung")
        }
        dropStaleNote(name, status: status)
        // On every monitor, whatever OCF_CHECK_LEVEL says, as the stock agent runs them.
        try runMonitorScripts(until: deadline)
        if checkLevel >= 20, config?.hasGuestAgent == true { try checkGuestAgent(guest, record: &current) }
        if interval > 0 { updateUtilization(guest, record: current) }
        return .success
    }

    /// By name, else by the recorded UUID (the config may have been renamed under a running domain).
    func lookup(_ connection: any HypervisorConnection, name: String, uuid: String?) throws(LibvirtError) -> (
        any Guest
    )? {
        if let guest = try connection.guest(named: name) { return guest }
        guard let uuid, !uuid.isEmpty else { return nil }
        return try connection.guest(uuid: uuid)
    }

    /// libvirtd is unreachable: decide from the QEMU process recorded at start (pid + start time).
    func fromEmulator(name: String, record: DomainRecord?, because reason: String) throws(AgentError) -> OCFExitCode {
        let emulator = record?.emulator ?? emulators.emulator(of: name)
        guard let emulator else {
            throw .failed("libvirt unreachable (\(reason)) and no emulator process known for \(name)")
        }
        if emulator.isAlive {
            logger.warning("libvirt unreachable (\(reason)); emulator \(emulator) of \(name) is alive: running")
            return .success
        }
        logger.warning("libvirt unreachable (\(reason)); emulator \(emulator) of \(name) is gone: not running")
        return notRunning(record)
    }

    /// A probe's "not running" is what Pacemaker believes from then on, and no stop follows: a record
    /// still saying `running` (a crash whose failure a cleanup wiped before the stop, then a re-probe)
    /// would make kvmha-cpgmonitor take the guest's next arrival here by live migration for a double
    /// run and fail a healthy migration (bench/soak found it). The record says stopped from now on.
    func notRunning(_ record: DomainRecord?) -> OCFExitCode {
        if interval == 0, var record, record.intent == .running {
            record.intent = .stopped
            record.emulator = nil
            save(record)
            logger.info("probe: \(record.domainName) does not run here; its record now says stopped")
        }
        return .notRunning
    }

    /// OCF_CHECK_LEVEL 20: the guest answers through the QEMU guest agent. A guest whose agent has
    /// not answered since its QEMU started is booting (or runs none) and is not failed; one whose agent
    /// answered and then stopped is.
    func checkGuestAgent(_ guest: any Guest, record: inout DomainRecord) throws(AgentError) {
        let seconds = Int32(max(1, min(10, deadline.remainingMilliseconds / 1000)))
        do {
            _ = try guest.guestAgentCommand(#"{"execute":"guest-ping"}"#, timeoutSeconds: seconds)
        } catch {
            guard record.agentAnswered else {
                logger.info(
                    "guest agent of \(guest.name) has not answered since it started: not failed (\(error.message))")
                return
            }
            throw .failed("guest agent of \(guest.name) did not answer: \(error.message)")
        }
        if !record.agentAnswered {
            record.agentAnswered = true
            save(record)
            logger.info("guest agent of \(guest.name) answers")
        }
    }

    /// A note of kvmha-cpgmonitor's past its window, while the guest runs normally: the recovery it
    /// was written for never came and the guest is fine; a later planned stop must be graceful.
    func dropStaleNote(_ name: String, status: DomainStatus) {
        guard !status.isFailed, let note = records.reported(resource), !note.isRecent() else { return }
        logger.info("dropping kvmha-cpgmonitor's note that \(name) \(note.failure): it runs normally")
        records.removeReported(resource)
    }
}

import Glibc
import KVMHACore
import Libvirt
import Logging
import SystemPackage

extension Context {
    /// How long destroy may need at the end of a stop: libvirt waits up to ~15 s for QEMU to die.
    var destroyReserve: Duration {
        let share = deadline.remaining * 2 / 5
        return share < .seconds(15) ? share : .seconds(15)
    }

    /// Kept back while waiting for libvirtd, to terminate the emulator directly if it never answers.
    var killReserve: Duration {
        let share = deadline.remaining / 4
        return share < .seconds(5) ? share : .seconds(5)
    }

    /// stop: graceful shutdown (the modes of shutdown_mode), escalated to destroy with time left for
    /// it; a domain that does not exist is stopped. Records the intent first, so the monitor daemon
    /// never takes this stop for a crash.
    func stop() throws(AgentError) -> OCFExitCode {
        let domain = identity()
        let name = domain.name
        let uuid = domain.uuid
        let problem = domain.problem
        guard let name else {
            logger.warning("stop: \(problem ?? "no config") and nothing recorded on this node: nothing to stop")
            return .success
        }
        if let problem { logger.warning("\(problem); stopping the domain recorded at start: \(name)") }
        recordIntent(.stopping, name: name, uuid: uuid)
        let record = records.load(resource)
        let reported = reportedFailure(name: name, record: record)
        killIfHung(name: name, record: record)
        // Computed once: a stop that reconnects after losing libvirtd keeps the guest's shutdown window.
        let gracefulUntil = deadline.reserving(destroyReserve)
        var reconnected = false
        while true {
            let connection: any HypervisorConnection
            do {
                if reconnected, deadline.reserving(killReserve).hasPassed { throw ConnectionKeptBreaking() }
                connection = try connectRetrying(until: deadline.reserving(killReserve))
            } catch {
                try killEmulator(name: name, record: record, because: "\(error)")
                finishStop(name, record: record)
                return .success
            }
            do {
                guard let guest = try lookup(connection, name: name, uuid: uuid),
                    try guest.status().state != .shutoff
                else {
                    finishStop(name, record: record)
                    return .success
                }
                try stopRunning(guest, reported: reported, gracefulUntil: gracefulUntil)
            } catch let error as AgentError {
                throw error
            } catch let error as LibvirtError where error.isNoDomain {
                // A transient domain whose QEMU died (or was killed above) is gone from libvirt: stopped.
                logger.info("domain \(name) vanished while stopping it: \(error.message)")
            } catch let error as LibvirtError where error.isConnectionFailure {
                // libvirtd restarted under the stop (the soak's libvirtd kills found it: a failed stop
                // is a fenced node): connect again and go on, or kill the emulator if it stays away.
                logger.warning("libvirt connection lost while stopping \(name) (\(error.message)): reconnecting")
                reconnected = true
                continue
            } catch {
                throw .failed("stopping \(name): \(error)")
            }
            finishStop(name, record: record)
            return .success
        }
    }

    /// A stopped (SIGSTOPped or traced) emulator answers neither ACPI nor libvirt's SIGTERM: kill it
    /// first, so the stop does not spend its timeout waiting for libvirt's escalation.
    private func killIfHung(name: String, record: DomainRecord?) {
        guard let emulator = record?.emulator, emulator.isStopped else { return }
        logger.warning("emulator \(emulator) of \(name) is stopped (hung): SIGKILL, nothing graceful reaches it")
        if let failure = emulators.signal(emulator, SIGKILL) {
            // libvirt's destroy still gets it (SIGTERM, then SIGKILL after ~10 s): slower, not a failure.
            logger.warning(
                "SIGKILL of \(emulator) refused (\(EmulatorLocator.explain(failure))): destroying through libvirt")
            return
        }
        _ = poll(until: Deadline.after(.seconds(5)).capped(at: deadline), { !emulator.isAlive })
    }

    /// kvmha-cpgmonitor's note that it reported this QEMU crashed or hung, while that QEMU still runs
    /// the domain: nothing graceful can reach such a guest, so the stop destroys it at once.
    func reportedFailure(name: String, record: DomainRecord?) -> ReportedFailure? {
        guard let note = records.reported(resource), note.emulator.isAlive,
            note.emulator == record?.emulator || note.emulator == emulators.emulator(of: name)
        else { return nil }
        return note
    }

    /// A note holds near its report (the recovery's stop), or while the guest is still failed (crashed,
    /// paused on an error, its QEMU stopped); later, with the same QEMU running normally, the guest
    /// recovered and gets the graceful stop any guest gets.
    func stillFailed(_ guest: any Guest, _ note: ReportedFailure) -> Bool {
        if note.isRecent() || note.emulator.isStopped || (try? guest.status())?.isFailed == true { return true }
        logger.info(
            "kvmha-cpgmonitor's note that \(guest.name) \(note.failure) is stale (its QEMU runs normally): stopping it gracefully"
        )
        records.removeReported(resource)
        return false
    }

    /// The record stays, as `stopped`, for its utilization: a restart here (the usual recovery of a
    /// crash) then writes nothing to the CIB, where each write would abort Pacemaker's transition.
    private func finishStop(_ name: String, record: DomainRecord?) {
        records.removeReported(resource)
        if var record {
            record.intent = .stopped
            record.emulator = nil
            save(record)
        }
        logger.info("domain \(name) stopped")
    }

    private func stopRunning(_ guest: any Guest, reported: ReportedFailure?, gracefulUntil graceful: Deadline) throws {
        if settings.saveConfigOnStop { try saveConfig(guest) }
        if let reported, stillFailed(guest, reported) {
            // Its memory is what failed: neither a shutdown request nor a saved state would help.
            logger.warning(
                "kvmha-cpgmonitor reported \(guest.name) \(reported.failure) (emulator \(reported.emulator)): destroying it at once"
            )
            return try destroy(guest)
        }
        if (try? guest.status().state) == .crashed {
            logger.warning("\(guest.name) has crashed: destroying it at once")
            return try destroy(guest)
        }
        if let directory = settings.snapshotDirectory {
            do {
                try guest.save(to: "\(directory)/\(guest.name).state")
                logger.info("domain \(guest.name) saved to \(directory)")
                return
            } catch {
                logger.error("saving the state of \(guest.name) failed, stopping it instead: \(error.message)")
            }
        }
        if !settings.forceStop, !graceful.hasPassed {
            do {
                try guest.shutdown(modes: try settings.shutdownModes())
                logger.info("asked \(guest.name) to shut down; destroy in \(graceful.remainingMilliseconds) ms if not")
                var lost: LibvirtError?
                let off = poll(until: graceful) {
                    do throws(LibvirtError) { return try guest.status().state == .shutoff } catch {
                        if error.isConnectionFailure { lost = error }
                        return error.isNoDomain || error.isConnectionFailure
                    }
                }
                if let lost { throw lost }
                if off { return }
                logger.warning("\(guest.name) did not shut down in time: destroying it")
            } catch let error as LibvirtError where !error.isConnectionFailure {
                logger.warning("shutdown of \(guest.name) refused (\(error.message)): destroying it")
            }
        }
        try destroy(guest)
    }

    /// destroy, retried while libvirt reports the process busy, until the deadline; a lost connection
    /// is thrown at once (the stop reconnects).
    private func destroy(_ guest: any Guest) throws {
        var lastError: LibvirtError?
        let gone = poll(until: deadline) {
            if Self.isOff(guest) { return true }
            do throws(LibvirtError) { try guest.destroy() } catch {
                lastError = error
                if error.isConnectionFailure { return true }
            }
            return Self.isOff(guest)
        }
        if let lastError, lastError.isConnectionFailure { throw lastError }
        guard gone else {
            throw AgentError.failed(
                "could not destroy \(guest.name) before the deadline: \(lastError?.message ?? "still running")")
        }
    }

    static func isOff(_ guest: any Guest) -> Bool {
        do { return try guest.status().state == .shutoff } catch { return error.isNoDomain }
    }

    private func saveConfig(_ guest: any Guest) throws {
        let xml = try guest.xml(secure: true, inactive: true)
        do { try Files.writeAtomically(settings.config, xml, ownership: .of(settings.config)) } catch {
            throw AgentError.failed("save_config_on_stop: \(error)")
        }
        if settings.syncConfigOnStop { try runTool("/usr/sbin/csync2", ["-x", settings.config]) }
    }

    /// Connects, retrying while libvirtd is unreachable (it may be restarting), until `until`.
    func connectRetrying(until: Deadline) throws(BoundedFailure<LibvirtError>) -> any HypervisorConnection {
        var failure: BoundedFailure<LibvirtError>?
        var connection: (any HypervisorConnection)?
        _ = poll(until: until) {
            do throws(BoundedFailure<LibvirtError>) {
                connection = try connect(until: until)
                return true
            } catch {
                failure = error
                return false
            }
        }
        if let connection { return connection }
        throw failure ?? .timedOut(DeadlineExceeded(what: "connecting to \(settings.hypervisorURI)"))
    }

    /// libvirtd stayed unreachable: the guest must still not outlive a successful stop, so its
    /// recorded QEMU process (pid + start time, never a name match) is terminated directly.
    private func killEmulator(name: String, record: DomainRecord?, because reason: String) throws(AgentError) {
        guard let emulator = record?.emulator ?? emulators.emulator(of: name), emulator.isAlive else {
            logger.warning("libvirt unreachable (\(reason)); no live emulator for \(name): stopped")
            return
        }
        logger.warning("libvirt unreachable (\(reason)); terminating emulator \(emulator) of \(name)")
        if emulators.signal(emulator, SIGTERM) == nil,
            poll(until: Deadline.after(.seconds(2)).capped(at: deadline), { !emulator.isAlive })
        {
            return
        }
        if let failure = emulators.signal(emulator, SIGKILL), failure != .noSuchProcess {
            throw .failed(
                "libvirt unreachable and emulator \(emulator) of \(name) cannot be killed: \(EmulatorLocator.explain(failure))"
            )
        }
        guard poll(until: deadline, { !emulator.isAlive }) else {
            throw .failed("emulator \(emulator) of \(name) survived SIGKILL")
        }
    }
}

/// A stop that lost libvirtd more than once and has only its kill reserve left.
private struct ConnectionKeptBreaking: Error, CustomStringConvertible {
    var description: String { "the connection kept breaking" }
}

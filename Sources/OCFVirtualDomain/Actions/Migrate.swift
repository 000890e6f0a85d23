import Dispatch
import KVMHACore
import Libvirt
import Logging
import Synchronization

extension Context {
    /// Left for aborting the libvirt job and hearing back (abort answers in ~20 ms, the call ends ~0.1 s later).
    var abortReserve: Duration { .seconds(3) }

    var migrationTarget: String? { environment["OCF_RESKEY_CRM_meta_migrate_target"] }

    /// migrate_to: live-migrate to the target node; at the deadline the libvirt job is aborted and the
    /// guest keeps running here.
    func migrateTo() throws(AgentError) -> OCFExitCode {
        try settings.validate()
        guard let target = migrationTarget, !target.isEmpty else {
            throw .notConfigured("migrate_to needs OCF_RESKEY_CRM_meta_migrate_target")
        }
        let domain = identity()
        let name = domain.name
        let uuid = domain.uuid
        let problem = domain.problem
        guard let name else { throw .notInstalled(problem ?? "config unreadable") }
        let plan = MigrationPlan(settings: settings, target: target)
        for option in plan.ignoredOptions {
            logger.warning("migrate_options: \(option) has no libvirt equivalent here; ignored")
        }
        let local: any HypervisorConnection
        do { local = try connect(until: deadline) } catch { throw .failed("cannot migrate \(name): \(error)") }
        let found: (any Guest)?
        do { found = try local.guest(named: name) } catch { throw .failed("looking up \(name): \(error.message)") }
        guard let guest = found, (try? guest.status().state) == .running else {
            throw .failed("domain \(name) is not running here; nothing to migrate")
        }
        recordIntent(.migratingAway, name: name, uuid: uuid)
        let jobDeadline = deadline.reserving(abortReserve)
        do {
            try runMigration(guest, plan: plan, until: jobDeadline)
        } catch {
            recordIntent(.running, name: name, uuid: uuid)
            throw error
        }
        recordIntent(.stopped, name: name, uuid: uuid)
        logger.info("domain \(name) migrated to \(target) (\(plan.destinationURI))")
        return .success
    }

    private func runMigration(_ guest: any Guest, plan: MigrationPlan, until jobDeadline: Deadline) throws(AgentError) {
        let destination: (any HypervisorConnection)?
        if plan.flags.contains(.peerToPeer) {
            destination = nil
        } else {
            let uri = plan.destinationURI
            do { destination = try hypervisor.connect(uri: uri, until: jobDeadline) } catch {
                throw .failed("cannot reach the migration target \(uri): \(error)")
            }
        }
        if settings.migrationDowntime > 0 {
            do { try guest.setMigrationMaxDowntime(milliseconds: UInt64(settings.migrationDowntime)) } catch {
                logger.warning("could not set migration downtime: \(error.message)")
            }
        }
        let outcome = Mutex<Result<Void, LibvirtError>?>(nil)
        let done = DispatchSemaphore(value: 0)
        let job = SendableMigration(guest: guest, destination: destination, plan: plan)
        DispatchQueue.global().async {
            let result: Result<Void, LibvirtError>
            do throws(LibvirtError) {
                try job.guest.migrate(
                    to: job.destination, destinationURI: job.plan.destinationURI, parameters: job.plan.parameters,
                    flags: job.plan.flags)
                result = .success(())
            } catch { result = .failure(error) }
            outcome.withLock { $0 = result }
            done.signal()
        }
        if done.wait(timeout: jobDeadline.dispatchTime) == .timedOut {
            logger.warning("migration of \(guest.name) reached its deadline: aborting the job")
            do { try guest.abortJob() } catch { logger.error("aborting the migration failed: \(error.message)") }
            _ = done.wait(timeout: deadline.dispatchTime)
            throw .failed("migration of \(guest.name) aborted at its deadline; it keeps running here")
        }
        if case .failure(let error) = outcome.withLock({ $0 }) {
            if error.isLeaseHeldElsewhere {
                throw .failed(
                    "migration of \(guest.name) refused by libvirt's lock manager (another host holds a disk lease): \(error.message)"
                )
            }
            throw .failed("migration of \(guest.name) failed: \(error.message)")
        }
    }

    /// migrate_from: wait for the migrated domain to run here, up to the deadline (never forever).
    func migrateFrom() throws(AgentError) -> OCFExitCode {
        let domain = identity()
        let name = domain.name
        let uuid = domain.uuid
        let problem = domain.problem
        guard let name else { throw .notInstalled(problem ?? "config unreadable") }
        recordIntent(.migratingIn, name: name, uuid: uuid)
        shutdownOrdering?.ensure(until: deadline, logger: logger)
        // An incoming domain exists (paused) from the start of the migration; one that is not there
        // at all after a short grace is not coming.
        let absentGrace = Deadline.after(.seconds(5)).capped(at: deadline)
        var arrived: (any Guest)?
        var seen = false
        let ok = poll(until: deadline) {
            guard let connection = try? connect(until: deadline), let guest = try? connection.guest(named: name) else {
                return !seen && absentGrace.hasPassed
            }
            seen = true
            guard (try? guest.status().state) == .running else { return false }
            arrived = guest
            return true
        }
        guard ok, let guest = arrived else {
            records.remove(resource)
            throw .failed("domain \(name) did not arrive here before the deadline")
        }
        recordRunning(guest, previous: records.load(resource))
        if !settings.monitorScripts.isEmpty {
            guard poll(until: deadline, { (try? runMonitorScripts(until: deadline)) != nil }) else {
                throw .failed("monitor scripts of \(name) did not pass before the deadline")
            }
        }
        logger.info("domain \(name) arrived by migration")
        return .success
    }
}

/// The migration's inputs handed to the worker thread.
private struct SendableMigration: Sendable {
    let guest: any Guest
    let destination: (any HypervisorConnection)?
    let plan: MigrationPlan
}

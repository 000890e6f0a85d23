import KVMHACore
import Libvirt
import Logging

extension Daemon {
    func handle(_ notice: LibvirtNotice) {
        switch notice {
        case .connectionClosed(let reason):
            let why = reason.description
            events.emit(
                .libvirtLost, "libvirt connection to \(settings.hypervisor) closed (\(why)): reconnecting",
                level: .warning
            ) { $0.detail = why }
            link.lost(now: clock())
            board.update { $0.libvirt = "lost (\(why))" }
        case .domain(let event):
            guestEvent(event)
        }
    }

    func guestEvent(_ event: DomainEvent) {
        logger.debug("libvirt event \(event.kind) for \(event.name) (\(event.uuid))")
        switch event.kind {
        case .lifecycle(.started, _), .lifecycle(.resumed, _): state.guests.started(event.uuid, name: event.name)
        case .lifecycle(.stopped, _): state.guests.stopped(event.uuid)
        default: break
        }
        guard let failure = GuestFailure(event.kind) else { return }
        let record = record(uuid: event.uuid)
        func ignored(_ reason: DaemonEvent.Reason, _ why: String, level: Logger.Level = .info) {
            events.emit(.ignored, "domain \(event.name) \(failure.rawValue): not reported: \(why)", level: level) {
                $0.domain = event.name
                $0.uuid = event.uuid
                $0.resource = record?.resource
                $0.failure = .announced(failure)
                $0.reason = reason
            }
        }
        switch ReportRule.verdict(failure, record: record) {
        case .ignore(let reason, let why):
            ignored(reason, why)
        case .report(let resource):
            guard let record, state.guests.isNew(record, now: clock()) else { return }
            // Only a STOPPED event can be late: a guest panic's CRASHED comes while its QEMU still
            // exists (paused), so a live recorded emulator is that guest, not a newer one.
            if case .lifecycle(.stopped, _) = event.kind, runsAgain(event.uuid, record: record) {
                // model/kvmha.pml (BROKEN_NO_STATE_CHECK): libvirtd, back after a restart, may deliver the
                // STOPPED of a QEMU the agent killed while it was down, after the agent started the guest again.
                ignored(.runsAgain, "it runs again now (a late event)")
                return
            }
            guard quorate() else {
                ignored(.noQuorum, "this partition has no quorum", level: .warning)
                return
            }
            state.guests.markReported(record, now: clock())
            noteReported(record, .announced(failure))
            detected(record, .announced(failure), "domain \(event.name) \(failure.rawValue)")
            reporter.fail(
                resource, on: settings.nodeName, because: "domain \(failure.rawValue)", detected: event.received,
                origin: .local, unsent: dropNote(resource))
        }
    }

    /// Tells the stop that follows the report that this QEMU is crashed or hung (the agent then
    /// destroys it at once); written before the report, so the stop always finds it.
    func noteReported(_ record: DomainRecord, _ failure: DetectedFailure) {
        guard let emulator = record.emulator else { return }
        do {
            try records.saveReported(
                ReportedFailure(resource: record.resource, failure: failure.rawValue, emulator: emulator))
        } catch {
            logger.warning("could not leave the stop a note that \(record.resource) is \(failure.rawValue): \(error)")
        }
    }

    /// What undoes `noteReported` when its report is dropped or fails: no recovery is coming, so the
    /// note must not make a later planned stop a destroy.
    func dropNote(_ resource: String) -> @Sendable () -> Void {
        let records = records
        return { records.removeReported(resource) }
    }

    /// A failure of a guest the cluster runs here, about to be reported against its resource.
    func detected(_ record: DomainRecord, _ failure: DetectedFailure, _ what: String, level: Logger.Level = .notice) {
        events.emit(
            .detected, "\(what): resource \(record.resource) failed on \(settings.nodeName)", level: level
        ) {
            $0.domain = record.domainName
            $0.uuid = record.uuid
            $0.resource = record.resource
            $0.target = settings.nodeName
            $0.failure = failure
        }
    }

    /// The domain runs again (the event is a late one of an earlier QEMU): the recorded emulator is
    /// alive — the agent records each start's QEMU —, or, with none recorded, libvirt says so. The
    /// record answers at once; libvirt may hold the domain for ~200 ms while it cleans up the crash.
    func runsAgain(_ uuid: String, record: DomainRecord) -> Bool {
        if let emulator = record.emulator { return emulator.isAlive }
        return runsNow(uuid)
    }

    /// libvirt says the domain runs at this moment (false when it cannot tell within 250 ms: the loop
    /// must keep its heartbeat; a crash is then the likelier story).
    func runsNow(_ uuid: String) -> Bool { link.runsNow(uuid) }

    /// The record for a domain: the `running` one when stale records share the UUID.
    /// Read from disk: an event is judged on the record as it is now.
    func record(uuid: String) -> DomainRecord? {
        DaemonState.RecordCache.index(records.all())[uuid.lowercased()]
    }

    /// Just connected (`active`: what ran then): report cluster-managed domains that died while
    /// nobody was listening (restart of the daemon, libvirtd down), turn health green.
    func connected(now: ContinuousClock.Instant, active: [(uuid: String, name: String)]) {
        state.guests.replaceActive(active)
        events.emit(
            .libvirtConnected, "connected to \(settings.hypervisor); \(state.guests.active.count) domains running"
        ) {
            $0.count = Int64(state.guests.active.count)
        }
        board.update { $0.libvirt = "connected" }
        reportRecordedButGone(now: now)
        state.health.want(.green, because: "libvirt reachable")
        driveHealth(now: now)
        refreshManaged()
    }

    /// Reports each domain recorded `running` here whose QEMU is gone: what died while nobody was
    /// listening (daemon restart, libvirtd down) or while this partition had no quorum.
    func reportRecordedButGone(now: ContinuousClock.Instant) {
        guard link.isConnected, quorate() else { return }
        var gone: Int64 = 0
        for record in records.all() where record.intent == .running && !state.guests.isActive(record.uuid) {
            // A live recorded emulator means a start whose STARTED event is not handled yet.
            if record.emulator?.isAlive == true { continue }
            guard state.guests.isNew(record, now: now) else { continue }
            state.guests.markReported(record, now: now)
            gone += 1
            detected(record, .gone, "domain \(record.domainName) is recorded running but is not")
            reporter.fail(
                record.resource, on: settings.nodeName, because: "domain gone while unobserved", detected: now,
                origin: .local, unsent: nil)
        }
        events.emit(.rescan, "records read again: \(gone) guest(s) recorded running here are gone", level: .info) {
            $0.count = gone
        }
    }

    /// The domains this node runs for the cluster: UUID → managed, as sent in heartbeats. None while
    /// libvirtd is unreachable: the list of the last connection is stale (the agent may have killed a
    /// QEMU since), and a peer would take a guest started elsewhere meanwhile for a double run.
    func runningDomains() -> [String: Bool] {
        guard link.isConnected else { return [:] }
        let managed = Set(
            state.recordCache.all.filter { $0.intent != .stopped && $0.intent != .stopping }.map {
                $0.uuid.lowercased()
            })
        return Dictionary(uniqueKeysWithValues: state.guests.active.keys.map { ($0, managed.contains($0)) })
    }

    /// A hung guest sends no lifecycle event: its emulator stopped (SIGSTOP, state T) for longer than
    /// the heartbeat timeout is reported like a crash, checked once a second against the records.
    func reportHungEmulators(now: ContinuousClock.Instant) {
        var stillStopped: [String: ContinuousClock.Instant] = [:]
        for record in state.recordCache.all where record.intent == .running && state.guests.isActive(record.uuid) {
            guard let emulator = record.emulator, emulator.isStopped else { continue }
            let since = state.stoppedSince[record.uuid] ?? now
            stillStopped[record.uuid] = since
            guard now - since >= settings.heartbeatTimeout, state.guests.isNew(record, now: now), quorate() else {
                continue
            }
            state.guests.markReported(record, now: now)
            noteReported(record, .hung)
            detected(
                record, .hung,
                "domain \(record.domainName): emulator \(emulator) stopped for \((now - since).wholeMilliseconds) ms: hung",
                level: .warning)
            reporter.fail(
                record.resource, on: settings.nodeName, because: "guest hung", detected: now, origin: .local,
                unsent: dropNote(record.resource))
        }
        state.stoppedSince = stillStopped
    }

    /// Re-reads the records (once a second and on connect) for heartbeats and the double-run check.
    func refreshManaged() {
        state.recordCache.all = records.all()
        let running = state.recordCache.all.filter { $0.intent == .running && state.guests.isActive($0.uuid) }
        board.update { $0.managedDomains = running.map { "\($0.resource) (\($0.domainName), \($0.uuid))" }.sorted() }
    }

    /// The instant libvirtd's absence turns node health red; nil while connected or already red.
    var healthDeadline: ContinuousClock.Instant? {
        guard state.health.wanted != .red, let lost = link.lostSince else { return nil }
        return lost + settings.libvirtHealthDeadline
    }

    func checkHealth(now: ContinuousClock.Instant) {
        if let deadline = healthDeadline, now >= deadline, quorate() {
            logger.warning(
                "libvirt unreachable for \(settings.libvirtHealthDeadline.wholeMilliseconds / 1000) s: node health red")
            state.health.want(.red, because: "libvirt unreachable")
        }
        driveHealth(now: now)
    }

    /// Sends the wanted colour until attrd takes it: one update at a time, again after a failure with
    /// back-off. Only a taken update changes what the daemon believes the node's health is.
    func driveHealth(now: ContinuousClock.Instant) {
        for outcome in healthOutcomes.drain() { state.health.finished(outcome.colour, taken: outcome.taken, now: now) }
        guard let (colour, why) = state.health.due(now: now), quorate() else { return }
        state.health.sent(now: now)
        let outcomes = healthOutcomes
        reporter.setHealth(colour, on: settings.nodeName, because: why) { taken in
            outcomes.append(HealthOutcome(colour: colour, taken: taken))
        }
    }
}

import Corosync
import KVMHACore
import Logging

extension Daemon {
    func timers(now: ContinuousClock.Instant) {
        if now >= nextHeartbeat {
            sequence += 1
            let message = PeerMessage(
                sequence: sequence, node: settings.nodeName, resource: settings.resource, domains: runningDomains())
            do { try cluster.multicast(message.encoded) } catch { logger.debug("heartbeat not sent: \(error)") }
            nextHeartbeat = now + settings.heartbeatInterval
        }
        if now >= nextQuorumCheck {
            nextQuorumCheck = now + Self.quorumCheckInterval
            if quorate(), quorumRegained {
                quorumRegained = false
                reportRecordedButGone(now: now)
            }
        }
        for silent in peers.newlySilent(
            timeout: settings.heartbeatTimeout, interval: settings.heartbeatInterval, now: now)
        {
            events.emit(
                .peerSilent,
                "member \(silent.member) (\(silent.node ?? "?")) silent for \((now - silent.lastHeard).wholeMilliseconds) ms: hung",
                level: .warning
            ) {
                $0.member = "\(silent.member)"
                $0.peer = silent.node
                $0.resource = silent.resource.isEmpty ? nil : silent.resource
            }
            failPeer(silent, member: silent.member, because: "kvmha-cpgmonitor heartbeat missed", detected: now)
        }
        checkHealth(now: now)
        if now >= nextStatusWrite || board.snapshot.version != writtenVersion {
            board.update { $0.members = self.memberLines(now: now) }
            refreshManaged()
            reportHungEmulators(now: now)
            let snapshot = board.snapshot
            do {
                try Files.writeAtomically(
                    settings.statusFile, StatusBoard.render(snapshot, pid: ProcessIdentity.ownPID))
            } catch {
                logger.debug("status file: \(error)")
            }
            writtenVersion = snapshot.version
            nextStatusWrite = now + .seconds(1)
        }
        if let metricsFile = settings.metricsFile, now >= nextMetricsWrite {
            // node_exporter's textfile collector reads it as another user: 0644, replaced atomically.
            do { try Files.writeAtomically(metricsFile, events.metrics.text, mode: Files.readableByAll) } catch {
                logger.debug("metrics file: \(error)")
            }
            nextMetricsWrite = now + Self.metricsInterval
        }
    }
}

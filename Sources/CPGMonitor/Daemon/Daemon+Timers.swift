import Corosync
import KVMHACore
import Logging

extension Daemon {
    func timers(now: ContinuousClock.Instant) {
        if now >= nextHeartbeat {
            sequence += 1
            let message = PeerMessage(
                sequence: sequence, node: settings.nodeName, resource: settings.resource, domains: runningDomains())
            do { try group.multicast(message.encoded) } catch { logger.debug("heartbeat not sent: \(error)") }
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
            log(
                "member \(silent.member) (\(silent.node ?? "?")) silent for \((now - silent.lastHeard).wholeMilliseconds) ms: hung",
                level: .warning)
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
    }
}

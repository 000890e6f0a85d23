import Corosync
import KVMHACore

/// How this daemon proves its heartbeats and checks its peers': the key (nil: none could be read,
/// then nothing a peer sends or fails to send is acted on), and this run's incarnation.
struct PeerAuthentication {
    let key: HeartbeatKey?
    /// Why there is no key, said at start and in the status.
    let missing: String?
    /// Random, never 0: a new one each run, so a replay of an earlier run's heartbeats is told apart.
    let incarnation: UInt64

    /// The key of `settings`: a key file named explicitly must load (its absence is a configuration
    /// error); Corosync's default authkey missing or unusable leaves the daemon without a key.
    static func load(_ settings: DaemonSettings) throws(HeartbeatKey.LoadError) -> PeerAuthentication {
        do {
            return PeerAuthentication(key: try HeartbeatKey.load(settings.keyFile), missing: nil)
        } catch {
            guard !settings.keyFileGiven else { throw error }
            return PeerAuthentication(key: nil, missing: "\(error)")
        }
    }

    init(key: HeartbeatKey?, missing: String?) {
        self.key = key
        self.missing = missing
        var random = SystemRandomNumberGenerator()
        incarnation = UInt64.random(in: 1...UInt64.max, using: &random)
    }

    /// A heartbeat as it goes out: tagged when there is a key.
    func seal(_ message: PeerMessage, from me: CPGMember) -> [UInt8] {
        var message = message
        message.incarnation = incarnation
        guard let key else { return message.encoded }
        return PeerSeal.seal(message.encoded, from: me, with: key.authenticator)
    }

    enum Opened {
        case authentic(PeerMessage)
        case refused(DaemonEvent.Reason, String)
    }

    /// A member's payload, authenticated and decoded; or why not.
    func open(_ payload: [UInt8], from sender: CPGMember) -> Opened {
        guard payload.count <= PeerMessage.limit else {
            return .refused(.malformed, "a message of \(payload.count) bytes")
        }
        guard let key else { return .refused(.unauthenticated, "a message (this daemon has no key to check it)") }
        switch PeerSeal.open(payload, from: sender, with: key.authenticator) {
        case .untagged: return .refused(.unauthenticated, "a message without a tag (no key, or kvmha 0.2)")
        case .forged: return .refused(.forged, "a message whose tag does not verify (another key, or altered)")
        case .authentic(let text):
            guard let message = PeerMessage(decoding: text) else {
                return .refused(.malformed, "an authentic but malformed message of \(payload.count) bytes")
            }
            return .authentic(message)
        }
    }
}

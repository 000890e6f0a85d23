import Gcrypt
import KVMHACore

/// The key heartbeats are authenticated with: derived from Corosync's own authkey (root's alone, the
/// same on every node, put there by `pcs cluster setup` / `crm cluster init` / `corosync-keygen`),
/// so no new secret is distributed, or from a key file a site names. The derivation (HMAC-SHA256 of a
/// kvmha label under the file's bytes) keeps the file's bytes themselves out of kvmha's use: a tag
/// under the derived key says nothing of Corosync's.
struct HeartbeatKey {
    static let defaultPath = "/etc/corosync/authkey"
    /// The label of the derivation; a different one makes a different key (a new scheme, a new label).
    static let label = Array("kvmha-cpgmonitor heartbeat key 1".utf8)
    /// corosync-keygen writes 256 bytes; Corosync accepts 24 to 4096.
    static let sizes = 16...4096

    let path: String
    let authenticator: MessageAuthenticator
    /// Group or others may read the file: then they can forge heartbeats (said at start).
    let exposed: Bool

    enum LoadError: Error, CustomStringConvertible {
        case missing(String)
        case unreadable(FileError)
        case size(String, Int)
        case library(GcryptError)

        var description: String {
            switch self {
            case .missing(let path): "\(ParameterValues.printable(path)): no such file"
            case .unreadable(let error): "\(error)"
            case .size(let path, let count):
                "\(ParameterValues.printable(path)): \(count) bytes, not a key (\(sizes.lowerBound) to \(sizes.upperBound))"
            case .library(let error): "\(error)"
            }
        }
    }

    static func load(_ path: String) throws(LoadError) -> HeartbeatKey {
        var secret: [UInt8]
        do { secret = try Files.read(path, limit: sizes.upperBound) } catch {
            throw error.isMissing ? .missing(path) : .unreadable(error)
        }
        defer { wipe(&secret) }
        guard sizes.contains(secret.count) else { throw .size(path, secret.count) }
        let exposed = (Files.Ownership.of(path)?.mode ?? 0) & 0o044 != 0
        do { return try derive(secret, path: path, exposed: exposed) } catch { throw .library(error) }
    }

    /// The key derived from a file's bytes.
    static func derive(_ secret: [UInt8], path: String, exposed: Bool = false) throws(GcryptError) -> HeartbeatKey {
        var derived = try MessageAuthenticator(key: secret).tag(label)
        defer { wipe(&derived) }
        return HeartbeatKey(path: path, authenticator: try MessageAuthenticator(key: derived), exposed: exposed)
    }

    /// Overwrites a copy of key material before its memory is freed.
    static func wipe(_ bytes: inout [UInt8]) {
        for index in bytes.indices { bytes[index] = 0 }
    }
}

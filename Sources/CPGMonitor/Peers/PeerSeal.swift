import Corosync
import Gcrypt

/// A heartbeat's authentication: the message's text, then a last line `mac=` with the hex HMAC-SHA256
/// of a context string, the sender's Corosync node id and pid (as Corosync delivers them, which the
/// sender cannot choose) and the text. A captured message therefore verifies only as the member that
/// sent it; a replay by that member is the sequence's to refuse (`PeerTable`).
///
/// The line format keeps 0.2 daemons reading 0.3 heartbeats (they skip keys they do not know); a
/// 0.3 daemon refuses 0.2 heartbeats, which carry no tag (docs/admin/upgrade.md).
enum PeerSeal {
    static let context = Array("kvmha-cpgmonitor/1 heartbeat\u{0}".utf8)
    static let marker = Array("\nmac=".utf8)

    enum Opened: Equatable {
        case authentic(ArraySlice<UInt8>)
        /// No tag: a daemon without a key, an older version, or not a daemon.
        case untagged
        /// A tag that does not verify: another key, an altered message, or another sender's.
        case forged
    }

    static func seal(_ text: [UInt8], from sender: CPGMember, with key: MessageAuthenticator) -> [UInt8] {
        let tag = key.tag(context, identity(sender), text)
        return text + marker + Array(hex(tag).utf8)
    }

    static func open(_ payload: [UInt8], from sender: CPGMember, with key: MessageAuthenticator) -> Opened {
        let tagText = MessageAuthenticator.tagLength * 2
        let split = payload.count - tagText - marker.count
        guard split >= 0, payload[split..<(split + marker.count)].elementsEqual(marker),
            let tag = bytes(fromHex: payload[(split + marker.count)...])
        else { return .untagged }
        let sender = identity(sender)
        let verified = payload.withUnsafeBytes { all in
            context.withUnsafeBytes { context in
                sender.withUnsafeBytes { sender in
                    key.verify(tag, context, sender, UnsafeRawBufferPointer(rebasing: all[..<split]))
                }
            }
        }
        return verified ? .authentic(payload[..<split]) : .forged
    }

    /// Node id and pid, big-endian: the part of the tag the sender does not write.
    static func identity(_ member: CPGMember) -> [UInt8] {
        [member.nodeID, member.pid].flatMap { value in (0..<4).map { UInt8(truncatingIfNeeded: value >> (24 - 8 * $0)) }
        }
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes { text += [digits[Int(byte >> 4)], digits[Int(byte & 0x0f)]] }
        return String(decoding: text, as: UTF8.self)
    }

    static func bytes(fromHex text: ArraySlice<UInt8>) -> [UInt8]? {
        func nibble(_ c: UInt8) -> UInt8? {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
            default: nil
            }
        }
        guard text.count % 2 == 0 else { return nil }
        var result = [UInt8]()
        result.reserveCapacity(text.count / 2)
        var index = text.startIndex
        while index < text.endIndex {
            guard let high = nibble(text[index]), let low = nibble(text[index + 1]) else { return nil }
            result.append(high << 4 | low)
            index += 2
        }
        return result
    }
}

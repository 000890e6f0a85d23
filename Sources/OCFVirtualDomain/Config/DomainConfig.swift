import KVMHACore

/// What the agent needs from a libvirt domain XML file, read without a full XML parser: the name and
/// UUID of the domain and the networks, pools and guest agent channel it uses.
struct DomainConfig: Sendable, Equatable {
    let xml: String
    let name: String
    let uuid: String?
    let networks: [String]
    let storagePools: [String]
    let hasGuestAgent: Bool

    enum Problem: Error, Equatable, CustomStringConvertible {
        case notADomain
        case noName

        var description: String {
            switch self {
            case .notADomain: "it is not a libvirt <domain> definition"
            case .noName: "the domain definition has no <name>"
            }
        }
    }

    init(xml: String) throws(Problem) {
        guard xml.contains("<domain") else { throw .notADomain }
        guard let name = Self.childText(xml, "name"), !name.isEmpty else { throw .noName }
        self.xml = xml
        self.name = name
        self.uuid = Self.childText(xml, "uuid")
        self.networks = Self.attributeValues(xml, element: "source", attribute: "network")
        self.storagePools = Self.attributeValues(xml, element: "source", attribute: "pool")
        self.hasGuestAgent = xml.contains("org.qemu.guest_agent.0")
    }

    /// The text of the first `<tag>` directly inside `<domain>` (depth 1), entities decoded.
    static func childText(_ xml: String, _ tag: String) -> String? {
        var depth = 0
        var index = xml.startIndex
        while let open = xml[index...].firstIndex(of: "<") {
            if xml[open...].hasPrefix("<!--") {
                guard let end = xml[open...].firstRange(of: "-->") else { return nil }
                index = end.upperBound
                continue
            }
            guard let close = xml[open...].firstIndex(of: ">") else { return nil }
            let body = xml[xml.index(after: open)..<close]
            index = xml.index(after: close)
            if body.hasPrefix("?") || body.hasPrefix("!") { continue }
            if body.hasPrefix("/") {
                depth -= 1
                continue
            }
            let name = body.prefix { !$0.isWhitespace && $0 != "/" }
            let selfClosing = body.hasSuffix("/")
            if depth == 1 && name == tag && !selfClosing {
                guard let end = xml[index...].firstRange(of: "</\(tag)>") else { return nil }
                return decodeEntities(String(xml[index..<end.lowerBound])).trimmingWhitespace()
            }
            if !selfClosing { depth += 1 }
        }
        return nil
    }

    /// Every value of `attribute` on `<element …>` tags, in order, without duplicates.
    static func attributeValues(_ xml: String, element: String, attribute: String) -> [String] {
        var values: [String] = []
        var seen: Set<String> = []  // a lookup per value: a config with 150k sources must not be quadratic
        var index = xml.startIndex
        while let start = xml[index...].firstRange(of: "<\(element) ") {
            guard let close = xml[start.upperBound...].firstIndex(of: ">") else { break }
            let tag = xml[start.upperBound..<close]
            index = close
            for quote in ["'", "\""] {
                if let found = tag.firstRange(of: "\(attribute)=\(quote)"),
                    let end = tag[found.upperBound...].firstIndex(of: Character(quote))
                {
                    let value = decodeEntities(String(tag[found.upperBound..<end]))
                    if seen.insert(value).inserted { values.append(value) }
                }
            }
        }
        return values
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";") else { break }
            let entity = rest[rest.index(after: amp)..<semi]
            switch entity {
            case "amp": out += "&"
            case "lt": out += "<"
            case "gt": out += ">"
            case "quot": out += "\""
            case "apos": out += "'"
            default:
                let number =
                    entity.hasPrefix("#x")
                    ? UInt32(entity.dropFirst(2), radix: 16) : entity.hasPrefix("#") ? UInt32(entity.dropFirst()) : nil
                if let number, let scalar = Unicode.Scalar(number) {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += "&\(entity);"
                }
            }
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }
}

/// One flat JSON object on one line (RFC 8259): string and integer members in the order added.
/// The daemon writes its events with it (the agents link no Foundation); readers decode the lines
/// with any JSON parser, and `DaemonEventTests` decodes them with Foundation's to prove it.
public struct JSONObject: Sendable {
    private var members: [String] = []

    public init() {}

    public mutating func add(_ key: String, _ value: String?) {
        guard let value else { return }
        members.append("\(Self.quoted(key)):\(Self.quoted(value))")
    }

    public mutating func add(_ key: String, _ value: Int64?) {
        guard let value else { return }
        members.append("\(Self.quoted(key)):\(value)")
    }

    public mutating func add(_ key: String, _ value: Bool) {
        members.append("\(Self.quoted(key)):\(value)")
    }

    /// An array of strings.
    public mutating func add(_ key: String, strings: [String]) {
        members.append("\(Self.quoted(key)):[" + strings.map(Self.quoted).joined(separator: ",") + "]")
    }

    /// A value that is JSON already (an object or an array made by the caller from quoted parts).
    public mutating func add(_ key: String, json: String) {
        members.append("\(Self.quoted(key)):\(json)")
    }

    public var line: String { "{" + members.joined(separator: ",") + "}" }

    /// A JSON string: quote, backslash and every control character escaped; everything else as is
    /// (the line stays one line whatever a peer or a domain name holds).
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _
            where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

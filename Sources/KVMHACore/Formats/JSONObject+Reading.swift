extension JSONObject {
    /// A member's value as `JSONObject` writes them.
    public enum Value: Sendable, Equatable {
        case string(String)
        case integer(Int64)

        public var string: String? {
            if case .string(let text) = self { return text }
            return nil
        }

        public var integer: Int64? {
            if case .integer(let number) = self { return number }
            return nil
        }
    }

    /// The members of one flat JSON object of strings and integers (what `line` writes), or nil for
    /// anything else: the file it comes from may be cut short, edited or written by someone else.
    public static func members(of line: String) -> [String: Value]? {
        var reader = Reader(Array(line.unicodeScalars))
        return reader.object()
    }

    private struct Reader {
        let scalars: [Unicode.Scalar]
        var at = 0

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        mutating func object() -> [String: Value]? {
            var members: [String: Value] = [:]
            guard take("{") else { return nil }
            if take("}") { return end() ? members : nil }
            repeat {
                guard let key = string(), take(":"), let value = value() else { return nil }
                members[key] = value
            } while take(",")
            return take("}") && end() ? members : nil
        }

        private mutating func value() -> Value? {
            skipSpace()
            if at < scalars.count, scalars[at] == "\"" { return string().map(Value.string) }
            return integer().map(Value.integer)
        }

        private mutating func integer() -> Int64? {
            let start = at
            if at < scalars.count, scalars[at] == "-" { at += 1 }
            while at < scalars.count, ("0"..."9").contains(scalars[at]) { at += 1 }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars[start..<at])
            return Int64(text)
        }

        private mutating func string() -> String? {
            guard take("\"") else { return nil }
            var out = ""
            while at < scalars.count {
                let scalar = scalars[at]
                at += 1
                switch scalar {
                case "\"": return out
                case "\\":
                    guard let escaped = escape() else { return nil }
                    out.unicodeScalars.append(escaped)
                case _ where scalar.value < 0x20: return nil
                default: out.unicodeScalars.append(scalar)
                }
            }
            return nil
        }

        /// After a backslash: one of RFC 8259's escapes; a surrogate pair makes one scalar.
        private mutating func escape() -> Unicode.Scalar? {
            guard at < scalars.count else { return nil }
            let letter = scalars[at]
            at += 1
            let simple: [Unicode.Scalar: Unicode.Scalar] = [
                "\"": "\"", "\\": "\\", "/": "/", "b": "\u{8}", "f": "\u{C}", "n": "\n", "r": "\r", "t": "\t",
            ]
            if let plain = simple[letter] { return plain }
            guard letter == "u", let high = hex4() else { return nil }
            guard (0xD800...0xDBFF).contains(high) else { return Unicode.Scalar(high) }
            guard take("\\"), take("u"), let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
            return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
        }

        private mutating func hex4() -> UInt32? {
            guard at + 4 <= scalars.count, scalars[at..<at + 4].allSatisfy(\.properties.isASCIIHexDigit) else {
                return nil
            }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars[at..<at + 4])
            at += 4
            return UInt32(text, radix: 16)
        }

        private mutating func take(_ expected: Unicode.Scalar) -> Bool {
            skipSpace()
            guard at < scalars.count, scalars[at] == expected else { return false }
            at += 1
            return true
        }

        private mutating func skipSpace() {
            while at < scalars.count, [" ", "\t", "\n", "\r"].contains(scalars[at]) { at += 1 }
        }

        private mutating func end() -> Bool {
            skipSpace()
            return at == scalars.count
        }
    }
}

/// The values one invocation was given, keyed by canonical parameter name, with the table's defaults
/// behind them.
public struct ParameterValues: Sendable {
    public let table: ParameterTable
    /// Only what was given explicitly; defaults are applied on read.
    public private(set) var given: [String: String]

    public init(table: ParameterTable, given: [String: String] = [:]) {
        self.table = table
        self.given = given
    }

    public mutating func set(_ name: String, _ value: String) { given[name] = value }

    func isGiven(_ name: String) -> Bool { given[name] != nil }

    /// The given value, else the default, else nil. By name only here: the agents read by `ParameterKey`.
    subscript(_ name: String) -> String? {
        if let value = given[name] { return value }
        return table[name]?.defaultValue
    }

    /// Checks every value against its declared type and every required parameter for presence.
    public func validate() throws(ParameterError) {
        for parameter in table.parameters {
            guard let value = self[parameter.name], !value.isEmpty else {
                if parameter.required { throw .missingRequired(parameter.name) }
                continue
            }
            if let expected = Self.problem(value, for: parameter.type) {
                let shown = parameter.secret ? "(hidden)" : "'\(Self.printable(value))'"
                throw .invalidValue(name: parameter.name, shown: shown, expected: expected)
            }
        }
    }

    static func problem(_ value: String, for type: ParameterType) -> String? {
        switch type {
        case .string: return value.utf8.contains(0) ? "text without NUL bytes" : nil
        case .integer: return Int(value) == nil ? "an integer" : nil
        case .seconds:
            guard let number = Double(value), number.isFinite, number >= 0 else { return "a number of seconds" }
            return nil
        case .boolean: return BooleanValue.parse(value) == nil ? "a boolean (1/0, true/false, yes/no, on/off)" : nil
        case .choice(let options): return options.contains(value) ? nil : "one of \(options.joined(separator: ", "))"
        }
    }

    /// Hostile input is echoed shortened and with control characters escaped.
    public static func printable(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars.prefix(64) {
            if TerminalText.isControl(scalar) {
                out += "\\x" + String(scalar.value, radix: 16)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return value.unicodeScalars.count > 64 ? out + "…" : out
    }
}

/// Pacemaker's and resource-agents' notion of a true/false word (`ocf_is_true`, `crm_is_true`).
public enum BooleanValue {
    public static func parse(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "1", "true", "yes", "on", "y": true
        case "0", "false", "no", "off", "n": false
        default: nil
        }
    }
}

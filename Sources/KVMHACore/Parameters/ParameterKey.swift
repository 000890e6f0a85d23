/// A parameter read as its type, with its table's default behind it: the table is the one place a
/// default is spelled, and the code reading a value never repeats it.
public struct ParameterKey<Value: Sendable>: Sendable {
    public let name: String
    let parse: @Sendable (String) -> Value?

    public init(_ name: String, parse: @escaping @Sendable (String) -> Value?) {
        self.name = name
        self.parse = parse
    }
}

extension ParameterKey where Value == String {
    public static func text(_ name: String) -> Self { Self(name) { $0 } }
}

extension ParameterKey where Value == Int {
    public static func integer(_ name: String) -> Self { Self(name) { Int($0) } }
}

extension ParameterKey where Value == Double {
    /// A finite, non-negative number (seconds).
    public static func seconds(_ name: String) -> Self {
        Self(name) { Double($0).flatMap { $0.isFinite && $0 >= 0 ? $0 : nil } }
    }
}

extension ParameterKey where Value == Bool {
    public static func flag(_ name: String) -> Self { Self(name, parse: BooleanValue.parse) }
}

extension ParameterKey where Value: RawRepresentable, Value.RawValue == String {
    /// One of an enum's raw values (a `.choice` parameter).
    public static func choice(_ name: String) -> Self { Self(name) { Value(rawValue: $0) } }
}

extension ParameterValues {
    /// The value given, else the table's default, as its type; nil when there is neither, or when it
    /// does not parse (`validate()` refuses that before anything reads it).
    public subscript<Value>(_ key: ParameterKey<Value>) -> Value? { self[key.name].flatMap(key.parse) }

    /// For a parameter whose table gives a default: the value given when it parses, else the default.
    /// A key without a usable default is a defect of the table, which `defaultsParse` tests catch.
    public func value<Value>(_ key: ParameterKey<Value>) -> Value {
        if let value = self[key] { return value }
        guard let fallback = table[key.name]?.defaultValue.flatMap(key.parse) else {
            preconditionFailure("parameter \(key.name) has no default its key can read")
        }
        return fallback
    }

    /// Whether every key has a default in this table that it reads (for the agents' table tests).
    public func defaultsParse<Value>(_ keys: [ParameterKey<Value>]) -> [String] {
        keys.filter { table[$0.name]?.defaultValue.flatMap($0.parse) == nil }.map(\.name)
    }
}

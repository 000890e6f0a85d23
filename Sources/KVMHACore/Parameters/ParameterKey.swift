/// A parameter's name with the type its value is read as: the table's row is built from it (its
/// `ParameterType` comes from here, a choice's options from the enum's cases), and code reads values
/// only through it, with the table's default behind it — a misspelt name does not compile.
public struct ParameterKey<Value: Sendable>: Sendable {
    public let name: String
    /// How the table validates the value and what meta-data calls its content.
    public let type: ParameterType
    let parse: @Sendable (String) -> Value?

    public init(_ name: String, type: ParameterType, parse: @escaping @Sendable (String) -> Value?) {
        self.name = name
        self.type = type
        self.parse = parse
    }
}

extension ParameterKey where Value == String {
    public static func text(_ name: String) -> Self { Self(name, type: .string) { $0 } }
}

extension ParameterKey where Value == [String] {
    /// A list in one value, its words separated by `separator` (empty words dropped).
    public static func words(_ name: String, separator: Character = " ") -> Self {
        Self(name, type: .string) { $0.split(separator: separator).map(String.init) }
    }
}

extension ParameterKey where Value == Int {
    public static func integer(_ name: String) -> Self { Self(name, type: .integer) { Int($0) } }
}

extension ParameterKey where Value == Double {
    /// A finite, non-negative number (seconds).
    public static func seconds(_ name: String) -> Self {
        Self(name, type: .seconds) { Double($0).flatMap { $0.isFinite && $0 >= 0 ? $0 : nil } }
    }
}

extension ParameterKey where Value == Bool {
    public static func flag(_ name: String) -> Self { Self(name, type: .boolean, parse: BooleanValue.parse) }
}

extension ParameterKey where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
    /// One of an enum's raw values: the table offers exactly its cases, in their order.
    public static func choice(_ name: String) -> Self {
        Self(name, type: .choice(Value.allCases.map(\.rawValue))) { Value(rawValue: $0) }
    }
}

extension ParameterValues {
    /// The value given, else the table's default, as its type; nil when there is neither, or when it
    /// does not parse (`validate()` refuses that before anything reads it).
    public subscript<Value>(_ key: ParameterKey<Value>) -> Value? { self[key.name].flatMap(key.parse) }

    /// A text value that is not empty (an empty one means "not set", as in the stock agents).
    public func nonEmpty(_ key: ParameterKey<String>) -> String? {
        guard let value = self[key], !value.isEmpty else { return nil }
        return value
    }

    /// A flag: true only when given or defaulted true.
    public func isOn(_ key: ParameterKey<Bool>) -> Bool { self[key] ?? false }

    /// The text as given (or defaulted), unparsed: for an error message that quotes it.
    public func text<Value>(of key: ParameterKey<Value>) -> String? { self[key.name] }

    /// Whether the invocation gave this parameter (a default does not count).
    public func isGiven<Value>(_ key: ParameterKey<Value>) -> Bool { given[key.name] != nil }

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

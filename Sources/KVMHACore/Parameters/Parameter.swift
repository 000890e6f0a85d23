/// The kind of value a parameter takes; it decides validation and the meta-data `content` type.
public enum ParameterType: Sendable, Equatable {
    case string
    case integer
    case boolean
    /// A duration in seconds (fence meta-data `second`, OCF `integer`).
    case seconds
    /// One of a fixed set of values (fence meta-data `select`, OCF `string`).
    case choice([String])
}

/// One parameter of an agent: the single declaration from which parsing, validation, meta-data,
/// `--help` and the man page are all derived.
public struct Parameter: Sendable {
    public let name: String
    public var type: ParameterType
    public var defaultValue: String?
    public var required: Bool
    public var unique: Bool
    public var reloadable: Bool
    /// Never logged, never echoed in an error, never placed in a child's argv or environment.
    public var secret: Bool
    /// Older names still accepted on stdin and in the environment (fence-agents' `obsoletes`).
    public var aliases: [String]
    /// getopt spellings for command-line agents: a one-letter short option and/or a long option.
    public var shortOption: Character?
    public var longOption: String?
    /// The word shown for the value in `--help` and getopt meta-data (`[ip]`); nil for a flag.
    public var valueName: String?
    public var shortDescription: String
    public var longDescription: String

    /// A row built from its key: the name and the type are the key's (`type` overrides the type
    /// where the table validates more loosely than the key reads, e.g. an action named by the caller).
    public init<Value>(
        _ key: ParameterKey<Value>,
        type: ParameterType? = nil,
        default defaultValue: String? = nil,
        required: Bool = false,
        unique: Bool = false,
        reloadable: Bool = false,
        secret: Bool = false,
        aliases: [String] = [],
        short shortOption: Character? = nil,
        long longOption: String? = nil,
        valueName: String? = nil,
        shortDescription: String,
        longDescription: String? = nil
    ) {
        name = key.name
        self.type = type ?? key.type
        self.defaultValue = defaultValue
        self.required = required
        self.unique = unique
        self.reloadable = reloadable
        self.secret = secret
        self.aliases = aliases
        self.shortOption = shortOption
        self.longOption = longOption
        self.valueName = valueName ?? (self.type == .boolean ? nil : key.name)
        self.shortDescription = shortDescription
        self.longDescription = longDescription ?? shortDescription
    }

    /// A flag on the command line takes no value: booleans.
    public var isFlag: Bool { type == .boolean }
}

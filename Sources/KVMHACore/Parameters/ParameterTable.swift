/// The one declaration of an agent's parameters.
public struct ParameterTable: Sendable {
    public let parameters: [Parameter]

    public init(_ parameters: [Parameter]) {
        self.parameters = parameters
    }

    /// The parameter with this name or alias.
    public subscript(_ name: String) -> Parameter? {
        parameters.first { $0.name == name || $0.aliases.contains(name) }
    }

    public func parameter(short: Character) -> Parameter? { parameters.first { $0.shortOption == short } }
    public func parameter(long: String) -> Parameter? { parameters.first { $0.longOption == long } }

    /// The names whose values must never be shown.
    public var secretNames: Set<String> {
        Set(parameters.filter(\.secret).flatMap { [$0.name] + $0.aliases })
    }

    /// The same table with other defaults (an agent that answers to several names).
    public func overridingDefaults(_ defaults: [String: String]) -> ParameterTable {
        ParameterTable(
            parameters.map { parameter in
                var changed = parameter
                if let value = defaults[parameter.name] { changed.defaultValue = value }
                return changed
            })
    }
}

/// Everything a fence agent says about itself, in the form of fence-agents' metadata.rng.
public struct FenceMetadata: Sendable {
    public let name: String
    public let shortDescription: String
    public let longDescription: String
    public let vendorURL: String
    /// Other names this binary answers to (`fence_atca`), with their own short description.
    public let symlinks: [(name: String, shortDescription: String)]
    public let parameters: ParameterTable
    public let actions: [String]
    /// What the agent does beyond its options: in the longdesc and the man page's BEHAVIOUR section.
    public var behaviour: [BehaviourNote] = []

    public init(
        name: String,
        shortDescription: String,
        longDescription: String,
        vendorURL: String,
        symlinks: [(name: String, shortDescription: String)] = [],
        parameters: ParameterTable,
        actions: [String]
    ) {
        self.name = name
        self.shortDescription = shortDescription
        self.longDescription = longDescription
        self.vendorURL = vendorURL
        self.symlinks = symlinks
        self.parameters = parameters
        self.actions = actions
    }

    public var xml: String {
        var xml = XMLWriter()
        xml.open("resource-agent", [("name", name), ("shortdesc", shortDescription)])
        for link in symlinks { xml.empty("symlink", [("name", link.name), ("shortdesc", link.shortDescription)]) }
        xml.element("longdesc", text: behaviour.longDescription(after: longDescription))
        xml.element("vendor-url", text: vendorURL)
        xml.open("parameters")
        for parameter in parameters.parameters {
            var attributes = [("name", parameter.name), ("unique", parameter.unique ? "1" : "0")]
            attributes.append(("required", parameter.required ? "1" : "0"))
            if let obsolete = parameter.aliases.first { attributes.append(("obsoletes", obsolete)) }
            Self.parameter(parameter, attributes, into: &xml)
            // The old names as fence-agents publishes them, so pcs accepts a configuration that uses them.
            for alias in parameter.aliases {
                Self.parameter(
                    parameter, [("name", alias), ("unique", "0"), ("required", "0"), ("deprecated", "1")], into: &xml)
            }
        }
        xml.close("parameters")
        xml.open("actions")
        // `on` is not needed to unfence a node (fence-agents marks it so).
        for action in actions { xml.empty("action", [("name", action)] + (action == "on" ? [("automatic", "0")] : [])) }
        xml.close("actions")
        xml.close("resource-agent")
        return xml.text
    }

    static func parameter(_ parameter: Parameter, _ attributes: [(String, String)], into xml: inout XMLWriter) {
        xml.open("parameter", attributes)
        xml.empty("getopt", [("mixed", getopt(parameter))])
        var content = [("type", contentType(parameter.type))]
        if let value = parameter.defaultValue { content.append(("default", value)) }
        if case .choice(let options) = parameter.type {
            xml.open("content", content)
            for option in options { xml.empty("option", [("value", option)]) }
            xml.close("content")
        } else {
            xml.empty("content", content)
        }
        xml.element("shortdesc", [("lang", "en")], text: parameter.shortDescription)
        xml.close("parameter")
    }

    /// `-a, --ip=[ip]` as fence-agents writes it.
    static func getopt(_ parameter: Parameter) -> String {
        var spellings: [String] = []
        if let short = parameter.shortOption { spellings.append("-\(short)") }
        if let long = parameter.longOption {
            spellings.append("--\(long)" + (parameter.valueName.map { "=[\($0)]" } ?? ""))
        }
        return spellings.joined(separator: ", ")
    }

    static func contentType(_ type: ParameterType) -> String {
        switch type {
        case .string: "string"
        case .integer: "integer"
        case .boolean: "boolean"
        case .seconds: "second"
        case .choice: "select"
        }
    }
}

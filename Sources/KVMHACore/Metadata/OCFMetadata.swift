/// One `<action>` line of OCF meta-data.
public struct OCFAction: Sendable {
    public let name: String
    public let timeout: Int
    public let interval: Int?
    public let depth: Int?
    /// OCF 1.1 only (`reload-agent`): left out when rendering for the 1.0 DTD.
    public let ocf11Only: Bool

    public init(_ name: String, timeout: Int, interval: Int? = nil, depth: Int? = nil, ocf11Only: Bool = false) {
        self.name = name
        self.timeout = timeout
        self.interval = interval
        self.depth = depth
        self.ocf11Only = ocf11Only
    }
}

/// Everything an OCF resource agent says about itself; rendered from the parameter table.
public struct OCFMetadata: Sendable {
    public let name: String
    public let agentVersion: String
    public let shortDescription: String
    public let longDescription: String
    public let parameters: ParameterTable
    public let actions: [OCFAction]
    /// The man page's EXAMPLE CRM SHELL and EXAMPLE PCS lines, where the generated primitive is not
    /// how the agent is configured (a clone).
    public var examples: (crm: [String], pcs: [String])? = nil
    /// What the agent does beyond its parameters: in the longdesc after `longDescription`, and the
    /// man page's BEHAVIOUR section.
    public var behaviour: [BehaviourNote] = []

    public init(
        name: String,
        agentVersion: String,
        shortDescription: String,
        longDescription: String,
        parameters: ParameterTable,
        actions: [OCFAction]
    ) {
        self.name = name
        self.agentVersion = agentVersion
        self.shortDescription = shortDescription
        self.longDescription = longDescription
        self.parameters = parameters
        self.actions = actions
    }

    /// Whether the caller understands OCF 1.1 meta-data: Pacemaker says so in `OCF_RA_VERSION_*`;
    /// `ocf-tester` does not, and validates against the 1.0 DTD.
    public static func wantsOCF11(environment: [String: String]) -> Bool {
        guard let major = environment["OCF_RA_VERSION_MAJOR"].flatMap({ Int($0) }) else { return false }
        let minor = environment["OCF_RA_VERSION_MINOR"].flatMap { Int($0) } ?? 0
        return major > 1 || (major == 1 && minor >= 1)
    }

    public func xml(ocf11: Bool) -> String {
        var xml = XMLWriter()
        // The 1.0 DTD names only 1.0's attributes; OCF 1.1 meta-data is checked against its RNG instead.
        if !ocf11 { xml.raw("<!DOCTYPE resource-agent SYSTEM \"ra-api-1.dtd\">") }
        xml.open("resource-agent", [("name", name), ("version", agentVersion)])
        xml.element("version", text: ocf11 ? "1.1" : "1.0")
        xml.element("longdesc", [("lang", "en")], text: behaviour.longDescription(after: longDescription))
        xml.element("shortdesc", [("lang", "en")], text: shortDescription)
        xml.open("parameters")
        for parameter in parameters.parameters {
            var attributes = [("name", parameter.name), ("required", parameter.required ? "1" : "0")]
            attributes.append(("unique", parameter.unique ? "1" : "0"))
            if ocf11 && parameter.reloadable { attributes.append(("reloadable", "1")) }
            xml.open("parameter", attributes)
            xml.element("longdesc", [("lang", "en")], text: parameter.longDescription)
            xml.element("shortdesc", [("lang", "en")], text: parameter.shortDescription)
            var content = [("type", Self.contentType(parameter.type))]
            if let value = parameter.defaultValue { content.append(("default", value)) }
            xml.empty("content", content)
            xml.close("parameter")
        }
        xml.close("parameters")
        xml.open("actions")
        for action in actions where ocf11 || !action.ocf11Only {
            var attributes = [("name", action.name), ("timeout", "\(action.timeout)s")]
            if let interval = action.interval { attributes.append(("interval", "\(interval)s")) }
            if let depth = action.depth { attributes.append(("depth", "\(depth)")) }
            xml.empty("action", attributes)
        }
        xml.close("actions")
        xml.close("resource-agent")
        return xml.text
    }

    static func contentType(_ type: ParameterType) -> String {
        switch type {
        case .string, .choice: "string"
        case .integer, .seconds: "integer"
        case .boolean: "boolean"
        }
    }
}

/// Man pages generated from the same metadata as everything else, with the sections the ecosystem's
/// pages have: fence-agents' (PARAMETERS, ACTIONS, STDIN PARAMETERS) and resource-agents'
/// (SUPPORTED PARAMETERS, SUPPORTED ACTIONS, EXAMPLE CRM SHELL, EXAMPLE PCS).
extension HelpText {
    static let fenceActionDescriptions: [String: String] = [
        "on": "Power on the machine (or activate the blade).",
        "off": "Power off the machine (or deactivate the blade); succeeds once the off state is verified.",
        "reboot": "Power off, verify, then power on; a failing power on after a verified off is logged and "
            + "the action still succeeds (the node is fenced). With method=cycle a node already off is powered on.",
        "status": "Print the power state: exit 0 when on, 2 when off, 1 when it cannot be read.",
        "monitor": "Check that the BMC answers.",
        "list": "List the shelf's blades: slot, IPMB address and hot-swap state.",
        "list-status": "List the shelf's blades with ON, OFF or UNKNOWN.",
        "metadata": "Print the XML metadata describing this agent.",
        "manpage": "Print this man page.",
        "validate-all": "Check the options without contacting the BMC.",
        "diag": "Send a diagnostic interrupt (NMI) to the machine.",
    ]

    public static func fenceManPage(_ metadata: FenceMetadata) -> String {
        let name = metadata.name
        var out = ".TH \(troff(name.uppercased())) 8 \"\" kvmha \"kvmha (Fence Agent)\"\n"
        out += ".SH NAME\n\(troff(name)) \\- \(troff(metadata.shortDescription))\n"
        out += ".SH SYNOPSIS\n.B \(troff(name))\n[\\fIOPTIONS\\fR]\n"
        out += ".SH DESCRIPTION\n.P\n\(troff(metadata.longDescription))\n.P\n"
        out +=
            troff(
                "\(name) accepts options on the command line as well as key=value lines on stdin, which is how "
                    + "Pacemaker's fencer runs it.") + "\n"
        if !metadata.symlinks.isEmpty {
            out +=
                ".P\nThe same program answers to: "
                + metadata.symlinks.map { "\\fB\(troff($0.name))\\fR" }.joined(separator: ", ") + ".\n"
        }
        out += metadata.behaviour.manSection
        out += ".SH PARAMETERS\n"
        for parameter in metadata.parameters.parameters
        where parameter.shortOption != nil || parameter.longOption != nil {
            out += ".TP\n.B \(troff(FenceMetadata.getopt(parameter)))\n\(describe(parameter))\n"
        }
        out += ".SH ACTIONS\n"
        for action in metadata.actions {
            out += ".TP\n\\fB\(troff(action))\\fR\n\(troff(fenceActionDescriptions[action] ?? ""))\n"
        }
        out += ".SH STDIN PARAMETERS\n"
        for parameter in metadata.parameters.parameters {
            out += ".TP\n.B \(troff(parameter.name))\n\(describe(parameter))"
            if !parameter.aliases.isEmpty {
                out += " Obsoletes: \(troff(parameter.aliases.joined(separator: ", ")))."
            }
            out += "\n"
            for alias in parameter.aliases {
                out += ".TP\n.B \(troff(alias))\n\(troff("Deprecated name of \(parameter.name)."))\n"
            }
        }
        return out
    }

    /// `ocf_PROVIDER_NAME(7)`, as resource-agents installs its pages.
    public static func ocfManPage(_ metadata: OCFMetadata, provider: String) -> String {
        let page = "ocf_\(provider)_\(metadata.name)"
        let required = metadata.parameters.parameters.filter(\.required)
        var out = ".TH \(troff(page.uppercased())) 7 \"\" kvmha \"OCF resource agents\"\n"
        out += ".SH NAME\n\(troff(page)) \\- \(troff(metadata.shortDescription))\n"
        out +=
            ".SH SYNOPSIS\n\\fB\(troff(metadata.name))\\fR ["
            + metadata.actions.map { troff($0.name) }.joined(separator: " | ") + "]\n"
        out += ".SH DESCRIPTION\n\(troff(metadata.longDescription))\n" + metadata.behaviour.manSection
        out += ".SH SUPPORTED PARAMETERS\n"
        for parameter in metadata.parameters.parameters {
            out += ".TP\n\\fB\(troff(parameter.name))\\fR\n\(describe(parameter))"
            if parameter.unique { out += " (unique)" }
            if parameter.reloadable { out += " (reloadable)" }
            out += "\n"
        }
        out += ".SH SUPPORTED ACTIONS\n"
        for action in metadata.actions {
            var line = "timeout=\(action.timeout)s"
            if let interval = action.interval { line += " interval=\(interval)s" }
            if let depth = action.depth { line += " depth=\(depth)" }
            out += ".TP\n\\fB\(troff(action.name))\\fR\n\(troff(line))\n"
        }
        let values = required.map { "\($0.name)=\"\($0.defaultValue ?? "string")\"" }
        let params = values.isEmpty ? [] : ["  params " + values.joined(separator: " ") + " \\"]
        let examples =
            metadata.examples ?? (
                crm: ["primitive p_\(metadata.name) ocf:\(provider):\(metadata.name) \\"] + params
                    + ["  op monitor interval=\"10s\" timeout=\"30s\""],
                pcs: ["pcs resource create p_\(metadata.name) ocf:\(provider):\(metadata.name) \\"]
                    + (values.isEmpty ? [] : ["  " + values.joined(separator: " ") + " \\"])
                    + ["  op monitor interval=\"10s\" timeout=\"30s\""]
            )
        out += ".SH EXAMPLE CRM SHELL\n.nf\n" + examples.crm.map(troff).joined(separator: "\n") + "\n.fi\n"
        out += ".SH EXAMPLE PCS\n.nf\n" + examples.pcs.map(troff).joined(separator: "\n") + "\n.fi\n"
        return out
    }

    static func describe(_ parameter: Parameter) -> String {
        var text = troff(parameter.longDescription)
        if parameter.required { text += " (required)" }
        if let value = parameter.defaultValue, !value.isEmpty { text += " (Default Value: \(troff(value)))" }
        return text
    }
}

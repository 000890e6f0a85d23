/// `--help` text and a troff man page, both from the parameter table.
public enum HelpText {
    public static func usage(program: String, summary: String, synopsis: String, table: ParameterTable) -> String {
        var out = "\(program) - \(summary)\n\nUsage: \(synopsis)\n\nOptions:\n"
        for parameter in table.parameters {
            out += "  " + spelling(parameter).padded(to: 30) + " " + parameter.shortDescription
            if let value = parameter.defaultValue, !value.isEmpty { out += " (default: \(value))" }
            out += "\n"
        }
        return out
    }

    public static func manPage(
        program: String, section: Int, summary: String, synopsis: [String] = [], description: String,
        table: ParameterTable, behaviour: [BehaviourNote] = [], sections: [ManSection] = []
    ) -> String {
        var out = ".TH \(troff(program.uppercased())) \(section) \"\" kvmha \"kvmha\"\n"
        out += ".SH NAME\n\(troff(program)) \\- \(troff(summary))\n"
        if !synopsis.isEmpty { out += ".SH SYNOPSIS\n.nf\n" + synopsis.map(troff).joined(separator: "\n") + "\n.fi\n" }
        out += ".SH DESCRIPTION\n\(troff(description))\n" + behaviour.manSection + ".SH OPTIONS\n"
        for parameter in table.parameters {
            out += ".TP\n.B \(troff(spelling(parameter)))\n\(troff(parameter.longDescription))"
            if parameter.required { out += " (required)" }
            if let value = parameter.defaultValue, !value.isEmpty { out += " Default: \(troff(value))." }
            out += "\n"
        }
        for section in sections {
            out += ".SH \(troff(section.title))\n"
            for (term, text) in section.items {
                out += term.isEmpty ? ".P\n\(troff(text))\n" : ".TP\n.B \(troff(term))\n\(troff(text))\n"
            }
        }
        return out
    }

    static func spelling(_ parameter: Parameter) -> String {
        var names: [String] = []
        if let short = parameter.shortOption { names.append("-\(short)") }
        if let long = parameter.longOption { names.append("--\(long)") }
        var out = names.isEmpty ? parameter.name : names.joined(separator: ", ")
        if !parameter.isFlag, !names.isEmpty { out += " <\(parameter.valueName ?? "value")>" }
        if names.isEmpty { out += "=<value>" }
        return out
    }

    /// Escapes what troff would read as a request or an escape.
    static func troff(_ text: String) -> String {
        var out = text.replacing("\\", with: "\\\\").replacing("-", with: "\\-")
        if out.hasPrefix(".") || out.hasPrefix("'") { out = "\\&" + out }
        return out
    }
}

/// A man page section beyond the generated ones: tagged paragraphs (an empty term: a plain one).
public struct ManSection: Sendable {
    public let title: String
    public let items: [(term: String, text: String)]

    public init(_ title: String, _ items: [(term: String, text: String)]) {
        self.title = title
        self.items = items
    }
}

extension String {
    func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}

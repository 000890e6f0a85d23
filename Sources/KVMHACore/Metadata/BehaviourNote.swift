/// One rule of what an agent does beyond its parameters, written once beside its parameter table
/// and rendered everywhere an administrator reads about the agent: the meta-data's longdesc
/// (`crm ra info`, `pcs resource describe`), the man page's BEHAVIOUR section, and
/// docs/reference (`ReferenceBehaviourTests` keeps that copy equal). `code` spans are Markdown's.
public struct BehaviourNote: Sendable, Equatable {
    /// A few words that name the rule ("Peer watch"), shown in bold; nil for an untitled rule.
    public let title: String?
    public let text: String

    public init(_ title: String? = nil, _ text: String) {
        self.title = title
        self.text = text
    }

    /// For meta-data and `--help`: no markup, the title as the paragraph's first words.
    public var plain: String {
        let body = text.replacing("`", with: "")
        return title.map { "\($0). \(body)" } ?? body
    }

    /// A Markdown list item, as docs/reference holds it.
    public var markdown: String {
        "- " + (title.map { "**\($0).** " } ?? "") + text
    }

    /// A troff bullet paragraph: the title and every `code` span in bold.
    var troff: String {
        var out = ".IP \\(bu 2\n"
        if let title { out += "\\fB\(HelpText.troff(title)).\\fR " }
        let spans = text.split(separator: "`", omittingEmptySubsequences: false)
        for (index, span) in spans.enumerated() {
            let escaped = HelpText.troff(String(span))
            out += index % 2 == 1 ? "\\fB\(escaped)\\fR" : escaped
        }
        return out + "\n"
    }
}

extension [BehaviourNote] {
    /// The agent's long description followed by its rules, each a paragraph of its own.
    public func longDescription(after introduction: String) -> String {
        isEmpty ? introduction : ([introduction] + map { "- " + $0.plain }).joined(separator: "\n\n")
    }

    /// A man page's BEHAVIOUR section, or nothing for an agent without rules.
    var manSection: String {
        isEmpty ? "" : ".SH BEHAVIOUR\n" + map(\.troff).joined()
    }

    /// The block docs/reference carries, one list item per rule.
    public var markdown: String { map(\.markdown).joined(separator: "\n") + "\n" }
}

/// Builds XML text with every attribute and text node escaped; the agents never concatenate raw XML.
public struct XMLWriter {
    public private(set) var text = ""
    private var depth = 0

    public init(declaration: String = "<?xml version=\"1.0\"?>") {
        text = declaration + "\n"
    }

    public mutating func raw(_ line: String) { text += line + "\n" }

    public mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        line("<\(name)\(Self.render(attributes))>")
        depth += 1
    }

    public mutating func close(_ name: String) {
        depth -= 1
        line("</\(name)>")
    }

    public mutating func empty(_ name: String, _ attributes: [(String, String)] = []) {
        line("<\(name)\(Self.render(attributes))/>")
    }

    public mutating func element(_ name: String, _ attributes: [(String, String)] = [], text content: String) {
        line("<\(name)\(Self.render(attributes))>\(Self.escape(content))</\(name)>")
    }

    private mutating func line(_ content: String) {
        text += String(repeating: "  ", count: depth) + content + "\n"
    }

    static func render(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
    }

    public static func escape(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for character in value {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(character)
            }
        }
        return out
    }
}

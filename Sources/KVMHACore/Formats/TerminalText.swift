/// Text from others (a peer's node name, a libvirt error, a file) on its way to a terminal: control
/// characters — C0, DEL, C1 (0x80–0x9F, which some terminals take as escape sequences) — and the
/// bidirectional controls that reorder what is shown (the "Trojan Source" characters) are written as
/// `\u{…}`, so what an admin reads is what the bytes say.
public enum TerminalText {
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7f, 0x80...0x9f: true
        case 0x061c, 0x200e, 0x200f, 0x202a...0x202e, 0x2066...0x2069: true
        default: false
        }
    }

    /// `text` with every control but newline (and tab) escaped.
    public static func safe(_ text: String, keepingNewlines: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) && !(keepingNewlines && ($0 == "\n" || $0 == "\t")) })
        else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar), !(keepingNewlines && (scalar == "\n" || scalar == "\t")) {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}

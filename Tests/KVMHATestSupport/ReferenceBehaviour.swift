import Foundation
import KVMHACore

/// docs/reference's copy of an agent's behaviour notes: the lines between two markers, rendered
/// from the notes the meta-data and man page carry, so the reference cannot say what the agent
/// no longer does. `KVMHA_UPDATE_GOLDEN=1` rewrites the block after a deliberate change.
public enum ReferenceBehaviour {
    public static let begin = "<!-- behaviour: generated from the agent's BehaviourNote list; edit the Swift -->"
    public static let end = "<!-- end of behaviour -->"

    public enum Mismatch: Error, CustomStringConvertible {
        case noMarkers(String)
        case differs(String)
        public var description: String {
            switch self {
            case .noMarkers(let file): "\(file) has no \(ReferenceBehaviour.begin) … \(ReferenceBehaviour.end) block"
            case .differs(let file):
                "\(file)'s behaviour block differs from the agent's (KVMHA_UPDATE_GOLDEN=1 to accept)"
            }
        }
    }

    /// Checks (or, with KVMHA_UPDATE_GOLDEN=1, rewrites) the block of `file`, relative to the repository.
    public static func check(_ notes: [BehaviourNote], in file: String) throws {
        let path = LabControl.repository + "/" + file
        let text = try String(contentsOfFile: path, encoding: .utf8)
        guard let first = text.range(of: begin + "\n"),
            let last = text.range(of: end, range: first.upperBound..<text.endIndex)
        else { throw Mismatch.noMarkers(file) }
        let current = String(text[first.upperBound..<last.lowerBound])
        if current == notes.markdown { return }
        if ProcessInfo.processInfo.environment["KVMHA_UPDATE_GOLDEN"] == "1" {
            try (text[..<first.upperBound] + notes.markdown + text[last.lowerBound...])
                .write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        throw Mismatch.differs(file)
    }
}

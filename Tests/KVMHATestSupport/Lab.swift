import Foundation

/// What `scripts/lab up` wrote to `/run/kvmha-lab/lab.env`. Integration tests read it and fail
/// loudly when it is missing: a test that cannot reach its peer never skips.
public struct Lab: Sendable {
    public let values: [String: String]

    /// Where the lab keeps its state unless KVMHA_LAB_STATE says otherwise (lab/facts.env too).
    public static let defaultState = "/run/kvmha-lab"
    public static let state = ProcessInfo.processInfo.environment["KVMHA_LAB_STATE"] ?? defaultState
    public static let envFile = state + "/lab.env"

    public struct NotUp: Error, CustomStringConvertible {
        public let description: String
        public init(description: String) { self.description = description }
    }

    public static func current() throws -> Lab {
        guard let text = try? String(contentsOfFile: envFile, encoding: .utf8) else {
            throw NotUp(description: "the lab is not up (\(envFile) missing): run `scripts/lab up` first")
        }
        var values: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let equals = line.firstIndex(of: "=") else { continue }
            values[String(line[..<equals])] = String(line[line.index(after: equals)...])
        }
        return Lab(values: values)
    }

    public func require(_ key: String) throws -> String {
        guard let value = values[key], !value.isEmpty else { throw NotUp(description: "lab.env has no \(key)") }
        return value
    }

    public var libvirtURI: String { values["KVMHA_LAB_LIBVIRT_URI"] ?? "qemu:///system" }

    public func bmcPassword() throws -> String {
        let path = try require("KVMHA_LAB_BMC_PASSWORD_FILE")
        return try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A diskless TCG guest definition from the lab's template, with a fresh UUID.
    public func guestXML(name: String) throws -> String {
        let template = try String(contentsOfFile: try require("KVMHA_LAB_GUEST_TEMPLATE"), encoding: .utf8)
        return template.replacingOccurrences(of: "@NAME@", with: name)
            .replacingOccurrences(of: "@UUID@", with: UUID().uuidString.lowercased())
    }
}

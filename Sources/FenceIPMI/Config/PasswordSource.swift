import KVMHACore

/// Where the password comes from: `password` itself, or the first line `password_script` prints.
/// The script runs without a shell: its value is split on spaces into a path and arguments, checked
/// when the plan is made and run only when the session is opened.
enum PasswordSource: Sendable {
    case none
    case given(String)
    case script(path: String, arguments: [String])

    init(_ values: ParameterValues) throws(FenceError) {
        if let password = values.nonEmpty(FenceKeys.password) {
            self = .given(password)
            return
        }
        guard let script = values.nonEmpty(FenceKeys.passwordScript) else {
            self = .none
            return
        }
        let words = script.split(separator: " ").map(String.init)
        guard let path = words.first, path.hasPrefix("/") else {
            throw .passwordScript("password_script must be an absolute path (it is run without a shell)")
        }
        self = .script(path: path, arguments: Array(words.dropFirst()))
    }

    func read(deadline: Deadline) throws(FenceError) -> String {
        switch self {
        case .none: return ""
        case .given(let password): return password
        case .script(let path, let arguments):
            let result: ChildResult
            do { result = try ChildProcess.run(path, arguments, deadline: deadline, outputLimit: 4096) } catch {
                throw .passwordScript("\(error)")
            }
            guard result.succeeded else { throw .passwordScript("\(path) exited \(result.exitCode ?? -1)") }
            return String(result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
        }
    }
}

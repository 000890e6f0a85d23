import KVMHACore

/// The password from `password`, or the first line `password_script` prints. The script runs
/// without a shell: its value is split on spaces into a path and arguments.
enum PasswordSource {
    static func password(_ values: ParameterValues, deadline: Deadline) throws(FenceError) -> String {
        if let password = values["password"], !password.isEmpty { return password }
        guard let script = values.string("password_script") else { return "" }
        let words = script.split(separator: " ").map(String.init)
        guard let path = words.first, path.hasPrefix("/") else {
            throw .passwordScript("password_script must be an absolute path (it is run without a shell)")
        }
        do {
            let result = try ChildProcess.run(path, Array(words.dropFirst()), deadline: deadline, outputLimit: 4096)
            guard result.succeeded else { throw FenceError.passwordScript("\(path) exited \(result.exitCode ?? -1)") }
            return String(result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
        } catch let error as FenceError {
            throw error
        } catch {
            throw .passwordScript("\(error)")
        }
    }
}

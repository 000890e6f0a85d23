/// The three ways an agent is handed its parameters, all read through the same table.
extension ParameterTable {
    /// OCF: `OCF_RESKEY_<name>` (aliases too); everything else in the environment is ignored.
    public func values(ocfEnvironment environment: [String: String]) -> ParameterValues {
        var values = ParameterValues(table: self)
        for parameter in parameters {
            for name in [parameter.name] + parameter.aliases {
                if let value = environment["OCF_RESKEY_" + name] {
                    values.set(parameter.name, value)
                    break
                }
            }
        }
        return values
    }

    /// Fence agents: `key=value` lines on stdin as Pacemaker's fencer writes them (LF or CRLF). Blank lines and
    /// `#` comments are skipped, one pair of surrounding quotes is removed, and an unknown key is
    /// reported through `warn` (by name only) and otherwise ignored.
    public func values(
        keyValueText text: String,
        maxBytes: Int = 64 * 1024,
        warn: (String) -> Void
    ) throws(ParameterError) -> ParameterValues {
        guard text.utf8.count <= maxBytes else { throw .inputTooLarge(limit: maxBytes) }
        var values = ParameterValues(table: self)
        var number = 0
        // "\r\n" is one Character in Swift: split on it as well as on "\n" and a lone "\r", as Python's
        // universal newlines (fencing.py) does.
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        for rawLine in lines {
            number += 1
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "=") else { throw .malformedLine(number: number) }
            let key = String(line[..<equals]).trimmingWhitespace()
            let value = String(line[line.index(after: equals)...]).trimmingWhitespace().removingQuotes()
            guard !key.isEmpty else { throw .malformedLine(number: number) }
            if let parameter = self[key] {
                values.set(parameter.name, value)
            } else {
                warn("ignoring unknown parameter '\(ParameterValues.printable(key))'")
            }
        }
        return values
    }

    /// Command-line agents: getopt-style `-a VALUE`, `-aVALUE`, `-P` (flags, also bundled as
    /// `-Pv`), `--ip VALUE`, `--ip=VALUE`, `--lanplus`, and `--` ending the options.
    public func values(arguments: [String]) throws(ParameterError) -> ParameterValues {
        var values = ParameterValues(table: self)
        var index = 0
        func take(_ option: String) throws(ParameterError) -> String {
            index += 1
            guard index < arguments.count else { throw .missingArgument(option) }
            return arguments[index]
        }
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument.hasPrefix("--") {
                let body = argument.dropFirst(2)
                let name = String(body.prefix { $0 != "=" })
                guard let parameter = parameter(long: name) else {
                    throw .unknownOption("--" + ParameterValues.printable(name))
                }
                if let equals = body.firstIndex(of: "=") {
                    values.set(parameter.name, String(body[body.index(after: equals)...]))
                } else if parameter.isFlag {
                    values.set(parameter.name, "1")
                } else {
                    values.set(parameter.name, try take(argument))
                }
            } else if argument.hasPrefix("-"), argument.count > 1 {
                var letters = Substring(argument.dropFirst())
                while let letter = letters.first {
                    letters = letters.dropFirst()
                    guard let parameter = parameter(short: letter) else {
                        throw .unknownOption("-" + ParameterValues.printable(String(letter)))
                    }
                    if parameter.isFlag {
                        values.set(parameter.name, "1")
                    } else {
                        values.set(parameter.name, letters.isEmpty ? try take("-\(letter)") : String(letters))
                        break
                    }
                }
            } else {
                let option = arguments[..<index].last { $0.hasPrefix("-") }
                throw .strayWord(
                    position: index + 1, after: option.map { ParameterValues.printable(String($0.prefix(40))) })
            }
            index += 1
        }
        return values
    }
}

extension StringProtocol {
    /// Without leading and trailing white space (Foundation's trimming, without Foundation).
    public func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}

extension String {
    func removingQuotes() -> String {
        for quote in ["\"", "'"] where count >= 2 && hasPrefix(quote) && hasSuffix(quote) {
            return String(dropFirst().dropLast())
        }
        return self
    }
}

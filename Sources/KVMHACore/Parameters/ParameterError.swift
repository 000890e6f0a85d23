/// Why a set of parameter values was refused. The texts never contain a secret parameter's value.
public enum ParameterError: Error, Equatable, Sendable, AgentFailure {
    case missingRequired(String)
    case invalidValue(name: String, shown: String, expected: String)
    case unknownOption(String)
    /// A word that is no option (`-p my secret`: `secret`), by its position only: it may be the rest
    /// of a secret split at a space, so it is never echoed.
    case strayWord(position: Int, after: String?)
    case missingArgument(String)
    case inputTooLarge(limit: Int)
    case lineTooLong(number: Int, limit: Int)
    case malformedLine(number: Int)

    public var reason: String {
        switch self {
        case .missingRequired(let name): "required parameter '\(name)' is not set"
        case .invalidValue(let name, let shown, let expected):
            "parameter '\(name)' has invalid value \(shown): expected \(expected)"
        case .unknownOption(let option): "unknown option '\(option)'"
        case .strayWord(let position, let after):
            "argument \(position)\(after.map { " (after \($0))" } ?? "") is no option; not shown, as it may be "
                + "part of a value with a space: quote such a value"
        case .missingArgument(let option): "option '\(option)' needs a value"
        case .inputTooLarge(let limit): "input is larger than \(limit) bytes"
        case .lineTooLong(let number, let limit): "line \(number) of the input is longer than \(limit) bytes"
        case .malformedLine(let number): "line \(number) of the input is not key=value"
        }
    }

    /// Missing configuration is OCF_ERR_CONFIGURED; malformed arguments are OCF_ERR_ARGS.
    public var ocfExitCode: OCFExitCode {
        switch self {
        case .missingRequired, .invalidValue: .notConfigured
        case .unknownOption, .strayWord, .missingArgument, .inputTooLarge, .lineTooLong, .malformedLine:
            .invalidArgument
        }
    }
}

/// Why a set of parameter values was refused. The texts never contain a secret parameter's value.
public enum ParameterError: Error, Equatable, Sendable, AgentFailure {
    case missingRequired(String)
    case invalidValue(name: String, shown: String, expected: String)
    case unknownOption(String)
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
        case .unknownOption, .missingArgument, .inputTooLarge, .lineTooLong, .malformedLine: .invalidArgument
        }
    }
}

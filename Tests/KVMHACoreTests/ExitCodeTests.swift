import KVMHACore
import KVMHATestSupport
import Testing

@Suite(.ownThread) struct ExitCodeTests {
    @Test func ocfCodesMatchTheSpec() {
        let expected: [OCFExitCode: Int32] = [
            .success: 0, .genericError: 1, .invalidArgument: 2, .unimplemented: 3, .insufficientPrivilege: 4,
            .notInstalled: 5, .notConfigured: 6, .notRunning: 7, .runningPromoted: 8, .failedPromoted: 9,
            .degraded: 190, .degradedPromoted: 191,
        ]
        for code in OCFExitCode.allCases { #expect(code.rawValue == expected[code]) }
    }

    @Test func fenceCodes() {
        #expect(FenceExitCode.success.rawValue == 0)
        #expect(FenceExitCode.failure.rawValue == 1)
        #expect(FenceExitCode.statusOff.rawValue == 2)
    }

    @Test func parameterErrorsMapToOCF() {
        #expect(ParameterError.missingRequired("config").ocfExitCode == .notConfigured)
        #expect(ParameterError.unknownOption("-x").ocfExitCode == .invalidArgument)
        #expect(ParameterError.missingRequired("config").fenceExitCode == .failure)
    }
}

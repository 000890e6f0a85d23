import KVMHATestSupport
import Testing

@testable import KVMHACore

/// Input as fencing.py reads it: LF, CRLF or CR line ends.
@Suite(.ownThread) struct KeyValueLineEndTests {
    @Test func everyLineEnd() throws {
        let table = ParameterTable([
            Parameter(ParameterKey<String>.text("a"), shortDescription: "a"),
            Parameter(ParameterKey<String>.text("b"), shortDescription: "b"),
        ])
        for text in ["a=1\nb=2\n", "a=1\r\nb=2\r\n", "a=1\rb=2\r", "a=1\r\n\r\nb=2"] {
            let values = try table.values(keyValueText: text) { _ in }
            #expect(values["a"] == "1" && values["b"] == "2", "\(text.debugDescription)")
        }
    }
}

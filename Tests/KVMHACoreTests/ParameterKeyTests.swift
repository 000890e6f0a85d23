import KVMHATestSupport
import Testing

@testable import KVMHACore

/// Typed keys read the given value as its type, else the table's default; a table without a
/// default its key can read is caught here, before `value(_:)` could trap on it.
@Suite(.ownThread) struct ParameterKeyTests {
    enum Mode: String, Sendable, CaseIterable { case fast, slow }

    let table = ParameterTable([
        Parameter(
            ParameterKey<String>.text("mode"), type: .choice(["fast", "slow"]), default: "slow", shortDescription: "m"),
        Parameter(ParameterKey<String>.text("count"), type: .integer, default: "3", shortDescription: "c"),
        Parameter(ParameterKey<String>.text("wait"), type: .seconds, default: "1.5", shortDescription: "w"),
        Parameter(ParameterKey<String>.text("name"), shortDescription: "n"),
    ])

    @Test func givenValuesAreTypedAndDefaultsComeFromTheTable() {
        let given = ParameterValues(table: table, given: ["mode": "fast", "count": "7"])
        #expect(given.value(ParameterKey<Mode>.choice("mode")) == .fast)
        #expect(given.value(ParameterKey<Int>.integer("count")) == 7)
        #expect(given.value(ParameterKey<Double>.seconds("wait")) == 1.5)
        let empty = ParameterValues(table: table)
        #expect(empty.value(ParameterKey<Mode>.choice("mode")) == .slow)
        #expect(empty.value(ParameterKey<Int>.integer("count")) == 3)
        #expect(empty[ParameterKey<String>.text("name")] == nil)
    }

    @Test func aValueThatDoesNotParseFallsBackToTheDefault() {
        let hostile = ParameterValues(table: table, given: ["mode": "warp", "count": "1e300", "wait": "-4"])
        #expect(hostile[ParameterKey<Mode>.choice("mode")] == nil)
        #expect(hostile.value(ParameterKey<Mode>.choice("mode")) == .slow)
        #expect(hostile.value(ParameterKey<Int>.integer("count")) == 3)
        #expect(hostile.value(ParameterKey<Double>.seconds("wait")) == 1.5)
    }

    @Test func keysWithoutADefaultAreFound() {
        let values = ParameterValues(table: table)
        #expect(values.defaultsParse([ParameterKey<String>.text("name")]) == ["name"])
        #expect(values.defaultsParse([ParameterKey<Int>.integer("count")]).isEmpty)
    }
}

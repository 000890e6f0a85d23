import KVMHACore
import Testing

@testable import FenceIPMI

/// Every key fence_ipmi reads with the table's default behind it has one its type can read, for
/// every name the agent answers to (each may override defaults, e.g. fence_ilo3's power_wait).
@Test(arguments: AgentName.allCases) func fenceKeysHaveTheirDefaults(_ name: AgentName) {
    let values = ParameterValues(table: name.table)
    #expect(values.defaultsParse(FenceKeys.seconds).isEmpty)
    #expect(values.defaultsParse(FenceKeys.integers).isEmpty)
    #expect(values.defaultsParse([FenceKeys.method]).isEmpty && values.defaultsParse([FenceKeys.privilege]).isEmpty)
    #expect(values.defaultsParse([FenceKeys.plugSeparator]).isEmpty && values.defaultsParse([FenceKeys.action]).isEmpty)
    // The metadata's actions are the ones the agent performs.
    #expect(name.actions.allSatisfy { FenceAction(rawValue: $0.rawValue) != nil })
}

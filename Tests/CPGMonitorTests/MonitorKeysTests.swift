import KVMHACore
import Testing

@testable import CPGMonitor

/// Every key the daemon reads with the table's default behind it has one its type can read.
@Test func monitorKeysHaveTheirDefaults() {
    let values = ParameterValues(table: MonitorParameters.table)
    #expect(values.defaultsParse(MonitorKeys.texts).isEmpty)
    #expect(values.defaultsParse(MonitorKeys.integers).isEmpty)
}

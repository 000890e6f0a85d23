import KVMHACore
import Testing

@testable import OCFVirtualDomain

/// Every key the agent reads with the table's default behind it has one its type can read.
@Test func virtualDomainKeysHaveTheirDefaults() {
    #expect(ParameterValues(table: VirtualDomainParameters.table).defaultsParse(VirtualDomainKeys.defaulted).isEmpty)
}

import Foundation
import KVMHACore
import KVMHATestSupport
import Libvirt
import Logging
import Synchronization
import Testing

@testable import OCFVirtualDomain

@Suite(.ownThread) struct ConfigAndPlanTests {
    @Test func domainNameWithHostileCharacters() throws {
        let xml = """
            <?xml version="1.0"?>
            <!-- <name>not this</name> -->
            <domain type='kvm'>
              <name>vm "quoted" &amp; $(reboot) 'x'</name>
              <uuid>aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee</uuid>
              <devices><interface type='network'><source network='lan'/></interface>
              <disk type='volume'><source pool="images" volume='v'/></disk>
              <channel type='unix'><target type='virtio' name='org.qemu.guest_agent.0'/></channel></devices>
            </domain>
            """
        let config = try DomainConfig(xml: xml)
        #expect(config.name == "vm \"quoted\" & $(reboot) 'x'")
        #expect(config.uuid == "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee")
        #expect(config.networks == ["lan"])
        #expect(config.storagePools == ["images"])
        #expect(config.hasGuestAgent)
    }

    @Test func garbageConfigs() {
        #expect(throws: DomainConfig.Problem.notADomain) { try DomainConfig(xml: "hello") }
        #expect(throws: DomainConfig.Problem.noName) { try DomainConfig(xml: "<domain><uuid>x</uuid></domain>") }
        #expect(throws: DomainConfig.Problem.self) { try DomainConfig(xml: String(repeating: "<", count: 10_000)) }
    }

    @Test func migrationURIsAsTheStockAgentBuildsThem() {
        func plan(_ extra: [String: String]) -> MigrationPlan {
            let values = VirtualDomainParameters.table.values(
                ocfEnvironment: ["OCF_RESKEY_config": "/x.xml"].merging(
                    extra.map { ("OCF_RESKEY_" + $0.key, $0.value) }
                ) { $1 })
            return MigrationPlan(settings: Settings(values: values), target: "node2.example.com")
        }
        #expect(plan([:]).destinationURI == "qemu://node2.example.com/system")
        #expect(plan(["migration_transport": "tcp"]).destinationURI == "qemu+tcp://node2.example.com/system")
        #expect(
            plan(["migration_transport": "ssh", "migration_user": "root"]).destinationURI
                == "qemu+ssh://root@node2.example.com/system")
        let suffixed = plan(["migration_transport": "tcp", "migration_network_suffix": "-mig", "migrateport": "49152"])
        #expect(suffixed.destinationURI == "qemu+tcp://node2-mig.example.com/system")
        #expect(suffixed.parameters.dataURI == "tcp:node2-mig.example.com:49152")
        #expect(plan(["remoteuri": "qemu+tcp://%n/system"]).destinationURI == "qemu+tcp://node2.example.com/system")
        let options = plan(["migrate_options": "--p2p --migrateuri tcp:%n:5000 --frobnicate", "migration_speed": "100"])
        #expect(options.flags.contains(.peerToPeer))
        #expect(options.parameters.dataURI == "tcp:node2.example.com:5000")
        #expect(options.parameters.bandwidthMiBs == 100)
        #expect(options.ignoredOptions == ["--frobnicate"])
    }

    @Test func overlayNamedAsTheStockAgentNamesIt() {
        #expect(Context.overlayPath(config: "/etc/libvirt/qemu/vm1.xml") == "/etc/libvirt/qemu/vm1.qcow2")
    }
}

import KVMHACore
import Testing

@testable import CPGMonitor

/// `check-fencing`'s reading of sbd's file and dump, and its rules, on facts built here; the lab
/// cluster's SecondLevelFencingTests run the command against Debian's sbd and a real Pacemaker.
@Suite struct FencingRulesTests {
    static let debianFile = """
        # Debian's /etc/default/sbd, as the administrator filled it in
        SBD_DEVICE="/dev/disk/by-id/scsi-sbd1;/dev/disk/by-id/scsi-sbd2"
        SBD_PACEMAKER=yes
        SBD_WATCHDOG_DEV=/dev/watchdog
        SBD_WATCHDOG_TIMEOUT=5
        SBD_OPTS=
        """

    @Test func readsSbdsEnvironmentFileAsSystemdDoes() {
        let settings = SbdSettings.parse(Self.debianFile)
        #expect(settings.devices == ["/dev/disk/by-id/scsi-sbd1", "/dev/disk/by-id/scsi-sbd2"])
        #expect(settings.watchdogDevice == "/dev/watchdog" && settings.watchdogTimeout == 5 && settings.pacemaker)
        #expect(settings.problems.isEmpty)
        let bad = SbdSettings.parse("SBD_WATCHDOG_TIMEOUT=five\nnonsense\nSBD_PACEMAKER=no\n")
        #expect(bad.problems.count == 2 && !bad.pacemaker && bad.watchdogTimeout == 5)
    }

    @Test func readsTheTimeoutsSbdDumpPrints() {
        let dump = """
            ==Dumping header on disk /dev/loop3
            Header version     : 2.1
            Timeout (watchdog) : 2
            Timeout (allocate) : 2
            Timeout (loop)     : 1
            Timeout (msgwait)  : 4
            ==Header on disk /dev/loop3 is dumped
            """
        #expect(SbdHeader.parse(dump: dump) == SbdHeader(watchdog: 2, msgwait: 4))
        #expect(SbdHeader.parse(dump: "==Dumping header on disk /dev/loop3\n") == nil)
    }

    @Test func readsPacemakersDurations() {
        #expect(PacemakerDuration.milliseconds("60s") == 60_000)
        #expect(PacemakerDuration.milliseconds("10") == 10_000)
        #expect(PacemakerDuration.milliseconds("1min") == 60_000)
        #expect(PacemakerDuration.milliseconds("500ms") == 500)
        #expect(PacemakerDuration.milliseconds("-1") == -1000)
        #expect(PacemakerDuration.milliseconds("soon") == nil)
    }

    static func disk(watchdog: Int = 2, msgwait: Int = 4) -> FencingFacts {
        var facts = FencingFacts()
        facts.sbdFile = "/etc/default/sbd"
        facts.sbd = SbdSettings.parse("SBD_DEVICE=/dev/sbd\nSBD_WATCHDOG_TIMEOUT=\(watchdog)\n")
        facts.watchdogDevice = .characterDevice
        facts.disks = [("/dev/sbd", .header(SbdHeader(watchdog: watchdog, msgwait: msgwait)))]
        facts.haveWatchdog = true
        facts.nodes = 3
        return facts
    }

    static func errors(_ facts: FencingFacts) -> [String] {
        FencingRules.findings(facts).filter { $0.severity == .error }.map(\.text)
    }

    @Test func aDiskSetUpAsDocumentedPasses() {
        #expect(Self.errors(Self.disk()).isEmpty)
        #expect(FencingRules.findings(Self.disk()).contains { $0.text == "/dev/sbd: watchdog 2 s, msgwait 4 s" })
    }

    @Test func refusesWhatFencesUnsafelyOrNever() {
        var facts = Self.disk(watchdog: 5, msgwait: 6)
        #expect(Self.errors(facts).first?.contains("msgwait 6 s is less than twice the watchdog timeout 5 s") == true)
        facts = Self.disk()
        facts.watchdogDevice = .missing
        #expect(Self.errors(facts).first?.contains("watchdog device /dev/watchdog does not exist") == true)
        facts = Self.disk()
        facts.disks = [("/dev/sbd", .missing)]
        #expect(Self.errors(facts) == ["SBD_DEVICE /dev/sbd does not exist"])
        facts.disks = [("/dev/sbd", .notBlockDevice)]
        #expect(Self.errors(facts) == ["SBD_DEVICE /dev/sbd is not a block device"])
        facts.disks = [("/dev/sbd", .unreadable("sbd: failed to read header"))]
        #expect(Self.errors(facts).first?.hasSuffix("failed to read header") == true)
        facts = Self.disk(watchdog: 20, msgwait: 40)
        facts.stonithTimeout = 30_000
        #expect(Self.errors(facts).first?.contains("stonith-timeout 30 s does not outlast") == true)
        facts = Self.disk()
        facts.haveWatchdog = false
        #expect(Self.errors(facts).first?.contains("have-watchdog=false") == true)
        facts = Self.disk()
        facts.sbd = nil
        #expect(Self.errors(facts).first?.contains("no sbd configuration") == true)
    }

    @Test func disklessNeedsAStonithWatchdogTimeoutLongerThanTheWatchdogAndThreeNodes() {
        var facts = Self.disk()
        facts.sbd = SbdSettings.parse("SBD_WATCHDOG_TIMEOUT=5\n")
        facts.disks = []
        #expect(Self.errors(facts).first?.contains("stonith-watchdog-timeout is not set") == true)
        facts.stonithWatchdogTimeout = 5000
        #expect(Self.errors(facts).first?.contains("is not longer than SBD_WATCHDOG_TIMEOUT 5 s") == true)
        facts.stonithWatchdogTimeout = 8000
        #expect(Self.errors(facts).isEmpty)
        #expect(FencingRules.findings(facts).contains { $0.severity == .warning })
        facts.stonithWatchdogTimeout = 10_000
        #expect(FencingRules.findings(facts).allSatisfy { $0.severity == .ok })
        facts.stonithWatchdogTimeout = -1000
        #expect(Self.errors(facts).isEmpty)
        facts.nodes = 2
        #expect(Self.errors(facts).first?.contains("diskless sbd with 2 node(s)") == true)
    }
}

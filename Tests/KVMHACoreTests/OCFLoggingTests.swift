import Glibc
import KVMHACore
import KVMHATestSupport
import Testing

/// ocf-shellfuncs' logging rules, read from the environment Pacemaker's executor gives an agent.
@Suite(.ownThread) struct OCFLoggingTests {
    @Test func destinationsAsOCFShellfuncs() {
        let plain = OCFLogDestinations(agent: "VirtualDomain", environment: ["OCF_RESOURCE_INSTANCE": "vm1"], pid: 42)
        #expect(plain.tag == "VirtualDomain(vm1)[42]")
        #expect(plain.toStandardError && plain.facility == nil && !plain.debug)

        let pacemaker = OCFLogDestinations(
            agent: "VirtualDomain",
            environment: [
                "HA_logfacility": "daemon", "HA_logfile": "/var/log/pacemaker/pacemaker.log", "HA_debug": "0",
            ],
            pid: 7)
        #expect(pacemaker.tag == "VirtualDomain[7]")
        #expect(pacemaker.facility == Syslog.facility(named: "daemon") && !pacemaker.toStandardError)
        #expect(pacemaker.logFile == "/var/log/pacemaker/pacemaker.log" && !pacemaker.debug)

        let none = OCFLogDestinations(agent: "A", environment: ["HA_LOGFACILITY": "none", "HA_debug": "1"], pid: 1)
        #expect(none.facility == nil && none.toStandardError && none.debug)
        let local = OCFLogDestinations(agent: "A", environment: ["HA_LOGFACILITY": "local5"], pid: 1)
        #expect(local.facility == Syslog.facility(named: "LOCAL5") && !local.toStandardError)
        #expect(OCFLogDestinations(agent: "A", environment: ["HA_DEBUGLOG": "/tmp/d"], pid: 1).debugFile == "/tmp/d")
    }
}

/// Under systemd stderr is the journal's stream (JOURNAL_STREAM names its device and inode): a daemon
/// that also logs to syslog then writes to stderr no more, or every line reaches the journal twice.
@Test func theJournalStreamIsRecognisedByItsDeviceAndInode() {
    var info = stat()
    #expect(fstat(STDERR_FILENO, &info) == 0)
    #expect(StandardError.isJournal(environment: ["JOURNAL_STREAM": "\(info.st_dev):\(info.st_ino)"]))
    #expect(!StandardError.isJournal(environment: ["JOURNAL_STREAM": "\(info.st_dev):\(info.st_ino + 1)"]))
    #expect(!StandardError.isJournal(environment: ["JOURNAL_STREAM": "garbage"]))
    #expect(!StandardError.isJournal(environment: [:]))
}

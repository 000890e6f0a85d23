import Foundation
import KVMHACore
import Libvirt
import Synchronization
import Testing

@testable import OCFVirtualDomain

/// A guest the admin defined with `virsh define` and configured with `config=/etc/libvirt/qemu/NAME.xml`:
/// libvirt's undefine deletes that very file, and start undefines the domain. The file must come
/// through every start and stop exactly as it was (issue 29).
extension AgentLogicTests {
    func fileFacts(_ path: String) throws -> (text: String, inode: Int, mode: Int) {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (
            try String(contentsOfFile: path, encoding: .utf8), (attributes[.systemFileNumber] as? Int) ?? -1,
            (attributes[.posixPermissions] as? Int) ?? -1
        )
    }

    @Test func aPersistentGuestsConfigSurvivesStartStopAndStartAgain() throws {
        let defined = FakeGuest(name: "vm-a")
        defined.set(.shutoff)
        let ctx = try context([defined])
        let config = ctx.settings.config
        defined.state.withLock { $0.definitionFile = config }
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: config)
        let before = try fileFacts(config)

        #expect(try ctx.start() == .success)
        #expect(try defined.isPersistent() == false, "start undefines it: the cluster owns the guest")
        let afterStart = try fileFacts(config)
        #expect(afterStart.text == before.text && afterStart.inode == before.inode && afterStart.mode == 0o640)
        #expect(!FileManager.default.fileExists(atPath: KeptConfig(path: config).keeper), "no link left behind")

        #expect(try ctx.stop() == .success)
        #expect(try ctx.start() == .success, "the second start fails when the first lost the config")
        #expect(try fileFacts(config).text == before.text)
    }

    /// A start killed between libvirt's undefine and its own restore leaves the link: the next start
    /// puts the file back and starts the guest.
    @Test func aStartStoppedDuringTheUndefineLeavesTheConfigToTheNext() throws {
        let ctx = try context([])
        let config = ctx.settings.config
        let text = try String(contentsOfFile: config, encoding: .utf8)
        let kept = KeptConfig(path: config)
        try FileManager.default.linkItem(atPath: config, toPath: kept.keeper)
        try FileManager.default.removeItem(atPath: config)

        #expect(try ctx.start() == .success)
        #expect(try String(contentsOfFile: config, encoding: .utf8) == text)
        #expect(!FileManager.default.fileExists(atPath: kept.keeper))
    }

    /// save_config_on_stop rewrites the admin's file: under Pacemaker's umask it stayed 0600 root
    /// whatever it was; now it keeps its owner and mode.
    @Test func saveConfigOnStopKeepsTheFilesMode() throws {
        let guest = FakeGuest(name: "vm-a")
        let ctx = try context([guest], extra: ["OCF_RESKEY_save_config_on_stop": "true"])
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: ctx.settings.config)
        #expect(try ctx.stop() == .success)
        let after = try fileFacts(ctx.settings.config)
        #expect(after.mode == 0o644 && after.text.contains("<name>vm-a</name>"))
    }

    /// ocf-tester and an admin run actions by hand (no OCF_RESKEY_CRM_meta_*): no record, which the
    /// daemon would take for a cluster guest and report once it is gone (issue 29).
    @Test func actionsRunByHandLeaveNoRecord() throws {
        let ctx = try context([], byHand: true)
        #expect(try ctx.start() == .success)
        #expect(try ctx.monitor() == .success)
        #expect(ctx.records.load("vm") == nil)
        #expect(try ctx.stop() == .success)
        #expect(ctx.records.load("vm") == nil)
    }
}

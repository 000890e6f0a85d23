import Foundation
import KVMHACore
import KVMHATestSupport
import Logging
import Testing

@testable import OCFVirtualDomain

/// The drop-ins that make a node shutdown stop guests before libvirtd, written as the stock agent
/// writes them; systemctl here is a script that records its arguments.
@Suite(.ownThread) struct ShutdownOrderingTests {
    @Test func writesTheStockDropInsAndReloadsOnlyOnChange() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "kvmha-dropin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let calls = directory.appendingPathComponent("calls").path
        let systemctl = directory.appendingPathComponent("systemctl").path
        try "#!/bin/sh\necho \"$@\" >>\(calls)\n".write(toFile: systemctl, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: systemctl)
        let target = directory.appendingPathComponent("resource-agents-deps.target.d").path
        let ordering = ShutdownOrdering(directory: target, systemctl: systemctl)
        let logger = Logger(label: "test")

        try await onOwnThread { ordering.ensure(until: .after(.seconds(10)), logger: logger) }
        let libvirt = try String(contentsOfFile: target + "/99-VirtualDomain-libvirt.conf", encoding: .utf8)
        #expect(libvirt == "[Unit]\nAfter=libvirtd.service\n")
        let machines = try String(contentsOfFile: target + "/99-VirtualDomain-machines.conf", encoding: .utf8)
        #expect(machines == "[Unit]\nWants=virt-guest-shutdown.target\n")
        let modular = try String(
            contentsOfFile: target + "/99-kvmha-VirtualDomain-virtqemud.conf", encoding: .utf8)
        #expect(modular == "[Unit]\nAfter=virtqemud.service\n", "modular libvirt: virtqemud runs the guests")
        let mode = try FileManager.default.attributesOfItem(atPath: target + "/99-VirtualDomain-libvirt.conf")[
            .posixPermissions]
        #expect(mode as? Int == 0o644)
        #expect(
            try String(contentsOfFile: calls, encoding: .utf8) == "daemon-reload\nstart virt-guest-shutdown.target\n")

        try await onOwnThread { ordering.ensure(until: .after(.seconds(10)), logger: logger) }
        #expect(
            try String(contentsOfFile: calls, encoding: .utf8).split(separator: "\n").count == 2,
            "no reload without a change")
    }
}

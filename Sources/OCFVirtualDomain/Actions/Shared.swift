import KVMHACore
import Libvirt
import Logging

extension Context {
    /// Records that the domain runs here on purpose, with its emulator process; writes only on change.
    @discardableResult
    func recordRunning(_ guest: any Guest, previous: DomainRecord?) -> DomainRecord {
        let emulator = emulators.emulator(of: guest.name)
        var record =
            previous
            ?? DomainRecord(resource: resource, domainName: guest.name, uuid: guest.uuid, intent: .running)
        record.domainName = guest.name
        record.uuid = guest.uuid
        record.intent = .running
        if let emulator, emulator != record.emulator {
            record.emulator = emulator
            record.agentAnswered = false  // another QEMU: its guest's agent has not answered yet
        }
        if record != previous { save(record) }
        return record
    }

    func recordIntent(_ intent: DomainIntent, name: String, uuid: String?) {
        var record =
            records.load(resource)
            ?? DomainRecord(resource: resource, domainName: name, uuid: uuid ?? "", intent: intent)
        record.intent = intent
        if let uuid, !uuid.isEmpty { record.uuid = uuid }
        save(record)
    }

    /// Only for what Pacemaker runs: an action run by hand (ocf-tester, an admin's monitor: no
    /// `OCF_RESKEY_CRM_meta_*`) leaves no record that kvmha-cpgmonitor would take for a cluster guest
    /// and report as failed once it is gone.
    func save(_ record: DomainRecord) {
        guard underPacemaker else { return }
        do { try records.save(record) } catch { logger.warning("could not write the domain record: \(error)") }
    }

    /// Each monitor script must succeed before the deadline; a failure names the script, its exit
    /// status and the start of its output, as the stock agent's exit reason does.
    func runMonitorScripts(until deadline: Deadline) throws(AgentError) {
        for script in settings.monitorScripts {
            let result: ChildResult
            do { result = try ChildProcess.run(script, [], deadline: deadline) } catch {
                throw .failed("monitor script \(script): \(error)")
            }
            guard result.succeeded else {
                let output = ParameterValues.printable(result.output.trimmingWhitespace())
                throw .failed(
                    "monitor script \(script) failed (exit \(result.exitCode.map(String.init) ?? "signal"))"
                        + (output.isEmpty ? "" : " with output: \(output)"))
            }
            logger.debug("monitor script \(script) passed")
        }
    }

    /// Writes cpu/host_memory/hv_memory utilization when it differs from what was last written
    /// (`record`, already read by the action: no second read on the monitor path).
    func updateUtilization(_ guest: any Guest, record current: DomainRecord) {
        guard underPacemaker else { return }
        var record = current
        let wanted = desiredUtilization(guest)
        var changed = false
        for (name, value) in wanted where record.utilization[name] != value {
            do {
                if value.isEmpty {
                    try cluster.deleteUtilization(resource: resource, name: name, deadline: deadline)
                } else {
                    try cluster.setUtilization(resource: resource, name: name, value: value, deadline: deadline)
                }
                record.utilization[name] = value
                changed = true
                logger.info("utilization \(name) \(value.isEmpty ? "removed" : "set to \(value)")")
            } catch let failure as CommandFailed where failure.resourceUnknown {
                // Not a resource in the CIB (ocf-tester, a hand run): nothing to write, now or later.
                record.utilization[name] = value
                changed = true
            } catch {
                logger.warning("could not update utilization \(name): \(error)")
            }
        }
        if changed { save(record) }
    }

    /// name → value to set, or "" to remove; parameters that ask for neither are left alone.
    func desiredUtilization(_ guest: any Guest) -> [String: String] {
        let values = settings.values
        var wanted: [String: String] = [:]
        let info = try? guest.info()
        for (name, autoset, unset) in [
            ("cpu", VirtualDomainKeys.autosetUtilizationCpu, VirtualDomainKeys.unsetUtilizationCpu),
            (
                "host_memory", VirtualDomainKeys.autosetUtilizationHostMemory,
                VirtualDomainKeys.unsetUtilizationHostMemory
            ),
            ("hv_memory", VirtualDomainKeys.autosetUtilizationHvMemory, VirtualDomainKeys.unsetUtilizationHvMemory),
        ] {
            if values.isOn(unset) {
                wanted[name] = ""
            } else if values.isOn(autoset), let info {
                wanted[name] = name == "cpu" ? "\(info.virtualCPUs)" : "\(info.maxMemoryKiB / 1024)"
            }
        }
        return wanted
    }
}

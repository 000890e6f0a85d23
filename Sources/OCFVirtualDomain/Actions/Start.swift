import KVMHACore
import Libvirt
import Logging

extension Context {
    /// start: create the domain transient from its config (as the stock agent does, so libvirt never
    /// autostarts it behind Pacemaker's back), or restore it from its snapshot state file.
    func start() throws(AgentError) -> OCFExitCode {
        try settings.validate()
        let kept = KeptConfig(path: settings.config)
        // Bounded like every file operation on the config (it may sit on a hung NFS mount).
        if (try? Bounded.call("looking for a kept config", deadline: deadline) { kept.recover() }) == true {
            logger.warning(
                "config \(ParameterValues.printable(settings.config)) put back: an earlier start was stopped during the undefine"
            )
        }
        warnIfLibvirtOwnsConfig()
        let domain = identity()
        let config = domain.config
        let problem = domain.problem
        guard let config else { throw .notInstalled(problem ?? "config unreadable") }
        let connection: any HypervisorConnection
        do { connection = try connect(until: deadline) } catch {
            throw .failed("cannot start \(config.name): \(error)")
        }
        shutdownOrdering?.ensure(until: deadline, logger: logger)
        let guest = try existingOrNew(config, connection)
        guard poll(until: deadline, { (try? guest.status().state) == .running }) else {
            throw .failed("domain \(config.name) did not reach running before the deadline")
        }
        let current = recordRunning(guest, previous: records.load(resource))
        if let note = records.reported(resource), note.emulator != current.emulator { records.removeReported(resource) }
        logger.info("domain \(config.name) started")
        if !settings.monitorScripts.isEmpty {
            // Like the stock agent, start returns only once the monitor scripts pass.
            let scriptsPass = poll(until: deadline) { (try? runMonitorScripts(until: deadline)) != nil }
            guard scriptsPass else {
                throw .failed("monitor scripts of \(config.name) did not pass before the deadline")
            }
        }
        updateUtilization(guest, record: current)
        return .success
    }

    private func existingOrNew(_ config: DomainConfig, _ connection: any HypervisorConnection) throws(AgentError)
        -> any Guest
    {
        do {
            if let existing = try connection.guest(named: config.name) {
                let state = try existing.status().state
                if [.running, .blocked, .paused].contains(state) {
                    logger.info("domain \(config.name) is already running")
                    return existing
                }
                if try existing.isPersistent() {
                    logger.info(
                        "undefining the persistent definition of \(config.name), config kept: the cluster owns it")
                    try KeptConfig(path: settings.config).around(until: deadline) { try existing.undefine() }
                }
            }
            if settings.startResources {
                for network in config.networks { try connection.ensureNetworkActive(network) }
                for pool in config.storagePools { try connection.ensureStoragePoolActive(pool) }
            }
            try prepareOverlay(config)
            if let directory = settings.snapshotDirectory {
                let state = "\(directory)/\(config.name).state"
                if Files.exists(state) {
                    try connection.restore(from: state)
                    Files.remove(state)
                    logger.info("domain \(config.name) restored from \(state)")
                    if let guest = try connection.guest(named: config.name) { return guest }
                    throw AgentError.failed("domain \(config.name) missing after restore")
                }
            }
            return try connection.createTransient(xml: config.xml)
        } catch let error as AgentError {
            throw error
        } catch let error as LibvirtError where error.isLeaseHeldElsewhere {
            throw .failed(
                "\(config.name) not started: another host holds its disk lease (libvirt lock manager), so it runs there: \(error.message)"
            )
        } catch let error as LibvirtError {
            throw .failed("failed to start \(config.name): \(error.message)")
        } catch {
            throw .failed("failed to start \(config.name): \(error)")
        }
    }

    /// libvirt's own directory: `virsh define`, `edit` and `undefine` write and delete the files there.
    static let libvirtConfigDirectory = "/etc/libvirt/"

    /// A config in libvirt's own directory works (start keeps it across its undefine), but libvirt
    /// rewrites it on every `virsh edit` and deletes it on `virsh undefine`: said once per start.
    func warnIfLibvirtOwnsConfig() {
        guard settings.config.hasPrefix(Self.libvirtConfigDirectory) else { return }
        logger.warning(
            "config \(ParameterValues.printable(settings.config)) lies in libvirt's own directory, which virsh define, edit and undefine rewrite or delete; a copy outside it (e.g. /etc/pacemaker/NAME.xml on every node, or shared storage) is safer"
        )
    }

    /// backingfile: the domain's qcow2 overlay beside its config (`<config up to its first dot>.qcow2`,
    /// as the stock agent names it), re-created on every start when stateless.
    private func prepareOverlay(_ config: DomainConfig) throws(AgentError) {
        guard let backing = settings.backingFile else { return }
        let overlay = Self.overlayPath(config: settings.config)
        guard settings.stateless || !Files.exists(overlay) else { return }
        Files.remove(overlay)
        let format = try backingFormat(backing)
        try runTool("/usr/bin/qemu-img", ["create", "-f", "qcow2", "-F", format, "-b", backing, overlay])
        if !settings.copyInDirectories.isEmpty {
            try runTool("/usr/bin/virt-copy-in", ["-a", overlay] + settings.copyInDirectories + ["/"])
        }
    }

    static func overlayPath(config: String) -> String {
        let slash = config.lastIndex(of: "/").map { config.index(after: $0) } ?? config.startIndex
        let base = config[slash...].prefix { $0 != "." }
        return String(config[..<slash]) + base + ".qcow2"
    }

    private func backingFormat(_ backing: String) throws(AgentError) -> String {
        let output = try runTool("/usr/bin/qemu-img", ["info", "--output=json", backing])
        guard let key = output.firstRange(of: "\"format\": \"") else { return "raw" }
        return String(output[key.upperBound...].prefix { $0 != "\"" })
    }

    @discardableResult
    func runTool(_ path: String, _ arguments: [String]) throws(AgentError) -> String {
        do {
            let result = try ChildProcess.run(path, arguments, deadline: deadline)
            guard result.succeeded else {
                throw AgentError.failed("\(path) failed: \(result.output.trimmingWhitespace())")
            }
            return result.output
        } catch let error as AgentError {
            throw error
        } catch ChildProcessError.notFound(let missing) {
            throw .notInstalled("\(missing) is needed for this configuration but is not installed")
        } catch {
            throw .failed("\(error)")
        }
    }
}

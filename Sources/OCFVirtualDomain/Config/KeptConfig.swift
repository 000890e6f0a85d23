import KVMHACore

/// The admin's `config`, kept across libvirt's undefine.
///
/// libvirt's undefine deletes a persistent domain's file, `/etc/libvirt/qemu/NAME.xml`, and that is very
/// often the very `config` this resource starts from (a guest set up with `virsh define`). Start
/// undefines such a domain (the cluster, not libvirt's autostart, decides where it runs), so `config`
/// gets a second hard link beside it first and, when libvirt removed it, that link is renamed back: the
/// same inode, so content, owner, mode and times are exactly the admin's. The stock agent copies the
/// file aside and back (`verify_undefined`), which loses them and, if it is killed between the two,
/// the file; a link survives a kill, and the next start puts it back (`recover`). Where the file system
/// has no hard links, the text, owner and mode are kept in memory and written back.
struct KeptConfig {
    let path: String

    /// `.NAME.kvmha-kept` beside the config: dot-named like every temporary file, and fixed so that a
    /// killed start's link is found again.
    var keeper: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return Files.directory(of: path) + "/" + Files.temporaryPrefix + name + ".kvmha-kept"
    }

    /// Puts back a config an earlier start lost between libvirt's undefine and its own restore (it was
    /// killed there), and drops a link left over when the config is in place. Says whether it put one back.
    @discardableResult
    func recover() -> Bool {
        guard Files.entryExists(keeper) else { return false }
        if Files.entryExists(path) {
            Files.remove(keeper)
            return false
        }
        return Files.rename(keeper, to: path)
    }

    /// How the config was kept across the undefine.
    enum Keeping: Sendable {
        case nothing
        case linked
        /// No hard links here (some FUSE or vfat mounts): the text, owner and mode in memory.
        case copied(String, Files.Ownership?)
    }

    /// Runs `undefine` with the config kept: afterwards it is there as it was before, or `undefine`
    /// did not run (the config could be neither linked nor read: nothing of the admin's is risked).
    /// Every file operation is bounded by `deadline`, like the config's read: a config on a hung NFS
    /// mount must not hold the start past it (a link left behind is put back by the next start).
    func around(until deadline: Deadline, _ undefine: () throws -> Void) throws {
        let kept = self
        let shown = ParameterValues.printable(path)
        let keeping: Keeping
        do {
            keeping = try Bounded.call("keeping config \(shown)", deadline: deadline) {
                () throws(AgentError) in try kept.keep()
            }
        } catch { throw Self.unwrapped(error) }
        try undefine()
        do {
            try Bounded.call("putting config \(shown) back", deadline: deadline) {
                () throws(AgentError) in try kept.restore(keeping)
            }
        } catch { throw Self.unwrapped(error) }
    }

    /// The agent's own error as it was thrown, or the deadline's: the start reports either as it is.
    private static func unwrapped(_ failure: BoundedFailure<AgentError>) -> any Error {
        switch failure {
        case .failed(let error): error
        case .timedOut(let late): late
        }
    }

    private func keep() throws(AgentError) -> Keeping {
        recover()
        guard Files.entryExists(path) else { return .nothing }  // nothing to keep (config elsewhere or gone)
        do {
            try Files.link(path, as: keeper)
            return .linked
        } catch let linkFailure {
            do { return .copied(try Files.readText(path, limit: 4 << 20), Files.Ownership.of(path)) } catch {
                throw .failed(
                    "cannot keep config \(ParameterValues.printable(path)) across libvirt's undefine "
                        + "(\(linkFailure); \(error)): not undefined")
            }
        }
    }

    private func restore(_ keeping: Keeping) throws(AgentError) {
        switch keeping {
        case .nothing: return
        case .linked: recover()
        case .copied(let text, let ownership):
            guard !Files.entryExists(path) else { return }
            do { try Files.writeAtomically(path, text, ownership: ownership) } catch {
                throw .failed(
                    "libvirt's undefine deleted config \(ParameterValues.printable(path)) and writing it back failed: \(error)"
                )
            }
        }
    }
}

import CLibcShims

/// The release every binary reports (`--version`, meta-data, the daemon's build info); `debian/changelog`'s
/// newest entry must name the same version (`PackageVersionTests` checks it).
public enum KVMHAVersion {
    public static let current = "0.4.0"

    /// The commit the package was built from (`git describe`, `+` when the tree had changes), or
    /// "unknown" for a build outside debian/rules: two nodes on different commits tell apart.
    public static let commit = String(cString: kvmha_build_commit())

    /// `0.3.1 (commit 1a2b3c4d5e6f)`: what `--version` and the meta-data's version say.
    public static let described = "\(current) (commit \(commit))"
}

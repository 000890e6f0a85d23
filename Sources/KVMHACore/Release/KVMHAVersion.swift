/// The release every binary reports (`--version`, meta-data); `debian/changelog`'s newest entry must
/// name the same version (`PackageVersionTests` checks it).
public enum KVMHAVersion {
    public static let current = "0.1.0"
}

/// What the kvmha package installed (`scripts/setup` builds the .deb and installs it with apt): the
/// integration, compatibility and cluster tests run these; the lab-free binary tests run the build's
/// products (`productPath`). `PackageIntegrationTests` checks that dpkg names kvmha as their owner.
public enum Installed {
    public static let package = "kvmha"
    public static let fenceIPMI = "/usr/sbin/fence_ipmi"
    public static let fenceATCA = "/usr/sbin/fence_atca"
    public static let daemon = "/usr/sbin/kvmha-cpgmonitor"
    public static let virtualDomain = "/usr/lib/ocf/resource.d/kvmha/VirtualDomain"
    public static let cpgMonitor = "/usr/lib/ocf/resource.d/kvmha/CPGMonitor"
    public static let all = [fenceIPMI, fenceATCA, daemon, virtualDomain, cpgMonitor]
}

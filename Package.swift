// swift-tools-version: 6.2
import PackageDescription

// Strictness as a habit (as swift-log does); CI adds -warnings-as-errors on the command line.
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// The lab suites are part of the package only when asked for (`scripts/test` does).
let labTests = Context.environment["KVMHA_LAB_TESTS"] == "1"

let package = Package(
    name: "kvmha",
    products: [
        .executable(name: "VirtualDomain", targets: ["OCFVirtualDomain"]),
        .executable(name: "fence_ipmi", targets: ["FenceIPMI"]),
        .executable(name: "kvmha-cpgmonitor", targets: ["CPGMonitor"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        // Without its Foundation trait: the agents start in milliseconds and link no Foundation.
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2", traits: []),
        // The daemon's metrics in Prometheus' text format (no HTTP server: node_exporter's textfile).
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        // C libraries of the field: one system-library module each, imported only by its bindings.
        .systemLibrary(name: "CLibvirt", pkgConfig: "libvirt"),
        .systemLibrary(name: "CFreeIPMI", pkgConfig: "libfreeipmi"),
        // No pkgConfig: corosync's .pc files carry -pthread, which SwiftPM warns about on every build.
        .systemLibrary(name: "CCorosync"),
        // libc calls Swift cannot import (variadic prctl), for KVMHACore's libc layer only.
        .systemLibrary(name: "CLibcShims"),
        // sd_notify for the daemon's Type=notify unit.
        .systemLibrary(name: "CSystemd", pkgConfig: "libsystemd"),
        // HMAC-SHA256 of the daemons' heartbeats (libgcrypt: on every node already, libfreeipmi's).
        .systemLibrary(name: "CGcrypt", pkgConfig: "libgcrypt"),

        // Thin bindings: typed handles that free themselves, typed errors read right after the call.
        .target(name: "Libvirt", dependencies: ["CLibvirt", "KVMHACore"], swiftSettings: strict),
        .target(name: "FreeIPMI", dependencies: ["CFreeIPMI", "KVMHACore"], swiftSettings: strict),
        .target(name: "Corosync", dependencies: ["CCorosync", "KVMHACore"], swiftSettings: strict),
        .target(name: "Systemd", dependencies: ["CSystemd"], swiftSettings: strict),
        .target(name: "Gcrypt", dependencies: ["CGcrypt"], swiftSettings: strict),

        // What every agent shares: exit codes, deadlines, parameter tables, meta-data, logging.
        .target(
            name: "KVMHACore",
            dependencies: [
                "CLibcShims",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "Subprocess", package: "swift-subprocess"),
            ],
            swiftSettings: strict
        ),

        .executableTarget(
            name: "OCFVirtualDomain",
            dependencies: ["KVMHACore", "Libvirt", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "FenceIPMI",
            dependencies: ["KVMHACore", "FreeIPMI", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "CPGMonitor",
            dependencies: [
                "KVMHACore", "Corosync", "Libvirt", "Systemd", "Gcrypt",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: strict
        ),

        .target(
            name: "KVMHATestSupport", dependencies: ["KVMHACore"], path: "Tests/KVMHATestSupport", swiftSettings: strict
        ),
        // Lab-free: a plain `swift test` (parallel) on any machine with the build dependencies, in ~25 s.
        .testTarget(name: "KVMHACoreTests", dependencies: ["KVMHACore", "KVMHATestSupport"], swiftSettings: strict),
        .testTarget(
            name: "LibvirtTests", dependencies: ["Libvirt", "KVMHACore", "KVMHATestSupport"], swiftSettings: strict),
        .testTarget(
            name: "OCFVirtualDomainTests", dependencies: ["OCFVirtualDomain", "KVMHACore", "KVMHATestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "FenceIPMITests", dependencies: ["FenceIPMI", "KVMHACore", "KVMHATestSupport"], swiftSettings: strict),
        .testTarget(
            name: "CPGMonitorTests",
            dependencies: ["CPGMonitor", "KVMHACore", "Corosync", "Libvirt", "KVMHATestSupport"],
            swiftSettings: strict),
    ] + (labTests ? labTestTargets : []),
    swiftLanguageModes: [.v6]
)

// Against the real peers the lab starts (libvirtd, Corosync + Pacemaker, ipmi_sim, the three-node
// cluster): declared with KVMHA_LAB_TESTS=1, as `scripts/test` sets it; they fail, never skip,
// without the lab.
var labTestTargets: [Target] {
    [
        .testTarget(
            name: "LibvirtLabTests", dependencies: ["Libvirt", "KVMHACore", "KVMHATestSupport"], swiftSettings: strict),
        .testTarget(
            name: "FreeIPMILabTests", dependencies: ["FreeIPMI", "KVMHACore", "KVMHATestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "CorosyncLabTests", dependencies: ["Corosync", "KVMHACore", "KVMHATestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "OCFVirtualDomainLabTests",
            dependencies: ["OCFVirtualDomain", "KVMHACore", "Libvirt", "KVMHATestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "FenceIPMILabTests", dependencies: ["FenceIPMI", "FreeIPMI", "KVMHACore", "KVMHATestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "CPGMonitorLabTests",
            dependencies: ["CPGMonitor", "KVMHACore", "Corosync", "Libvirt", "KVMHATestSupport"],
            swiftSettings: strict),
        // The stock agents and kvmha's side by side on the same input and the same lab peers.
        .testTarget(name: "CompatibilityTests", dependencies: ["KVMHATestSupport"], swiftSettings: strict),
        // The three-node lab cluster (scripts/lab cluster), driven through bench/cluster-scenarios.
        .testTarget(name: "ClusterLabTests", dependencies: ["KVMHATestSupport"], swiftSettings: strict),
    ]
}

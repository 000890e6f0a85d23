import KVMHACore
import Prometheus

/// The daemon's counters and latency histogram, kept from its events (so they always agree with the
/// events file) and written in Prometheus' text format for node_exporter's textfile collector.
struct DaemonMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    static let namespace = "kvmha_cpgmonitor"
    /// Detection to Pacemaker's acceptance of the report.
    static let latencyBuckets: [Duration] = [10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000].map {
        .milliseconds($0)
    }

    init(startedAt epochSeconds: Double = Double(Timestamp.epochMilliseconds()) / 1000) {
        // Every series present from the start, so a scrape (and a rate()) sees zeros rather than nothing.
        for kind in DaemonEvent.Kind.allCases { _ = counter("events", "kind", kind.rawValue) }
        for failure in GuestFailure.allCases { _ = counter("detections", "failure", failure.rawValue) }
        for reason in DaemonEvent.Reason.notActedOn {
            for name in ["not_acted_on", "guest_failures_ignored", "peer_messages_refused"] {
                _ = counter(name, "reason", reason.rawValue)
            }
        }
        _ = latency
        gauge("build_info", labels: [("version", KVMHAVersion.current), ("commit", KVMHAVersion.commit)]).set(to: 1)
        gauge("start_time_seconds").set(to: epochSeconds)
        gauge("up").set(to: 1)
        update(StatusBoard.Snapshot())
    }

    /// The gauges of the daemon's state, from the status it writes.
    func update(_ state: StatusBoard.Snapshot, at epochSeconds: Double = Double(Timestamp.epochMilliseconds()) / 1000) {
        gauge("quorate").set(to: state.quorate ? 1 : 0)
        gauge("libvirt_connected").set(to: state.libvirt == "connected" ? 1 : 0)
        gauge("peers").set(to: Double(max(0, state.members.count - 1)))
        gauge("managed_domains").set(to: Double(state.managedDomains.count))
        gauge("last_update_seconds").set(to: epochSeconds)
    }

    /// What the file says once the daemon has stopped: down, and nothing it can vouch for.
    func markDown() {
        gauge("up").set(to: 0)
        gauge("quorate").set(to: 0)
        gauge("libvirt_connected").set(to: 0)
    }

    func record(_ event: DaemonEvent) {
        counter("events", "kind", event.kind.rawValue).increment()
        switch event.kind {
        case .detected: counter("detections", "failure", event.failure?.rawValue ?? "unknown").increment()
        case .ignored:
            counter("not_acted_on", "reason", event.reasonText ?? "unknown").increment()
            counter("guest_failures_ignored", "reason", event.reasonText ?? "unknown").increment()
        case .reported: if let ms = event.latencyMs { latency.record(.milliseconds(ms)) }
        default: break
        }
    }

    /// One peer message refused: counted each (its `refused` event is logged once a minute per member).
    func refusedMessage(_ reason: DaemonEvent.Reason) {
        counter("not_acted_on", "reason", reason.rawValue).increment()
        counter("peer_messages_refused", "reason", reason.rawValue).increment()
    }

    /// The text exposition format.
    var text: String { registry.emitToString() }

    private var latency: DurationHistogram {
        registry.makeDurationHistogram(
            descriptor: MetricNameDescriptor(
                namespace: Self.namespace, metricName: "detection_to_report", unitName: "seconds",
                helpText: "From a failure's detection to Pacemaker's acceptance of its report"),
            labels: [], buckets: Self.latencyBuckets)
    }

    private func counter(_ name: String, _ label: String, _ value: String) -> Counter {
        registry.makeCounter(
            descriptor: MetricNameDescriptor(
                namespace: Self.namespace, metricName: name, unitName: "total", helpText: Self.help[name] ?? ""),
            labels: [(label, value)])
    }

    private func gauge(_ name: String, labels: [(String, String)] = []) -> Gauge {
        registry.makeGauge(
            descriptor: MetricNameDescriptor(
                namespace: Self.namespace, metricName: name, unitName: "", helpText: Self.help[name] ?? ""),
            labels: labels)
    }

    static let help = [
        "events": "The daemon's events by kind (the events file has one line each)",
        "detections": "Guest failures detected on this node, by failure",
        "not_acted_on": "Guest failures not reported and peer messages refused, by reason (the sum of the next two)",
        "guest_failures_ignored": "Guest failures not reported, by reason",
        "peer_messages_refused": "Peer messages refused, by reason (each counted; logged once a minute per member)",
        "build_info": "The kvmha release that runs (always 1)",
        "start_time_seconds": "When the daemon started, seconds since the epoch",
        "up": "1 while the daemon runs; 0 in the file it leaves when it stops",
        "quorate": "1 while this node's partition has quorum (reports are made only then)",
        "libvirt_connected": "1 while the daemon's libvirt connection is up",
        "peers": "Other members of the daemon's CPG group",
        "managed_domains": "Domains the cluster runs on this node, as the daemon sees them",
        "last_update_seconds": "When the daemon last wrote this file, seconds since the epoch",
    ]
}

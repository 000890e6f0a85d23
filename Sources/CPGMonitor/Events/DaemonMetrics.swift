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

    init() {
        // Present from the start, so a scrape shows zeros rather than nothing.
        for kind in DaemonEvent.Kind.allCases { _ = counter("events", "kind", kind.rawValue) }
        _ = latency
    }

    func record(_ event: DaemonEvent) {
        counter("events", "kind", event.kind.rawValue).increment()
        switch event.kind {
        case .detected: counter("detections", "failure", event.failure ?? "unknown").increment()
        case .ignored, .refused: counter("not_acted_on", "reason", event.reason ?? "unknown").increment()
        case .reported: if let ms = event.latencyMs { latency.record(.milliseconds(ms)) }
        default: break
        }
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

    static let help = [
        "events": "The daemon's events by kind (the events file has one line each)",
        "detections": "Guest failures detected on this node, by failure",
        "not_acted_on": "Guest failures not reported and peer messages refused, by reason",
    ]
}

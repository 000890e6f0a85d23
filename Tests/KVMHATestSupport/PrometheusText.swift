import Foundation

/// Reads Prometheus' text exposition format with the Prometheus project's own Python client parser
/// (Debian's python3-prometheus-client), so a malformed file fails as a scrape would.
public enum PrometheusText {
    public struct Sample: Decodable, Sendable, Equatable {
        public let name: String
        public let labels: [String: String]
        public let value: Double
    }

    public struct Malformed: Error, CustomStringConvertible { public let description: String }

    static let parser = """
        import json, sys
        from prometheus_client.parser import text_string_to_metric_families
        samples = [{"name": s.name, "labels": s.labels, "value": s.value}
                   for family in text_string_to_metric_families(sys.stdin.read()) for s in family.samples]
        print(json.dumps(samples))
        """

    public static func parse(_ text: String) async throws -> [Sample] {
        let result = try await run("/usr/bin/python3", ["-c", parser], stdin: text)
        guard result.status == 0 else { throw Malformed(description: result.stderr) }
        return try JSONDecoder().decode([Sample].self, from: Data(result.stdout.utf8))
    }
}

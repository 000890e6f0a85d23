import KVMHATestSupport
import Testing

@testable import KVMHACore

@Suite(.ownThread) struct MetadataTests {
    let ocf = OCFMetadata(
        name: "Sample", agentVersion: "1.0", shortDescription: "a <sample> & \"agent\"", longDescription: "long",
        parameters: sampleTable,
        actions: [
            OCFAction("start", timeout: 90), OCFAction("monitor", timeout: 30, interval: 10, depth: 0),
            OCFAction("meta-data", timeout: 5), OCFAction("reload-agent", timeout: 5, ocf11Only: true),
        ])

    @Test func ocf10ValidatesAgainstTheDTD() async throws {
        let xml = ocf.xml(ocf11: false)
        #expect(!xml.contains("reload-agent"))
        #expect(xml.contains("a &lt;sample&gt; &amp; &quot;agent&quot;"))
        let result = try await xmllint(xml, ["--dtdvalid", "/usr/share/resource-agents/ra-api-1.dtd"])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func ocf11AddsReloadAgent() {
        #expect(ocf.xml(ocf11: true).contains("<action name=\"reload-agent\""))
        #expect(OCFMetadata.wantsOCF11(environment: ["OCF_RA_VERSION_MAJOR": "1", "OCF_RA_VERSION_MINOR": "1"]))
        #expect(!OCFMetadata.wantsOCF11(environment: [:]))
        #expect(!OCFMetadata.wantsOCF11(environment: ["OCF_RA_VERSION_MAJOR": "1", "OCF_RA_VERSION_MINOR": "0"]))
    }

    @Test func fenceMetadataValidatesAgainstRelaxNG() async throws {
        let fence = FenceMetadata(
            name: "fence_sample", shortDescription: "s", longDescription: "l", vendorURL: "", parameters: sampleTable,
            actions: ["on", "off", "reboot", "status", "metadata"])
        let xml = fence.xml
        #expect(xml.contains("<getopt mixed=\"-a, --ip=[ip]\"/>"))
        #expect(xml.contains("obsoletes=\"ipaddr\""))
        #expect(xml.contains("<option value=\"cycle\"/>"))
        let result = try await xmllint(xml, ["--relaxng", "/usr/share/cluster/relaxng/metadata.rng"])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func helpAndManPageComeFromTheTable() {
        let help = HelpText.usage(
            program: "fence_sample", summary: "s", synopsis: "fence_sample [options]", table: sampleTable)
        #expect(help.contains("-a, --ip <ip>"))
        #expect(help.contains("(default: 623)"))
        let man = HelpText.manPage(
            program: "fence_sample", section: 8, summary: "s", description: ".dangerous", table: sampleTable)
        #expect(man.hasPrefix(".TH FENCE_SAMPLE 8"))
        #expect(man.contains("\\&.dangerous"))
        #expect(man.contains("\\-\\-ipport"))
    }
}

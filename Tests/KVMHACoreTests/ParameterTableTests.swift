import KVMHATestSupport
import Testing

@testable import KVMHACore

let sampleTable = ParameterTable([
    Parameter(
        ParameterKey<String>.text("action"), default: "reboot", short: "o", long: "action", shortDescription: "action"),
    Parameter(
        ParameterKey<String>.text("ip"), aliases: ["ipaddr"], short: "a", long: "ip", shortDescription: "address"),
    Parameter(
        ParameterKey<String>.text("password"), secret: true, aliases: ["passwd"], short: "p", long: "password",
        shortDescription: "pw"),
    Parameter(
        ParameterKey<String>.text("lanplus"), type: .boolean, default: "0", short: "P", long: "lanplus",
        shortDescription: "v2"),
    Parameter(
        ParameterKey<String>.text("verbose"), type: .boolean, short: "v", long: "verbose", shortDescription: "verbose"),
    Parameter(
        ParameterKey<String>.text("ipport"), type: .integer, default: "623", short: "u", long: "ipport",
        shortDescription: "port"),
    Parameter(
        ParameterKey<String>.text("method"), type: .choice(["onoff", "cycle"]), default: "onoff", short: "m",
        long: "method", shortDescription: "m"
    ),
    Parameter(
        ParameterKey<String>.text("delay"), type: .seconds, default: "0", long: "delay", shortDescription: "delay"),
    Parameter(ParameterKey<String>.text("config"), required: true, unique: true, shortDescription: "config"),
])

@Suite(.ownThread) struct ParameterTableTests {
    @Test func ocfEnvironmentWithAliasesAndDefaults() {
        let values = sampleTable.values(ocfEnvironment: [
            "OCF_RESKEY_ipaddr": "10.0.0.1", "OCF_RESKEY_config": "/etc/vm.xml", "OCF_RESKEY_CRM_meta_timeout": "20000",
        ])
        #expect(values["ip"] == "10.0.0.1")
        #expect(values["config"] == "/etc/vm.xml")
        #expect(values["ipport"] == "623")
        #expect(values[ParameterKey<Int>.integer("ipport")] == 623)
        #expect(!values.isGiven("ipport"))
        #expect(!values.isOn(.flag("lanplus")))
    }

    @Test func keyValueLinesAsTheFencerWritesThem() throws {
        var warnings: [String] = []
        let text = """
            # comment
            action=off
            ipaddr = "127.0.0.1"
            passwd='s3 cret'
            nodename=node1
            lanplus=1

            """
        let values = try sampleTable.values(keyValueText: text) { warnings.append($0) }
        #expect(values["action"] == "off")
        #expect(values["ip"] == "127.0.0.1")
        #expect(values["password"] == "s3 cret")
        #expect(values.isOn(.flag("lanplus")))
        #expect(warnings == ["ignoring unknown parameter 'nodename'"])
    }

    @Test func malformedAndOversizeInput() {
        #expect(throws: ParameterError.malformedLine(number: 2)) {
            try sampleTable.values(keyValueText: "action=on\nnot a pair\n") { _ in }
        }
        #expect(throws: ParameterError.malformedLine(number: 1)) { try sampleTable.values(keyValueText: "=x") { _ in } }
        #expect(throws: ParameterError.inputTooLarge(limit: 100)) {
            try sampleTable.values(keyValueText: String(repeating: "a=b\n", count: 100), maxBytes: 100) { _ in }
        }
    }

    @Test func getoptSpellings() throws {
        let values = try sampleTable.values(arguments: [
            "-o", "status", "-a127.0.0.1", "--password=x", "-Pv", "--ipport", "9623", "--method", "cycle",
        ])
        #expect(values["action"] == "status")
        #expect(values["ip"] == "127.0.0.1")
        #expect(values["password"] == "x")
        #expect(values.isOn(.flag("lanplus")) && values.isOn(.flag("verbose")))
        #expect(values[ParameterKey<Int>.integer("ipport")] == 9623)
        #expect(values["method"] == "cycle")
    }

    @Test func getoptErrors() {
        #expect(throws: ParameterError.unknownOption("--nope")) { try sampleTable.values(arguments: ["--nope"]) }
        #expect(throws: ParameterError.unknownOption("-x")) { try sampleTable.values(arguments: ["-x"]) }
        #expect(throws: ParameterError.missingArgument("-a")) { try sampleTable.values(arguments: ["-a"]) }
        #expect(throws: ParameterError.strayWord(position: 1, after: nil)) {
            try sampleTable.values(arguments: ["stray"])
        }
        // `-a my secret`: a value split at its space; the rest is never echoed (it used to be, as an
        // "unknown option 'secret'").
        #expect(throws: ParameterError.strayWord(position: 3, after: "-a")) {
            try sampleTable.values(arguments: ["-a", "my", "secret"])
        }
        #expect(!ParameterError.strayWord(position: 3, after: "-a").reason.contains("secret"))
    }

    @Test func validationByType() {
        func check(_ name: String, _ value: String) throws {
            var values = ParameterValues(table: sampleTable, given: ["config": "/x"])
            values.set(name, value)
            try values.validate()
        }
        #expect(throws: Never.self) { try check("ipport", "9623") }
        #expect(throws: ParameterError.self) { try check("ipport", "nine") }
        #expect(throws: ParameterError.self) { try check("lanplus", "maybe") }
        #expect(throws: ParameterError.self) { try check("method", "fast") }
        #expect(throws: ParameterError.self) { try check("delay", "-1") }
        #expect(throws: ParameterError.self) { try check("delay", "nan") }
        #expect(throws: ParameterError.missingRequired("config")) { try ParameterValues(table: sampleTable).validate() }
    }

    @Test func secretsNeverEchoed() {
        let hostile = Parameter(ParameterKey<String>.text("pin"), type: .integer, secret: true, shortDescription: "pin")
        let table = ParameterTable([hostile])
        let values = ParameterValues(table: table, given: ["pin": "hunter2"])
        do {
            try values.validate()
            Issue.record("a non-integer pin validated")
        } catch {
            #expect(!error.reason.contains("hunter2"))
            #expect(error.reason.contains("(hidden)"))
        }
        #expect(sampleTable.secretNames == ["password", "passwd"])
    }

    @Test func hostileValuesAreEscapedInErrors() {
        let values = ParameterValues(table: sampleTable, given: ["config": "/x", "ipport": "1\n$(reboot)\u{1b}[2J"])
        do {
            try values.validate()
            Issue.record("garbage port validated")
        } catch {
            #expect(!error.reason.contains("\n"))
            #expect(error.reason.contains("\\xa"))
        }
    }
}

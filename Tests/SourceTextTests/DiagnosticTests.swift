import SourceText
import Testing
import Yams

/// The one form every reader's errors are printed in.
@Suite("Diagnostics")
struct DiagnosticTests {
    @Test("an error in a file is file:line:column: error: message")
    func located() {
        let diagnostic = Diagnostic(file: "orders.yaml", line: 3, column: 7, message: "bad")
        #expect(diagnostic.description == "orders.yaml:3:7: error: bad")
        #expect(diagnostic.location == SourceLocation(line: 3, column: 7))
    }

    @Test("an error about the whole file has no line and column")
    func wholeFile() {
        let diagnostic = Diagnostic(file: "wf.json", location: .unknown, message: "no such file")
        #expect(diagnostic.description == "wf.json: error: no such file")
    }

    @Test("an input proven wrong says what it is not")
    func invalid() {
        let diagnostic = Diagnostic(
            file: "plan.json", location: SourceLocation(line: 2, column: 5),
            message: "(fly a) is not a reachable ground action of the task",
            kind: .invalid("partial-order plan"))
        #expect(
            diagnostic.description
                == "plan.json:2:5: invalid partial-order plan: "
                + "(fly a) is not a reachable ground action of the task")
    }

    @Test("a list of diagnostics is one line each, in order")
    func list() {
        let list = DiagnosticList([
            Diagnostic(file: "d.pddl", line: 1, column: 2, message: "first"),
            Diagnostic(file: "d.pddl", line: 4, column: 1, message: "second"),
        ])
        #expect(list.description == "d.pddl:1:2: error: first\nd.pddl:4:1: error: second")
    }

    @Test("the YAML reader places an error inside a quoted scalar's text")
    func scalarText() throws {
        let yaml = YAMLReader(file: "s.yaml")
        let root = try yaml.compose("run: 'echo {?x}'\n")
        let node = try #require(try yaml.mapping(root, "the scenario")["run"])
        // `{` is the sixth character of the text, which starts after the quote at column 6.
        let diagnostic = yaml.fail("unknown parameter", at: node, textColumn: 6)
        #expect(diagnostic.description == "s.yaml:1:12: error: unknown parameter")
    }
}

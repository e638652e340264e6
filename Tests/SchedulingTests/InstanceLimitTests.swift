import Foundation
import SourceText
import Testing

@testable import Scheduling

/// Issue #18: numbers beyond ``SchedulingLimits`` are located errors where they are read,
/// every text reader takes CRLF, CR and a byte order mark, and a PSPLIB file ends where its
/// availabilities end.
@Suite("Instance limits and line ends")
struct InstanceLimitTests {
    /// The error `contents` (as file `file`) must raise.
    private func error(_ file: String, _ contents: String) -> Diagnostic? {
        do {
            _ = try InstanceFormat.auto.parse(file: file, contents: contents)
        } catch {
            return error
        }
        return nil
    }

    private func yaml(duration: String, capacity: String = "1", demand: String = "1") -> String {
        """
        resources: [{name: r, capacity: \(capacity)}]
        activities:
          - {id: a, duration: \(duration), demands: {r: \(demand)}}
          - {id: b, duration: 1, demands: {r: 1}}
        """
    }

    @Test("A duration is read up to 10^7 and refused beyond, at its place (YAML and JSON)")
    func durations() throws {
        // With the other activity's 1, 9 999 999 fills the horizon limit exactly.
        #expect(error("ok.yaml", yaml(duration: "9999999")) == nil)
        let large = try #require(error("large.yaml", yaml(duration: "10000001")))
        #expect(large.description == "large.yaml:3:23: error: duration must be at most 10000000")
        let huge = try #require(error("huge.yaml", yaml(duration: "9223372036854775807")))
        #expect(huge.location == SourceLocation(line: 3, column: 23))
        // Beyond Int: not an integer at all.
        let beyond = try #require(error("beyond.yaml", yaml(duration: "9223372036854775808")))
        #expect(beyond.message.contains("as an integer"))
        let json = """
            {"resources": [{"name": "r", "capacity": 1}],
             "activities": [{"id": "a", "duration": 4294967296, "demands": {"r": 1}}]}
            """
        let fromJSON = try #require(error("big.json", json))
        #expect(fromJSON.description.hasPrefix("big.json:2:41: error: duration must be at most"))
    }

    @Test("Capacities, demands, weights and costs have their limits")
    func quantities() throws {
        let capacity = try #require(error("c.yaml", yaml(duration: "1", capacity: "10000001")))
        #expect(capacity.message == "capacity must be at most 10000000")
        let demand = try #require(error("d.yaml", yaml(duration: "1", demand: "10000001")))
        #expect(demand.message == "demand must be at most 10000000")
        let weight = """
            activities:
              - {id: a, duration: 1, due: 0, weight: 10001}
            """
        #expect(error("w.yaml", weight)?.message == "weight must be at most 10000")
    }

    @Test("Durations that each fit but add up beyond the horizon limit are refused")
    func horizonSum() throws {
        let text = """
            activities:
              - {id: a, duration: 6000000}
              - {id: b, duration: 6000000}
            """
        let failure = try #require(error("sum.yaml", text))
        #expect(failure.location == SourceLocation(line: 1, column: 1))
        #expect(failure.message.contains("add up to more than 10000000"))
    }

    @Test("Many resources over a long horizon exceed the time-indexed profiles' limit")
    func profileCells() throws {
        let resources = (1...14).map { "{name: r\($0), capacity: 1}" }.joined(separator: ", ")
        let text = "resources: [\(resources)]\nactivities:\n  - {id: a, duration: 9999999}\n"
        let failure = try #require(error("wide.yaml", text))
        #expect(failure.message.contains("14 renewable resources over a horizon of 9999999"))
        let narrow = text.replacingOccurrences(of: "duration: 9999999", with: "duration: 9000000")
        #expect(error("narrow.yaml", narrow) == nil)
    }

    @Test("Job shop: a huge processing time or machine count is a located error")
    func jobShop() throws {
        let time = try #require(error("t.txt", "1 1\n0 9223372036854775807\n"))
        #expect(time.location == SourceLocation(line: 2, column: 3))
        let machines = try #require(error("m.txt", "1 5000000\n0 1\n"))
        #expect(machines.location == SourceLocation(line: 1, column: 3))
        #expect(machines.message.contains("5000000 machines for 1 operations"))
    }

    /// `j301_1.sm` of the bundled examples with its LF line ends replaced.
    private func psplib(lineEnd: String, mark: Bool = false) throws -> String {
        let text = try String(
            contentsOf: TestData.problems.appendingPathComponent("j301_1.sm"), encoding: .utf8)
        return (mark ? "\u{FEFF}" : "") + text.replacingOccurrences(of: "\n", with: lineEnd)
    }

    @Test(
        "PSPLIB files with CRLF, CR and a byte order mark read like the original",
        arguments: [("\r\n", false), ("\r", false), ("\n", true), ("\r\n", true)])
    func lineEnds(lineEnd: String, mark: Bool) throws {
        let original = try InstanceFormat.auto.parse(
            file: "j301_1.sm", contents: psplib(lineEnd: "\n"))
        let variant = try InstanceFormat.auto.parse(
            file: "j301_1.sm", contents: psplib(lineEnd: lineEnd, mark: mark))
        #expect(variant == original)
    }

    @Test("Patterson and job-shop files with CRLF and a byte order mark read like the originals")
    func otherFormats() throws {
        for name in ["pat1.rcp", "ft06.txt"] {
            let text = try String(
                contentsOf: TestData.problems.appendingPathComponent(name), encoding: .utf8)
            let original = try InstanceFormat.auto.parse(file: name, contents: text)
            let crlf = "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n")
            // Without the extension the job-shop format is recognised by content.
            let detected = name.hasSuffix(".txt") ? "ft06" : name
            #expect(try InstanceFormat.auto.parse(file: detected, contents: crlf) == original)
        }
    }

    @Test("A PSPLIB file pasted twice is refused at the start of the second copy")
    func trailingContent() throws {
        let text = try psplib(lineEnd: "\n")
        let failure = try #require(error("twice.sm", text + text))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        // The second copy starts with a line of stars, which may end a file; its next line
        // may not.
        #expect(Int(failure.location.line) == lines + 1)
        #expect(failure.message.contains("after the resource availabilities"))
    }

    @Test("The solver refuses a problem beyond the limits built through the API, without trap")
    func solverRefusesHugeProblems() async {
        let problem = SchedulingProblem(
            name: "huge",
            activities: [
                Activity(name: "a", modes: [Mode(duration: Int.max, demands: [1])]),
                Activity(name: "b", modes: [Mode(duration: Int.max, demands: [1])]),
            ],
            resources: [Resource(name: "r", capacity: 1)], precedences: [])
        #expect(SchedulingLimits.horizon(of: problem) == nil)
        #expect(SchedulingLimits.violation(in: problem) != nil)
        let result = await ScheduleSolver().solve(
            problem, options: ScheduleSolverOptions(timeLimit: 1))
        #expect(result.status == .unknown)
        #expect(result.schedule == nil)
    }
}

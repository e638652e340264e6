import Foundation
import GLPK
import Optimization
import SourceText
import Testing

@testable import Scheduling

@Suite("Named units, skills and alternatives")
struct NamedUnitTests {
    private func parse(_ text: String) throws -> SchedulingProblem {
        try InstanceFormat.yaml.parse(file: "units.yaml", contents: text)
    }

    /// The error `text` must raise.
    private func failure(_ text: String) -> Diagnostic? {
        do {
            _ = try parse(text)
        } catch let error as Diagnostic {
            return error
        } catch {
            Issue.record("unexpected \(error)")
        }
        return nil
    }

    private static let header = """
        resources:
          - name: welder
            units: {ana: [weld, paint], ben: [weld], cas: [paint]}
          - {name: booth, units: [b1]}
        activities:

        """

    @Test("Pools, skills and every demand shape are read, in YAML and JSON")
    func shapes() throws {
        let problem = try parse(
            Self.header + """
                  - {id: a, duration: 2, demands: {welder: 2}}
                  - {id: b, duration: 2, demands: {welder: [ben, ana]}}
                  - {id: c, duration: 2, demands: {welder: {count: 2, skill: paint}, booth: 1}}
                  - {id: d, duration: 2, demands: {welder: {units: [cas, ben]}}}
                """)
        #expect(problem.resources[0].units.map(\.name) == ["ana", "ben", "cas"])
        #expect(problem.resources[0].units[0].skills == ["weld", "paint"])
        #expect(problem.resources[0].capacity == 3)
        #expect(problem.resources[1].capacity == 1)
        let modes = problem.activities.map { $0.modes[0] }
        #expect(modes[0].demands == [2, 0] && modes[0].unitChoices.isEmpty)
        #expect(modes[1].unitChoices == [UnitChoice(resource: 0, eligible: [0, 1])])
        #expect(modes[2].demands == [2, 1])
        #expect(modes[2].unitChoices == [UnitChoice(resource: 0, eligible: [0, 2])])
        #expect(modes[3].eligibleUnits(of: 0, unitCount: 3) == [1, 2])

        let json = try InstanceFormat.json.parse(
            file: "units.json",
            contents: """
                {"resources": [{"name": "welder", "units": ["ana", "ben"]}],
                 "activities": [{"id": "a", "duration": 1, "demands": {"welder": ["ben"]}}]}
                """)
        #expect(json.activities[0].modes[0].unitChoices == [UnitChoice(resource: 0, eligible: [1])])
    }

    @Test("Mistakes in units and demands are reported at their line and column")
    func errors() {
        let cases: [(String, Int, Int, String)] = [
            ("  - {id: a, duration: 1, demands: {welder: [zoe]}}", 6, 45, "has no unit 'zoe'"),
            (
                "  - {id: a, duration: 1, demands: {welder: {skill: fly}}}", 6, 52,
                "no unit of 'welder' has skill 'fly'"
            ),
            (
                "  - {id: a, duration: 1, demands: {welder: {count: 3, skill: weld}}}", 6, 44,
                "asks for 3 units of 'welder' but only 2 may serve"
            ),
            (
                "  - {id: a, duration: 1, demands: {welder: {skill: weld, units: [ana]}}}", 6, 58,
                "either 'skill' or 'units'"
            ),
            (
                "  - {id: a, duration: 1, demands: {welder: {size: 1}}}", 6, 45,
                "unknown key 'size'"
            ),
        ]
        for (line, row, column, message) in cases {
            let error = failure(Self.header + line)
            #expect(
                error?.message.contains(message) == true, "\(line): \(String(describing: error))")
            #expect(error?.location == SourceLocation(line: row, column: column), "\(line)")
        }
        let twice = failure("resources:\n  - {name: w, units: [ana, ana]}\nactivities: []")
        #expect(twice?.message == "unit 'ana' is named twice")
        #expect(twice?.location == SourceLocation(line: 2, column: 28))
        let capacity = failure("resources:\n  - {name: w, units: [a], capacity: 2}\nactivities: []")
        #expect(capacity?.message.contains("differs from the 1 units") == true)
        let anonymous = failure(
            "resources:\n  - {name: w, capacity: 2}\nactivities:\n"
                + "  - {id: a, duration: 1, demands: {w: [x]}}")
        #expect(anonymous?.message.contains("has no named units") == true)
        #expect(anonymous?.location == SourceLocation(line: 4, column: 39))
        let badName = failure("resources:\n  - {name: w, units: ['a b']}\nactivities: []")
        #expect(badName?.message.contains("expected a unit name") == true)
    }

    @Test("Too many combinations of units is an error naming the activity")
    func explosion() {
        // Twelve of thirteen units have the skill: C(12, 6) = 924 modes.
        let error = failure(
            """
            resources:
              - name: crew
                units: {\((1...12).map { "u\($0): [x]" }.joined(separator: ", ")), v: []}
            activities:
              - {id: big, duration: 1, demands: {crew: {count: 6, skill: x}}}
            """)
        #expect(
            error?.message.contains(
                "activity 'big' choosing 6 of 12 units of 'crew' gives more than 64") == true)
    }

    @Test("Skills and alternatives are scheduled soundly, and the allocation is valid")
    func solveCrew() async throws {
        let problem = try TestData.load(TestData.problems.appendingPathComponent("crew.yaml"))
        let result = await ScheduleSolver().solve(
            problem, options: ScheduleSolverOptions(timeLimit: 30))
        let schedule = try #require(result.schedule)
        let allocation = try #require(result.allocation)
        #expect(ScheduleValidator.violations(of: schedule, in: problem).isEmpty)
        #expect(
            AllocationValidator.violations(of: allocation, schedule: schedule, in: problem)
                .isEmpty)
        #expect(result.status == .optimal)
        #expect(result.objective == 9)
        let frame = allocation.names(of: 0, in: problem)
        #expect(frame == ["welder": ["ana", "ben"]])
        let csv = ScheduleCSV.text(problem: problem, schedule: schedule, allocation: allocation)
        #expect(csv.hasPrefix("id,mode,start,finish,job,operation,machine,units\n"))
        #expect(csv.contains("\nframe,1,0,4,,,,welder:ana welder:ben\n"))
        let svg = GanttChart(problem: problem, schedule: schedule, allocation: allocation).svg()
        #expect(svg.contains(">welder ana</text>") && svg.contains(">booth b1</text>"))
        let report = ScheduleReport(problem: problem, result: result)
        #expect(report.activities[0].units == ["welder": ["ana", "ben"]])
    }

    @Test("Only one unit has the skill: its activities run one after the other")
    func skillSerialises() async throws {
        let problem = try parse(
            """
            resources:
              - name: crew
                units: {ana: [paint], ben: [], cas: []}
            activities:
              - {id: a, duration: 3, demands: {crew: {skill: paint}}}
              - {id: b, duration: 4, demands: {crew: {skill: paint}}}
              - {id: c, duration: 2, demands: {crew: 2}}
            """)
        let result = await ScheduleSolver().solve(
            problem, options: ScheduleSolverOptions(timeLimit: 30))
        #expect(result.status == .optimal)
        #expect(result.objective == 7)
        let schedule = try #require(result.schedule)
        let allocation = try #require(result.allocation)
        #expect(
            AllocationValidator.violations(of: allocation, schedule: schedule, in: problem)
                .isEmpty)
        #expect(allocation.names(of: 0, in: problem) == ["crew": ["ana"]])
        #expect(allocation.names(of: 1, in: problem) == ["crew": ["ana"]])
    }

    @Test("A pool nobody restricts is allocated after scheduling, by start time")
    func leftEdge() async throws {
        let problem = try parse(
            """
            resources:
              - {name: cook, units: [ana, ben]}
            activities:
              - {id: a, duration: 3, demands: {cook: 1}}
              - {id: b, duration: 1, demands: {cook: 1}}
              - {id: c, duration: 2, demands: {cook: 1}}
              - {id: d, duration: 2, demands: {cook: 2}}
            precedences:
              - {from: c, to: d}
            """)
        let result = await ScheduleSolver().solve(
            problem, options: ScheduleSolverOptions(timeLimit: 30))
        let schedule = try #require(result.schedule)
        let allocation = try #require(result.allocation)
        #expect(result.status == .optimal)
        #expect(
            AllocationValidator.violations(of: allocation, schedule: schedule, in: problem)
                .isEmpty)
        #expect(allocation.names(of: 3, in: problem) == ["cook": ["ana", "ben"]])
    }

    @Test("The allocation validator catches double bookings, ineligible units and counts")
    func validator() throws {
        let problem = try parse(
            Self.header + """
                  - {id: a, duration: 4, demands: {welder: {skill: weld}}}
                  - {id: b, duration: 4, demands: {welder: 1}}
                """)
        let schedule = Schedule(modes: [0, 0], starts: [0, 2])
        func check(_ a: [Int], _ b: [Int]) -> [String] {
            AllocationValidator.violations(
                of: UnitAllocation(assignments: [
                    [UnitAllocation.Assignment(resource: 0, units: a)],
                    [UnitAllocation.Assignment(resource: 0, units: b)],
                ]), schedule: schedule, in: problem)
        }
        #expect(check([0], [1]).isEmpty)
        #expect(check([1], [1]) == ["unit ben of welder serves a and b at time 2"])
        #expect(check([2], [1]).first?.contains("unit 2 of welder, which may not serve it") == true)
        #expect(
            check([0], [1, 2]).first?.contains("holds 2 units of welder for a demand of 1") == true)
        #expect(check([0], [1]) == check([0], [1]))
        let missing = AllocationValidator.violations(
            of: UnitAllocation(assignments: [[]]), schedule: schedule, in: problem)
        #expect(missing.first?.contains("1 entries for 2 activities") == true)
    }

    @Test("Units left over around named holders: greedy where it can, GLPK where it must")
    func intervalAssignment() async {
        // ben is busy at [2, 3); the greedy pass gives the first request ana, and the second,
        // running on into [2, 3), finds no unit; the MILP swaps them.
        let tight = IntervalAssignment(
            unitCount: 2, busy: [[], [(2, 3)]],
            requests: [.init(start: 0, finish: 2, count: 1), .init(start: 1, finish: 3, count: 1)])
        #expect(tight.greedy() == nil)
        #expect(await tight.solve(with: GLPKSolver(), seconds: 10) == [[1], [0]])
        // ana is busy at [0, 2), ben at [2, 4): nobody can serve [1, 3) throughout.
        let impossible = IntervalAssignment(
            unitCount: 2, busy: [[(0, 2)], [(2, 4)]],
            requests: [.init(start: 1, finish: 3, count: 1)])
        #expect(impossible.greedy() == nil)
        #expect(await impossible.solve(with: GLPKSolver(), seconds: 10) == nil)
    }

    @Test("A schedule the pool's count allows but no allocation does is not accepted")
    func relaxationIsChecked() async throws {
        // x holds ana over [0, 2), y ben over [2, 4); z needs any unit over [1, 3).
        let problem = try parse(
            """
            resources:
              - {name: crew, units: [ana, ben]}
            activities:
              - {id: x, duration: 2, deadline: 2, demands: {crew: [ana]}}
              - {id: y, duration: 2, release: 2, deadline: 4, demands: {crew: [ben]}}
              - {id: z, duration: 2, release: 1, deadline: 3, demands: {crew: 1}}
            """)
        for solver in [nil, GLPKSolver() as (any MILPSolver)?] {
            let result = await ScheduleSolver().solve(
                problem, options: ScheduleSolverOptions(timeLimit: 30, milpSolver: solver))
            #expect(result.status == .infeasible)
            #expect(result.schedule == nil)
        }
        // With room to move, z waits for ana.
        var relaxed = problem
        relaxed.activities[2].deadline = 4
        let result = await ScheduleSolver().solve(
            relaxed, options: ScheduleSolverOptions(timeLimit: 30, milpSolver: GLPKSolver()))
        let schedule = try #require(result.schedule)
        let allocation = try #require(result.allocation)
        #expect(result.status == .optimal && result.objective == 4)
        #expect(
            AllocationValidator.violations(of: allocation, schedule: schedule, in: relaxed)
                .isEmpty)
        #expect(allocation.names(of: 2, in: relaxed) == ["crew": ["ana"]])
    }
}

import ArgumentParser
import Foundation
import Grounding
import PDDL
import Pipeline
import PlanningTask
import Search
import SourceText
import TimeUnits

/// `werk plan`: parse, ground, search, validate and print a plan.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Find a plan for a PDDL domain and problem.",
        discussion: """
            Prints the plan in IPC format with a '; cost = N' line. On a domain with durative \
            actions it prints a PDDL 2.1 timed plan ('0.000: (action args) [duration]' lines and \
            '; makespan = X'). SIGINT or SIGTERM stops the search and keeps the best plan so \
            far. Exit status: 0 plan found, 1 no plan (proven unsolvable, or no \
            plan found by the incomplete temporal search), 2 bad input, 3 time or memory limit \
            reached before a plan.
            """)

    /// The search mode.
    enum Mode: String, ExpressibleByArgument, CaseIterable {
        case sat
        case opt
    }

    /// The admissible heuristic of `--search opt`.
    enum HeuristicOption: String, ExpressibleByArgument, CaseIterable {
        case lmcut
        case hmax
        case blind

        var kind: OptimalPlanner.HeuristicKind {
            switch self {
            case .lmcut: .lmcut
            case .hmax: .hmax
            case .blind: .blind
            }
        }
    }

    @Argument(
        help: "The PDDL domain file (- for standard input).",
        completion: .file(extensions: ["pddl"]))
    var domain: String

    @Argument(
        help: "The PDDL problem file (- for standard input).",
        completion: .file(extensions: ["pddl"]))
    var problem: String

    @Option(help: "sat: LAMA-style greedy search (default); opt: A* with an admissible heuristic.")
    var search: Mode = .sat

    @Option(help: "Heuristic of --search opt: lmcut, hmax or blind.")
    var heuristic: HeuristicOption = .lmcut

    @Flag(
        help: """
            With --search sat, keep improving the plan cost (the makespan, on a domain with \
            durative actions) until the time limit.
            """)
    var anytime = false

    @OptionGroup var timeLimit: TimeLimitOption

    @OptionGroup var memoryLimit: MemoryLimitOption

    @OptionGroup var output: OutputFileOption

    @Flag(help: "Print task size, search counters and time per phase to standard error.")
    var stats = false

    @OptionGroup var progress: ProgressOptions

    @OptionGroup var jsonOutput: JSONOption

    @OptionGroup(title: "Partial-order plan") var partialOrder: PartialOrderOptions

    func validate() throws {
        try InputFile.checkStandardInput([domain, problem])
        if anytime && search == .opt {
            throw ValidationError("--anytime applies to --search sat only")
        }
    }

    func run() async throws {
        try InputFile.rejectFolders([domain, problem])
        let clock = ContinuousClock()
        let start = clock.now
        Interruption.install()
        let limits = SearchLimits(
            deadline: timeLimit.seconds.map { start + .limit(seconds: $0) },
            memoryBytes: memoryLimit.bytes,
            stopRequested: { Interruption.isRequested })
        let line = progress.line(command: "plan", limit: timeLimit.seconds)
        defer { line.finish() }
        line.update(phase: "parsing")
        let parsedDomain = try InputFile.parseDomain(domain)
        let parsedProblem = try InputFile.parseProblem(problem, domain: parsedDomain)
        let parsed = clock.now
        if !parsedDomain.durativeActions.isEmpty {
            try planTemporal(
                domain: parsedDomain, problem: parsedProblem, limits: limits, progress: line)
            return
        }
        line.update(phase: "grounding")
        let planner = try grounding {
            () throws(GroundingFailure) in
            try PDDLPlanner(domain: parsedDomain, problem: parsedProblem, limits: limits)
        }
        let task = planner.task
        let grounded = clock.now
        let algorithm: PDDLPlanner.Algorithm =
            search == .sat ? .satisficing(anytime: anytime) : .optimal(heuristic.kind)
        line.update(phase: "searching")
        let (outcome, statistics) = planner.findPlan(algorithm, limits: limits) { plan in
            line.update(best: "cost \(plan.cost(in: task))")
            if stats {
                printToStandardError(
                    "found plan of cost \(plan.cost(in: task)) at \(format(clock.now - start))")
            }
        }
        let searched = clock.now
        line.finish()
        if stats {
            printToStandardError(
                """
                facts: \(task.factCount)
                operators: \(task.operatorCount)
                expanded: \(statistics.expanded)
                evaluated: \(statistics.evaluated)
                generated: \(statistics.generated)
                registered states: \(statistics.registered)
                parse time: \(format(parsed - start))
                ground time: \(format(grounded - parsed))
                search time: \(format(searched - grounded))
                total time: \(format(searched - start))
                """)
        }
        switch outcome {
        case .solved(let plan):
            try emit(plan, planner: planner)
            try await partialOrder.write(plan, planner: planner, statistics: stats)
        case .unsolvable:
            try reportWithoutPlan("unsolvable")
            printToStandardError("no plan exists: the task is unsolvable")
            throw ExitStatus.proven.exitCode
        case .limitReached(let limit):
            throw try reached(limit)
        }
    }

    /// Plans for a domain with durative actions: a timed plan, checked by the lifted validator.
    private func planTemporal(
        domain parsedDomain: Domain, problem parsedProblem: Problem, limits: SearchLimits,
        progress line: ProgressLine
    ) throws {
        if search == .opt {
            throw Diagnostic(
                file: domain, location: .unknown,
                message: "--search opt is not available for domains with durative actions")
        }
        if partialOrder.isRequested {
            throw Diagnostic(
                file: domain, location: .unknown,
                message: "partial-order plans of temporal domains are not supported yet")
        }
        let clock = ContinuousClock()
        let start = clock.now
        line.update(phase: "grounding")
        let planner = try grounding {
            () throws(GroundingFailure) in
            try TemporalPDDLPlanner(domain: parsedDomain, problem: parsedProblem, limits: limits)
        }
        let grounded = clock.now
        line.update(phase: "searching")
        let (outcome, statistics) = planner.findPlan(limits: limits, anytime: anytime) { plan in
            line.update(best: "makespan \(plan.makespan(in: planner.task))")
            if stats {
                printToStandardError(
                    "found plan of makespan \(plan.makespan(in: planner.task)) at "
                        + format(clock.now - start))
            }
        }
        line.finish()
        if stats {
            printToStandardError(
                """
                facts: \(planner.task.facts.count)
                operators: \(planner.task.operators.count)
                timed literals: \(planner.task.timedLiterals.count)
                may need concurrency: \(planner.task.mayNeedConcurrency ? "yes" : "no")
                expanded: \(statistics.expanded)
                evaluated: \(statistics.evaluated)
                registered states: \(statistics.registered)
                ground time: \(format(grounded - start))
                search time: \(format(clock.now - grounded))
                """)
        }
        switch outcome {
        case .solved(let plan):
            let steps = plan.steps.map { step in
                let op = planner.task.operators[step.op]
                return PlanReport.Step(
                    action: op.description, start: step.start, duration: op.duration)
            }
            try write(
                plan.text(in: planner.task),
                report: PlanReport(
                    status: "solved", makespan: plan.makespan(in: planner.task), steps: steps))
        case .unsolvable:
            try reportWithoutPlan("unsolvable")
            printToStandardError("no plan exists: the goal is unreachable even ignoring deletes")
            throw ExitStatus.proven.exitCode
        case .noPlanFound:
            try reportWithoutPlan("no_plan_found")
            printToStandardError(
                "no plan found: the temporal search ran out of states (it starts actions only "
                    + "at decision epochs, so this does not prove that no plan exists)")
            throw ExitStatus.proven.exitCode
        case .limitReached(let limit):
            throw try reached(limit)
        case .rejected(let failure):
            throw InternalError(message: "the plan found does not validate: \(failure)")
        }
    }

    /// Says which limit stopped the search; the error exits with status 3.
    private func reached(_ limit: SearchOutcome.Limit) throws -> any Error {
        let status = limitStatus(memory: limit == .memory)
        try reportWithoutPlan(status)
        printToStandardError(
            status == "interrupted"
                ? "interrupted before a plan was found"
                : "\(limit == .memory ? "memory" : "time") limit reached before a plan was found")
        return ExitStatus.limitReached.exitCode
    }

    /// The `--json` status of a search stopped by a limit or a signal.
    private func limitStatus(memory: Bool) -> String {
        memory ? "memory_limit" : Interruption.isRequested ? "interrupted" : "time_limit"
    }

    /// With `--json`, prints the status of a search that ended without a plan.
    private func reportWithoutPlan(_ status: String) throws {
        if jsonOutput.json { try JSONOption.print(PlanReport(status: status)) }
    }

    /// Writes the plan's text to `--output`, and to standard output unless `--json` prints
    /// `report` there instead.
    private func write(_ text: String, report: PlanReport) throws {
        if output.path != nil || !jsonOutput.json {
            try OutputFile.write(text, to: output.path ?? OutputFile.standardStream)
        }
        if jsonOutput.json { try JSONOption.print(report) }
    }

    /// The planner `build` grounds; a grounding limit exits with status 3, anything else the
    /// grounder refuses with status 2 and its location.
    private func grounding<Planner>(_ build: () throws(GroundingFailure) -> Planner) throws
        -> Planner
    {
        do {
            return try build()
        } catch {
            if let limit = error.limit {
                try reportWithoutPlan(limitStatus(memory: limit == .memory))
                printToStandardError(error.message)
                throw ExitStatus.limitReached.exitCode
            }
            throw error.diagnostic(domainFile: domain, problemFile: problem)
        }
    }

    /// Checks `plan` (``PDDLPlanner/failedCheck(of:)``), then writes it to standard output
    /// or `--output`.
    private func emit(_ plan: SequentialPlan, planner: PDDLPlanner) throws {
        if let failure = planner.failedCheck(of: plan) {
            throw InternalError(message: failure)
        }
        let task = planner.task
        let steps = plan.operators.map { PlanReport.Step(action: task[$0].description) }
        try write(
            plan.ipcText(in: task),
            report: PlanReport(status: "solved", cost: plan.cost(in: task), steps: steps))
    }

    private func format(_ duration: Duration) -> String {
        String(format: "%.3f s", duration.seconds)
    }
}

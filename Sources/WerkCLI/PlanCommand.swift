import ArgumentParser
import Foundation
import Grounding
import PDDL
import Pipeline
import PlanningTask
import Search
import TimeUnits

/// `werk plan`: parse, ground, search, validate and print a plan.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Find a plan for a PDDL domain and problem.",
        discussion: """
            Prints the plan in IPC format with a '; cost = N' line. On a domain with durative \
            actions it prints a PDDL 2.1 timed plan ('0.000: (action args) [duration]' lines and \
            '; makespan = X'). Exit status: 0 plan found, 1 no plan (proven unsolvable, or no \
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

    @Argument(help: "The PDDL domain file (- for standard input).")
    var domain: String

    @Argument(help: "The PDDL problem file (- for standard input).")
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

    @Option(name: .customLong("time-limit"), help: "Wall-clock limit in seconds.")
    var timeLimit: Double?

    @Option(name: .customLong("memory-limit"), help: "Resident memory limit in MB.")
    var memoryLimit: Int?

    @Option(help: "Write the plan to this file instead of standard output.")
    var output: String?

    @Flag(help: "Print task size, search counters and time per phase to standard error.")
    var stats = false

    @OptionGroup var progress: ProgressOptions

    @OptionGroup(title: "Partial-order plan") var partialOrder: PartialOrderOptions

    func validate() throws {
        try InputFile.checkStandardInput([domain, problem])
        if let timeLimit, !(timeLimit > 0) {
            throw ValidationError("--time-limit must be a positive number of seconds")
        }
        if let memoryLimit, memoryLimit <= 0 {
            throw ValidationError("--memory-limit must be positive")
        }
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
            deadline: timeLimit.map { start + .limit(seconds: $0) },
            memoryBytes: memoryLimit.map { min($0, Int.max >> 20) * 1024 * 1024 },
            stopRequested: { Interruption.isRequested })
        let line = progress.line(command: "plan", limit: timeLimit)
        defer { line.finish() }
        line.update(phase: "parsing")
        let parsedDomain: Domain
        let parsedProblem: Problem
        do {
            parsedDomain = try InputFile.parseDomain(domain)
            parsedProblem = try InputFile.parseProblem(problem, domain: parsedDomain)
        } catch {
            printToStandardError(error.description)
            throw ExitStatus.badInput.exitCode
        }
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
            try await partialOrder.write(plan, task: task, statistics: stats)
        case .unsolvable:
            printToStandardError("no plan exists: the task is unsolvable")
            throw ExitStatus.proven.exitCode
        case .limitReached(let limit):
            throw reached(limit)
        }
    }

    /// Plans for a domain with durative actions: a timed plan, checked by the lifted validator.
    private func planTemporal(
        domain parsedDomain: Domain, problem parsedProblem: Problem, limits: SearchLimits,
        progress line: ProgressLine
    ) throws {
        if search == .opt {
            printToStandardError(
                "error: --search opt is not available for domains with durative actions")
            throw ExitStatus.badInput.exitCode
        }
        if partialOrder.isRequested {
            printToStandardError(
                "error: partial-order plans of temporal domains are not supported yet")
            throw ExitStatus.badInput.exitCode
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
            try OutputFile.write(
                plan.text(in: planner.task), to: output ?? OutputFile.standardStream)
        case .unsolvable:
            printToStandardError("no plan exists: the goal is unreachable even ignoring deletes")
            throw ExitStatus.proven.exitCode
        case .noPlanFound:
            printToStandardError(
                "no plan found: the temporal search ran out of states (it starts actions only "
                    + "at decision epochs, so this does not prove that no plan exists)")
            throw ExitStatus.proven.exitCode
        case .limitReached(let limit):
            throw reached(limit)
        case .rejected(let failure):
            throw InternalError(message: "the plan found does not validate: \(failure)")
        }
    }

    /// Says which limit stopped the search; the error exits with status 3.
    private func reached(_ limit: SearchOutcome.Limit) -> any Error {
        printToStandardError(
            limit == .memory
                ? "memory limit reached before a plan was found"
                : Interruption.isRequested
                    ? "interrupted before a plan was found"
                    : "time limit reached before a plan was found")
        return ExitStatus.limitReached.exitCode
    }

    /// The planner `build` grounds; a grounding limit exits with status 3, anything else the
    /// grounder refuses with status 2 and its location.
    private func grounding<Planner>(_ build: () throws(GroundingFailure) -> Planner) throws
        -> Planner
    {
        do {
            return try build()
        } catch {
            if error.limit != nil {
                printToStandardError(error.message)
                throw ExitStatus.limitReached.exitCode
            }
            printToStandardError(
                error.diagnostic(domainFile: domain, problemFile: problem).description)
            throw ExitStatus.badInput.exitCode
        }
    }

    /// Checks `plan` (``PDDLPlanner/failedCheck(of:)``), then writes it to standard output
    /// or `--output`.
    private func emit(_ plan: SequentialPlan, planner: PDDLPlanner) throws {
        if let failure = planner.failedCheck(of: plan) {
            throw InternalError(message: failure)
        }
        try OutputFile.write(
            plan.ipcText(in: planner.task), to: output ?? OutputFile.standardStream)
    }

    private func format(_ duration: Duration) -> String {
        String(format: "%.3f s", duration.seconds)
    }
}

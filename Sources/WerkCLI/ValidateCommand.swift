import ArgumentParser
import Foundation
import PDDL
import SourceText
import TimeUnits

/// `werk validate DOMAIN PROBLEM PLAN`: checks a plan with the lifted PDDL semantics.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a plan against a PDDL domain and problem.",
        discussion: """
            Plans in the IPC format: one '(action arg…)' per line with ';' comments, or \
            temporal plans with 't: (action arg…) [d]' lines. The format is recognised by \
            content. Exit status: 0 valid (the cost is printed), 1 invalid (the first failing \
            step and its unmet condition, or the unmet goal, are printed), 2 bad input.
            """)

    /// A plan file format that `werk validate` recognises by its content.
    protocol PlanFileFormat: Sendable {
        /// Whether `contents` are in this format.
        static func accepts(_ contents: Data) -> Bool
        /// The verdict on the plan in `contents` (read from `path`) for `domain` and `problem`
        /// (read from `pddlFiles`); throws on malformed input.
        static func validate(
            _ contents: Data, path: String, domain: Domain, problem: Problem,
            pddlFiles: (domain: String, problem: String)
        ) throws -> Verdict
    }

    /// The outcome of checking one plan; with `--json` it is printed as is.
    struct Verdict: Encodable {
        /// Whether the plan is valid.
        var isValid: Bool
        /// What to print.
        var report: String
        /// `plan`, `temporal_plan` or `partial_order_plan`.
        var kind: String
        /// The number of steps, when the plan could be read.
        var steps: Int?
        /// The plan's cost (its makespan for a temporal plan), when it is valid.
        var cost: Double?

        private enum CodingKeys: String, CodingKey {
            case isValid = "valid"
            case report, kind, steps, cost
        }
    }

    /// The sequential and temporal IPC text formats.
    enum IPCPlanFormat: PlanFileFormat {
        static func accepts(_ contents: Data) -> Bool { PlanReader.accepts(contents) }

        static func validate(
            _ contents: Data, path: String, domain: Domain, problem: Problem,
            pddlFiles: (domain: String, problem: String)
        ) throws -> Verdict {
            let steps = try PlanReader.read(
                String(decoding: contents, as: UTF8.self), fileName: path)
            let temporal = steps.contains { $0.time != nil }
            let kind = temporal ? "temporal_plan" : "plan"
            switch PlanValidator(domain: domain, problem: problem).validate(steps) {
            case .valid(let cost):
                return Verdict(
                    isValid: true,
                    report: "valid \(temporal ? "temporal plan" : "plan"): \(steps.count) "
                        + "step\(steps.count == 1 ? "" : "s"), cost \(Self.format(cost))",
                    kind: kind, steps: steps.count, cost: cost)
            case .invalid(let failure):
                var report = "invalid plan: \(failure)"
                if let step = failure.step, step.location != .unknown {
                    report =
                        Diagnostic(
                            file: path, location: step.location, message: "\(failure)",
                            kind: .invalid("plan")
                        ).description
                }
                return Verdict(isValid: false, report: report, kind: kind, steps: steps.count)
            }
        }

        /// Integers without a fraction.
        static func format(_ value: Double) -> String {
            value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        }
    }

    /// The formats tried in order; the first that accepts the file reads it.
    static let planFormats: [any PlanFileFormat.Type] = [
        PartialOrderPlanFormat.self, IPCPlanFormat.self,
    ]

    @Argument(
        help: "The PDDL domain file (- for standard input).",
        completion: .file(extensions: ["pddl"]))
    var domain: String

    @Argument(
        help: "The PDDL problem file (- for standard input).",
        completion: .file(extensions: ["pddl"]))
    var problem: String

    @Argument(help: "The plan file (- for standard input).", completion: .file())
    var plan: String

    @Flag(help: "Print the wall-clock and CPU time of parsing, and the time of checking the plan.")
    var timings = false

    @OptionGroup var jsonOutput: JSONOption

    func validate() throws {
        try InputFile.checkStandardInput([domain, problem, plan])
    }

    func run() throws {
        try InputFile.rejectFolders([domain, problem, plan])
        try check()
    }

    /// Parses the three files, validates the plan and prints the verdict.
    private func check() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let startCPU = Foundation.clock()
        let domain = try InputFile.parseDomain(self.domain)
        let problem = try InputFile.parseProblem(self.problem, domain: domain)
        let parsed = clock.now
        let parsedCPU = Foundation.clock()
        guard let contents = InputFile.contents(plan) else {
            let message =
                FileManager.default.fileExists(atPath: plan)
                ? "cannot read the file" : "no such file"
            throw Diagnostic(file: plan, location: .unknown, message: message)
        }
        guard let format = Self.planFormats.first(where: { $0.accepts(contents) }) else {
            throw Diagnostic(
                file: plan, line: 1, column: 1,
                message: "unrecognised plan format (expected IPC plan lines '(action arg…)')")
        }
        let verdict = try format.validate(
            contents, path: plan, domain: domain, problem: problem,
            pddlFiles: (self.domain, self.problem))
        if jsonOutput.json { try JSONOption.print(verdict) } else { print(verdict.report) }
        if timings {
            let parseCPU = Double(parsedCPU - startCPU) / Double(CLOCKS_PER_SEC)
            printToStandardError(
                "parse: \((parsed - start).seconds) s (CPU \(parseCPU) s), "
                    + "validate: \((clock.now - parsed).seconds) s")
        }
        if !verdict.isValid { throw ExitStatus.proven.exitCode }
    }
}

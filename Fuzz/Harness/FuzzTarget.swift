import Dispatch
import Foundation
import GLPK
import PDDL
import PartialOrderPlanning
import Pipeline
import Scheduling
import Search
import Workflow

/// One reader under fuzzing: it gets the input's bytes and must end in a result or an
/// error; a crash, a hang or a sanitizer report is a finding.
enum FuzzTarget: String, CaseIterable {
    case pddlDomain = "pddl-domain"
    case pddlProblem = "pddl-problem"
    case pddlPlan = "pddl-plan"
    case pddlTokens = "pddl-tokens"
    case pop
    case psplib
    case patterson
    case jobshop
    case schedulingYAML = "scheduling-yaml"
    case workflow
    case scenario
    case lp
    case mps
    case mathprog

    /// Runs the reader on `bytes`; errors are the expected outcome of most inputs.
    func run(_ bytes: [UInt8], context: FuzzContext) {
        let text = String(decoding: bytes, as: UTF8.self)
        switch self {
        case .pddlDomain:
            _ = try? PDDLParser.parseDomain(text)
        case .pddlProblem:
            _ = try? PDDLParser.parseProblem(text, domain: context.domain)
        case .pddlPlan:
            _ = try? PlanReader.read(contentsOf: context.scratchFile(bytes, extension: "plan"))
        case .pddlTokens:
            let (domain, problem) = PDDLTokenEdits.apply(bytes, to: context.tokenSeeds)
            ground(domain: domain, problem: problem)
        case .pop:
            _ = try? PartialOrderPlanDocument.parse(text, file: "fuzz.json")
        case .psplib:
            _ = try? InstanceFormat.sm.parse(file: "fuzz.sm", contents: text)
        case .patterson:
            _ = try? InstanceFormat.rcp.parse(file: "fuzz.rcp", contents: text)
        case .jobshop:
            _ = try? InstanceFormat.jobshop.parse(file: "fuzz.txt", contents: text)
        case .schedulingYAML:
            _ = try? InstanceFormat.yaml.parse(file: "fuzz.yaml", contents: text)
        case .workflow:
            let source = WorkflowSource(
                displayPath: "fuzz.json", absolutePath: "/fuzz/fuzz.json", directory: "/fuzz",
                bytes: bytes)
            _ = try? WorkflowLoader.decode(bytes: bytes, source: source)
        case .scenario:
            _ = try? ScenarioLoader.load(text, path: context.scenarioPath)
        case .lp: readModel(bytes, format: .lp, context: context)
        case .mps: readModel(bytes, format: .mps, context: context)
        case .mathprog: readModel(bytes, format: .mathProg, context: context)
        }
    }

    /// Reads and grounds a domain and problem as `werk plan` does, within 1 s and 512 MB.
    private func ground(domain domainText: String, problem problemText: String) {
        guard let domain = try? PDDLParser.parseDomain(domainText),
            let problem = try? PDDLParser.parseProblem(problemText, domain: domain)
        else { return }
        let limits = SearchLimits(deadline: .now + .seconds(1), memoryBytes: 512 << 20)
        if domain.durativeActions.isEmpty {
            _ = try? PDDLPlanner(domain: domain, problem: problem, limits: limits)
        } else {
            _ = try? TemporalPDDLPlanner(domain: domain, problem: problem, limits: limits)
        }
    }

    /// Reads a model file through GLPK (and its guard against values it aborts on).
    private func readModel(_ bytes: [UInt8], format: ModelFileFormat, context: FuzzContext) {
        let path = context.scratchFile(bytes, extension: format.rawValue)
        guard let model = try? ModelFile(path: path, format: format) else { return }
        let done = DispatchSemaphore(value: 0)
        Task {
            _ = try? await model.read()
            done.signal()
        }
        done.wait()
    }
}

/// Writes an AST back as PDDL text that parses to an equal AST.
public struct PDDLPrinter {
    private let domain: Domain
    private let problem: Problem?
    private var output = ""
    private var scope: [String] = []
    private var bindings: [Int] = []

    private init(domain: Domain, problem: Problem?) {
        self.domain = domain
        self.problem = problem
    }

    /// The PDDL text of `domain`.
    public static func text(of domain: Domain) -> String {
        var printer = PDDLPrinter(domain: domain, problem: nil)
        printer.writeDomain()
        return printer.output
    }

    /// The PDDL text of `problem`, whose names are resolved against `domain`.
    public static func text(of problem: Problem, domain: Domain) -> String {
        var printer = PDDLPrinter(domain: domain, problem: problem)
        printer.writeProblem(problem)
        return printer.output
    }

    /// The text of `formula` with the scope's first variables replaced by the objects of
    /// `bindings` (universe ids); `variableNames` names the whole enclosing scope.
    public static func text(
        of formula: Formula, domain: Domain, problem: Problem, variableNames: [String],
        bindings: [Int]
    ) -> String {
        var printer = PDDLPrinter(domain: domain, problem: problem)
        printer.scope = variableNames
        printer.bindings = bindings
        printer.writeFormula(formula)
        return printer.output
    }

    /// The text of a numeric expression, instantiated like
    /// ``text(of:domain:problem:variableNames:bindings:)``.
    public static func text(
        of expression: NumericExpression, domain: Domain, problem: Problem,
        variableNames: [String], bindings: [Int]
    ) -> String {
        var printer = PDDLPrinter(domain: domain, problem: problem)
        printer.scope = variableNames
        printer.bindings = bindings
        printer.writeExpression(expression)
        return printer.output
    }

    // MARK: Domain

    private mutating func writeDomain() {
        output += "(define (domain \(domain.name))\n"
        if !domain.requirements.isEmpty {
            output +=
                "  (:requirements \(domain.requirements.map(\.rawValue).joined(separator: " ")))\n"
        }
        if domain.types.count > 1 {
            output += "  (:types"
            for id in 1..<domain.types.count {
                output += "\n    \(domain.types.names[id]) - \(typeText(domain.types.parents[id]))"
            }
            output += ")\n"
        }
        if !domain.constants.isEmpty {
            output += "  (:constants"
            for constant in domain.constants {
                output += "\n    \(constant.name) - \(typeText(constant.types))"
            }
            output += ")\n"
        }
        output += "  (:predicates"
        for predicate in domain.predicates {
            output += "\n    (\(predicate.name)\(variablesText(predicate.parameters)))"
        }
        output += ")\n"
        if !domain.functions.isEmpty {
            output += "  (:functions"
            for function in domain.functions {
                output += "\n    (\(function.name)\(variablesText(function.parameters))) - number"
            }
            output += ")\n"
        }
        for rule in domain.derivedPredicates {
            scope = rule.parameters.map(\.name)
            output += "  (:derived (\(domain.predicates[rule.predicate].name)"
            output += "\(variablesText(rule.parameters)))\n    "
            writeFormula(rule.body)
            output += ")\n"
        }
        for action in domain.actions {
            scope = action.parameters.map(\.name)
            output += "  (:action \(action.name)\n"
            output += "    :parameters (\(variablesText(action.parameters).dropFirst()))\n"
            output += "    :precondition "
            writeFormula(action.precondition)
            output += "\n    :effect "
            writeEffect(action.effect)
            output += ")\n"
        }
        for action in domain.durativeActions {
            writeDurativeAction(action)
        }
        output += ")\n"
    }

    private mutating func writeDurativeAction(_ action: DurativeAction) {
        scope = action.parameters.map(\.name)
        output += "  (:durative-action \(action.name)\n"
        output += "    :parameters (\(variablesText(action.parameters).dropFirst()))\n"
        output += "    :duration (and"
        for constraint in action.durationConstraints {
            output += " "
            if let time = constraint.time { output += "(\(time.rawValue) " }
            output += "(\(constraint.comparison.rawValue) ?duration "
            writeExpression(constraint.value)
            output += constraint.time == nil ? ")" : "))"
        }
        output += ")\n    :condition (and"
        for condition in action.conditions {
            output += "\n      (\(condition.time.rawValue) "
            writeFormula(condition.formula)
            output += ")"
        }
        output += ")\n    :effect (and"
        for effect in action.effects {
            output += "\n      (\(effect.time.rawValue) "
            writeEffect(effect.effect)
            output += ")"
        }
        output += "))\n"
    }

    // MARK: Problem

    private mutating func writeProblem(_ problem: Problem) {
        scope = []
        output += "(define (problem \(problem.name))\n  (:domain \(problem.domainName))\n"
        if !problem.requirements.isEmpty {
            output +=
                "  (:requirements \(problem.requirements.map(\.rawValue).joined(separator: " ")))\n"
        }
        output += "  (:objects"
        for object in problem.objects {
            output += "\n    \(object.name) - \(typeText(object.types))"
        }
        output += ")\n  (:init"
        let universe = problem.universe(domain: domain)
        for atom in problem.initialAtoms {
            output += "\n    (\(domain.predicates[atom.predicate].name)"
            for argument in atom.arguments { output += " \(universe[argument].name)" }
            output += ")"
        }
        for value in problem.initialValues {
            output += "\n    (= (\(domain.functions[value.function].name)"
            for argument in value.arguments { output += " \(universe[argument].name)" }
            output += ") \(numberText(value.value)))"
        }
        output += ")\n  (:goal "
        writeFormula(problem.goal)
        output += ")\n"
        if let metric = problem.metric {
            output += "  (:metric \(metric.direction.rawValue) "
            writeExpression(metric.expression)
            output += ")\n"
        }
        output += ")\n"
    }

    // MARK: Formulas, effects, expressions

    private mutating func writeFormula(_ formula: Formula) {
        switch formula.kind {
        case .atom(let atom):
            writeAtom(atom)
        case .equality(let lhs, let rhs):
            output += "(= \(termText(lhs)) \(termText(rhs)))"
        case .not(let inner):
            output += "(not "
            writeFormula(inner)
            output += ")"
        case .and(let parts), .or(let parts):
            if case .and = formula.kind { output += "(and" } else { output += "(or" }
            for part in parts {
                output += " "
                writeFormula(part)
            }
            output += ")"
        case .imply(let condition, let consequence):
            output += "(imply "
            writeFormula(condition)
            output += " "
            writeFormula(consequence)
            output += ")"
        case .exists(_, let variables, let body), .forall(_, let variables, let body):
            if case .exists = formula.kind { output += "(exists (" } else { output += "(forall (" }
            output += "\(variablesText(variables).dropFirst())) "
            let depth = scope.count
            scope += variables.map(\.name)
            writeFormula(body)
            scope.removeSubrange(depth...)
            output += ")"
        case .comparison(let comparison, let lhs, let rhs):
            output += "(\(comparison.rawValue) "
            writeExpression(lhs)
            output += " "
            writeExpression(rhs)
            output += ")"
        }
    }

    private mutating func writeEffect(_ effect: Effect) {
        switch effect.kind {
        case .and(let parts):
            output += "(and"
            for part in parts {
                output += " "
                writeEffect(part)
            }
            output += ")"
        case .forall(_, let variables, let body):
            output += "(forall (\(variablesText(variables).dropFirst())) "
            let depth = scope.count
            scope += variables.map(\.name)
            writeEffect(body)
            scope.removeSubrange(depth...)
            output += ")"
        case .when(let condition, let body):
            output += "(when "
            writeFormula(condition)
            output += " "
            writeEffect(body)
            output += ")"
        case .add(let atom):
            writeAtom(atom)
        case .delete(let atom):
            output += "(not "
            writeAtom(atom)
            output += ")"
        case .numeric(let operation, let target, let value):
            output += "(\(operation.rawValue) "
            writeFunctionTerm(target)
            output += " "
            writeExpression(value)
            output += ")"
        }
    }

    private mutating func writeExpression(_ expression: NumericExpression) {
        switch expression.kind {
        case .number(let value): output += numberText(value)
        case .function(let term): writeFunctionTerm(term)
        case .duration: output += "?duration"
        case .totalTime: output += "total-time"
        case .binary(let operation, let lhs, let rhs):
            output += "(\(operation.rawValue) "
            writeExpression(lhs)
            output += " "
            writeExpression(rhs)
            output += ")"
        case .negation(let inner):
            output += "(- "
            writeExpression(inner)
            output += ")"
        }
    }

    private mutating func writeAtom(_ atom: Atom) {
        output += "(\(domain.predicates[atom.predicate].name)"
        for argument in atom.arguments { output += " \(termText(argument))" }
        output += ")"
    }

    private mutating func writeFunctionTerm(_ term: FunctionTerm) {
        output += "(\(domain.functions[term.function].name)"
        for argument in term.arguments { output += " \(termText(argument))" }
        output += ")"
    }

    // MARK: Pieces

    private func termText(_ term: Term) -> String {
        switch term {
        case .variable(let index) where index < bindings.count: universeName(bindings[index])
        case .variable(let index): "?" + scope[index]
        case .constant(let index): domain.constants[index].name
        case .object(let index): problem?.objects[index].name ?? "?object\(index)"
        }
    }

    private func universeName(_ id: Int) -> String {
        id < domain.constants.count
            ? domain.constants[id].name
            : problem?.objects[id - domain.constants.count].name ?? "?object\(id)"
    }

    private func typeText(_ types: [Int]) -> String {
        if types.count == 1 { return domain.types.names[types[0]] }
        return "(either \(types.map { domain.types.names[$0] }.joined(separator: " ")))"
    }

    /// ` ?a - t ?b - u` (with a leading space).
    private func variablesText(_ variables: [TypedVariable]) -> String {
        variables.map { " ?\($0.name) - \(typeText($0.types))" }.joined()
    }

    /// Integers without a fraction, other values in Swift's shortest round-trip form.
    private func numberText(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}

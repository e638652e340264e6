import PDDL
import SourceText

/// An action as the grounder sees it: instantaneous PDDL actions as they are, durative
/// actions compiled into one instantaneous action.
struct ActionSchema {
    var name: String
    var parameters: [TypedVariable]
    var precondition: Formula
    var effect: Effect
    var location: SourceLocation
    /// The durative action this schema compiles, if any.
    var durative: DurativeAction? = nil

    init(_ action: Action) {
        name = action.name
        parameters = action.parameters
        precondition = action.precondition
        effect = action.effect
        location = action.location
    }

    /// A schema with the parameters of `action` and the given condition and effect: one snap
    /// part of a durative action.
    init(part action: DurativeAction, precondition: [Formula], effect: [Effect]) {
        name = action.name
        parameters = action.parameters
        location = action.location
        self.precondition = Formula(.and(precondition), location: action.location)
        self.effect = Effect(.and(effect), location: action.location)
    }

    /// Compiles a durative action for classical search: its conditions (at start, over all,
    /// at end, minus those its start effects establish) must hold before it, and its start
    /// and end effects happen at once (end effects written after, so they win).
    init(compiling action: DurativeAction) {
        name = action.name
        parameters = action.parameters
        location = action.location
        durative = action
        var startAdds: Set<Atom> = []
        for timed in action.effects where timed.time == .atStart {
            Self.collectAdds(timed.effect, into: &startAdds)
        }
        let conditions = action.conditions.compactMap { timed -> Formula? in
            if timed.time != .atStart, case .atom(let atom) = timed.formula.kind,
                startAdds.contains(atom)
            {
                return nil
            }
            return timed.formula
        }
        precondition = Formula(.and(conditions), location: action.location)
        let ordered =
            action.effects.filter { $0.time == .atStart }
            + action.effects.filter { $0.time != .atStart }
        effect = Effect(.and(ordered.map(\.effect)), location: action.location)
    }

    /// The start, end and invariant (`over all`) parts of `action`.
    static func snapParts(of action: DurativeAction) -> (
        start: ActionSchema, end: ActionSchema, invariant: ActionSchema
    ) {
        func conditions(_ time: TimeSpecifier) -> [Formula] {
            action.conditions.filter { $0.time == time }.map(\.formula)
        }
        func effects(_ time: TimeSpecifier) -> [Effect] {
            action.effects.filter { $0.time == time }.map(\.effect)
        }
        return (
            ActionSchema(
                part: action, precondition: conditions(.atStart), effect: effects(.atStart)),
            ActionSchema(part: action, precondition: conditions(.atEnd), effect: effects(.atEnd)),
            ActionSchema(part: action, precondition: conditions(.overAll), effect: [])
        )
    }

    private static func collectAdds(_ effect: Effect, into adds: inout Set<Atom>) {
        switch effect.kind {
        case .and(let parts): for part in parts { collectAdds(part, into: &adds) }
        case .add(let atom): adds.insert(atom)
        default: break
        }
    }

    /// The number of scope slots the action's formulas use (parameters and quantified
    /// variables).
    var scopeSize: Int {
        max(parameters.count, Self.scopeSize(of: precondition), Self.scopeSize(of: effect))
    }

    static func scopeSize(of formula: Formula) -> Int {
        switch formula.kind {
        case .atom(let atom): return scopeSize(of: atom.arguments)
        case .equality(let lhs, let rhs): return scopeSize(of: [lhs, rhs])
        case .not(let inner): return scopeSize(of: inner)
        case .and(let parts), .or(let parts): return parts.map(scopeSize(of:)).max() ?? 0
        case .imply(let lhs, let rhs): return max(scopeSize(of: lhs), scopeSize(of: rhs))
        case .exists(let first, let variables, let body),
            .forall(let first, let variables, let body):
            return max(first + variables.count, scopeSize(of: body))
        case .comparison(_, let lhs, let rhs): return max(scopeSize(of: lhs), scopeSize(of: rhs))
        }
    }

    static func scopeSize(of effect: Effect) -> Int {
        switch effect.kind {
        case .and(let parts): return parts.map(scopeSize(of:)).max() ?? 0
        case .forall(let first, let variables, let body):
            return max(first + variables.count, scopeSize(of: body))
        case .when(let condition, let body):
            return max(scopeSize(of: condition), scopeSize(of: body))
        case .add(let atom), .delete(let atom): return scopeSize(of: atom.arguments)
        case .numeric(_, let term, let value):
            return max(scopeSize(of: term.arguments), scopeSize(of: value))
        }
    }

    static func scopeSize(of expression: NumericExpression) -> Int {
        switch expression.kind {
        case .function(let term): return scopeSize(of: term.arguments)
        case .binary(_, let lhs, let rhs): return max(scopeSize(of: lhs), scopeSize(of: rhs))
        case .negation(let inner): return scopeSize(of: inner)
        case .number, .duration, .totalTime: return 0
        }
    }

    static func scopeSize(of terms: [Term]) -> Int {
        terms.reduce(0) { result, term in
            if case .variable(let index) = term { return max(result, index + 1) }
            return result
        }
    }
}

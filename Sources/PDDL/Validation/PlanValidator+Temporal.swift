extension PlanValidator {
    /// A start or end of a step in a temporal plan, or a timed initial literal.
    private struct Happening {
        var time: Double
        var isEnd: Bool
        var step: Int
        /// The index of the timed initial literal in the problem, for a literal.
        var literal: Int? = nil
    }

    /// A resolved step of a temporal plan.
    private struct TimedStep {
        var durativeIndex: Int?
        var instantaneousIndex: Int?
        var bindings: [Int]
        var duration: Double
    }

    /// Happenings at most this far apart (in plan time) are simultaneous, as in VAL: measured
    /// against VAL 4, starts 0.001 apart form one happening and 0.00101 apart two.
    public static let simultaneity = 0.001

    /// What one start, end or instantaneous step (or timed literal) of a happening reads and
    /// changes.
    private struct Footprint {
        /// The step, or -1 for a timed initial literal.
        var step: Int
        var reads: ReadSet
        var changes: EffectSet
    }

    /// Validates a temporal plan (`time: (action args) [duration]`, PDDL 2.1 semantics, as
    /// VAL checks it).
    ///
    /// Starts and ends at one time form one happening; happenings at most ``simultaneity``
    /// apart stay distinct, but must not interfere either (VAL's tolerance). Every condition of
    /// a happening (`at start` conditions and duration constraints at a start, `at end`
    /// conditions at an end, preconditions of instantaneous steps) is evaluated in the state
    /// before it, then all its effects apply together; its parts must not interfere (one
    /// adds or deletes an atom the other reads, adds or deletes, or changes a value the other
    /// reads or changes, two `increase`/`decrease` of one value excepted). `over all`
    /// conditions hold in every state strictly inside their step's interval. Timed initial
    /// literals are happenings of their own that change their atom at their time.
    /// O(happenings × (active steps + condition cost) + simultaneous pairs × footprint).
    public func validateTemporal(_ steps: [PlanStep]) -> PlanValidation {
        var resolved: [TimedStep] = []
        var happenings: [Happening] = []
        for (index, step) in steps.enumerated() {
            switch resolve(step) {
            case .success(let timed):
                resolved.append(timed)
                let start = step.time ?? 0
                happenings.append(Happening(time: start, isEnd: false, step: index))
                if timed.durativeIndex != nil {
                    happenings.append(
                        Happening(time: start + timed.duration, isEnd: true, step: index))
                }
            case .failure(let reason):
                return .invalid(PlanFailure(stepIndex: index, step: step, reason: reason))
            }
        }
        // Literals after the plan's last happening cannot affect it (the goal holds at its end).
        let end = happenings.map(\.time).max() ?? 0
        for (index, literal) in task.problem.timedLiterals.enumerated()
        where literal.time <= end + Self.simultaneity {
            happenings.append(
                Happening(time: literal.time, isEnd: true, step: -1, literal: index))
        }
        happenings.sort {
            ($0.time, $0.isEnd ? 0 : 1, $0.step) < ($1.time, $1.isEnd ? 0 : 1, $1.step)
        }
        var state = task.initialState
        var active: [Int] = []
        /// The footprints of the happenings within VAL's tolerance before the current one.
        var recent: [(time: Double, footprint: Footprint)] = []
        var first = 0
        while first < happenings.count {
            var last = first
            while last + 1 < happenings.count,
                happenings[last + 1].time - happenings[first].time <= 1e-9
            {
                last += 1
            }
            let now = happenings[first].time
            recent.removeAll { now - $0.time > Self.simultaneity + 1e-9 }
            let saturated = task.saturated(state)
            // This happening's parts must not interfere with each other, nor with the parts of
            // the happenings just before it that VAL's tolerance does not tell apart.
            let earlier = recent.count
            var footprints = recent.map(\.footprint)
            var combined = EffectSet()
            for happening in happenings[first...last] {
                let footprint: Footprint
                if let literal = happening.literal {
                    footprint = Self.footprint(of: task.problem.timedLiterals[literal])
                } else {
                    switch perform(happening, resolved[happening.step], in: saturated) {
                    case .success(let performed): footprint = performed
                    case .failure(let reason):
                        return .invalid(
                            PlanFailure(
                                stepIndex: happening.step, step: steps[happening.step],
                                reason: reason))
                    }
                }
                for other in footprints {
                    guard
                        let conflict = interference(footprint, other)
                            ?? interference(other, footprint)
                    else { continue }
                    // A literal interferes with a step: name the step, whichever came first.
                    let (culprit, witness) =
                        footprint.step >= 0 ? (footprint, other) : (other, footprint)
                    guard culprit.step >= 0 else { continue }
                    let with =
                        witness.step >= 0
                        ? "step \(witness.step + 1) \(steps[witness.step].actionText)"
                        : "a timed initial literal"
                    return .invalid(
                        PlanFailure(
                            stepIndex: culprit.step, step: steps[culprit.step],
                            reason: .interference("\(conflict) at the same time as \(with)")))
                }
                footprints.append(footprint)
                combined.adds += footprint.changes.adds
                combined.deletes += footprint.changes.deletes
                combined.updates += footprint.changes.updates
                if happening.literal != nil {
                    continue
                } else if happening.isEnd {
                    active.removeAll { $0 == happening.step }
                } else if resolved[happening.step].durativeIndex != nil {
                    active.append(happening.step)
                }
            }
            recent += footprints[earlier...].map { (now, $0) }
            state = combined.applied(to: state)
            if let failure = violatedInvariant(active: active, steps: steps, resolved, in: state) {
                return .invalid(failure)
            }
            first = last + 1
        }
        let makespan = happenings.last { $0.literal == nil }?.time ?? 0
        return finish(in: state, makespan: makespan, stepCount: steps.count)
    }

    /// Checks the conditions of one start, end or instantaneous step in `state` (the state
    /// before its happening, with derived atoms) and collects what it reads and changes.
    private func perform(_ happening: Happening, _ timed: TimedStep, in state: State)
        -> Result<Footprint, PlanFailure.Reason>
    {
        var reads = ReadSet()
        var changes = EffectSet()
        var scope = timed.bindings
        if let actionIndex = timed.instantaneousIndex {
            let action = task.domain.actions[actionIndex]
            if let unmet = firstUnsatisfied(
                action.precondition, in: state, parameters: action.parameters,
                bindings: timed.bindings)
            {
                return .failure(.unsatisfiedCondition(unmet))
            }
            task.collectReads(of: action.precondition, bindings: &scope, into: &reads)
            task.collectReads(of: action.effect, bindings: &scope, into: &reads)
            task.collect(action.effect, in: state, bindings: &scope, into: &changes)
        } else if let actionIndex = timed.durativeIndex {
            let action = task.domain.durativeActions[actionIndex]
            let time: TimeSpecifier = happening.isEnd ? .atEnd : .atStart
            if !happening.isEnd {
                if let violated = violatedDurationConstraint(action, timed, in: state) {
                    return .failure(.durationViolated(violated))
                }
                for constraint in action.durationConstraints {
                    task.collectReads(of: constraint.value, bindings: scope, into: &reads)
                }
            }
            for condition in action.conditions where condition.time == time {
                if let unmet = firstUnsatisfied(
                    condition.formula, in: state, parameters: action.parameters,
                    bindings: timed.bindings)
                {
                    return .failure(.unsatisfiedCondition("(\(time.rawValue) \(unmet))"))
                }
                task.collectReads(of: condition.formula, bindings: &scope, into: &reads)
            }
            for effect in action.effects where effect.time == time {
                task.collectReads(of: effect.effect, bindings: &scope, into: &reads)
                task.collect(
                    effect.effect, in: state, bindings: &scope, duration: timed.duration,
                    into: &changes)
            }
        }
        if let undefined = changes.undefinedReads.first {
            return .failure(.undefinedValue(describe(undefined)))
        }
        return .success(Footprint(step: happening.step, reads: reads, changes: changes))
    }

    /// What a timed initial literal changes (it reads nothing).
    private static func footprint(of literal: TimedLiteral) -> Footprint {
        var changes = EffectSet()
        if literal.isAdd { changes.adds = [literal.atom] } else { changes.deletes = [literal.atom] }
        return Footprint(step: -1, reads: ReadSet(), changes: changes)
    }

    /// How `writer`'s changes interfere with what `other` reads or changes, if they do:
    /// `deletes (p a)`, `adds (p a)` or `changes (f a)`.
    private func interference(_ writer: Footprint, _ other: Footprint) -> String? {
        let touched = other.reads.atoms.union(other.changes.adds).union(other.changes.deletes)
        if let atom = writer.changes.deletes.first(where: touched.contains) {
            return "deletes \(describe(atom))"
        }
        if let atom = writer.changes.adds.first(where: {
            other.reads.atoms.contains($0) || other.changes.deletes.contains($0)
        }) {
            return "adds \(describe(atom))"
        }
        func isAdditive(_ update: EffectSet.NumericUpdate) -> Bool {
            update.operation == .increase || update.operation == .decrease
        }
        for update in writer.changes.updates {
            let conflicting =
                other.reads.values.contains(update.key)
                || other.changes.updates.contains {
                    $0.key == update.key && !(isAdditive($0) && isAdditive(update))
                }
            if conflicting { return "changes \(describe(update.key))" }
        }
        return nil
    }

    /// Resolves a step to an action (durative when it has a duration) and its bindings.
    private func resolve(_ step: PlanStep) -> Result<TimedStep, PlanFailure.Reason> {
        if let index = task.durativeActionIndex(named: step.actionName) {
            guard let duration = step.duration else {
                return .failure(.timing("a durative action needs a duration '[d]'"))
            }
            return bind(step, to: task.domain.durativeActions[index].parameters).map {
                TimedStep(
                    durativeIndex: index, instantaneousIndex: nil, bindings: $0, duration: duration)
            }
        }
        guard let index = task.actionIndex(named: step.actionName) else {
            return .failure(.unknownAction)
        }
        return bind(step, to: task.domain.actions[index].parameters).map {
            TimedStep(durativeIndex: nil, instantaneousIndex: index, bindings: $0, duration: 0)
        }
    }

    /// The first duration constraint of `action` that the step's duration violates.
    private func violatedDurationConstraint(
        _ action: DurativeAction, _ timed: TimedStep, in state: State
    ) -> String? {
        for constraint in action.durationConstraints {
            let bound = task.value(
                of: constraint.value, in: state, bindings: timed.bindings,
                duration: timed.duration)
            let text = PDDLPrinter.text(
                of: constraint.value, domain: task.domain, problem: task.problem,
                variableNames: action.parameters.map(\.name), bindings: timed.bindings)
            let description = "(\(constraint.comparison.rawValue) ?duration \(text))"
            guard let bound else { return description + " is undefined" }
            if !constraint.comparison.holds(timed.duration, bound)
                && abs(timed.duration - bound) > 1e-6 * max(1, abs(bound))
            {
                return "\(description) with ?duration = \(timed.duration)"
            }
        }
        return nil
    }

    /// The first `over all` condition of an active step that fails in `state`.
    private func violatedInvariant(
        active: [Int], steps: [PlanStep], _ resolved: [TimedStep], in state: State
    ) -> PlanFailure? {
        guard !active.isEmpty else { return nil }
        let saturated = task.saturated(state)
        for index in active {
            guard let actionIndex = resolved[index].durativeIndex else { continue }
            let action = task.domain.durativeActions[actionIndex]
            for condition in action.conditions where condition.time == .overAll {
                if let unmet = firstUnsatisfied(
                    condition.formula, in: saturated, parameters: action.parameters,
                    bindings: resolved[index].bindings)
                {
                    return PlanFailure(
                        stepIndex: index, step: steps[index],
                        reason: .unsatisfiedCondition("(over all \(unmet))"))
                }
            }
        }
        return nil
    }
}

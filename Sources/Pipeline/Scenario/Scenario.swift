public import PDDL
public import Scheduling

/// A scenario: goals and starting conditions (a PDDL domain and problem) together with the
/// resources, durations and commands that turn a plan into a schedule and a workflow.
///
/// Loaded and checked by ``ScenarioLoader``: every action named exists in the domain, every
/// resource used is declared and every demand fits its capacity.
public struct Scenario: Sendable {
    /// The scenario file itself.
    public var path: String
    /// The PDDL domain file, resolved against the scenario file's directory.
    public var domainPath: String
    /// The PDDL problem file, resolved against the scenario file's directory.
    public var problemPath: String
    /// The parsed domain.
    public var domain: Domain
    /// The parsed problem.
    public var problem: Problem
    /// Renewable resources in file order: a capacity, or named units (with skills).
    public var resources: [Resource]
    /// What each action of the domain takes, by action name; actions without an entry use
    /// ``defaults``.
    public var actions: [String: ActionProfile]
    /// What actions without an entry in ``actions`` take.
    public var defaults: ActionProfile
    /// What the schedule minimises.
    public var objective: Objective
    /// Time limit for the whole solve, in seconds.
    public var timeLimit: Double?
    /// How the plan is found.
    public var planner = PlannerSettings()

    /// What a scenario may optimise.
    public enum Objective: String, Sendable, CaseIterable {
        case makespan
    }

    /// The profile of the action called `name`: its own entry, or the defaults.
    public func profile(ofAction name: String) -> ActionProfile {
        actions[name] ?? defaults
    }

    /// Whether the domain has durative actions (durations then come from the domain).
    public var isTemporal: Bool { !domain.durativeActions.isEmpty }
}

/// The duration, resource use and command of one PDDL action in a scenario, or its
/// alternatives, each with its own duration and resource use.
public struct ActionProfile: Sendable {
    /// A fixed duration or a numeric expression over the action's parameters and the
    /// problem's static functions; `nil` for durative actions, which carry their own.
    public var duration: NumericExpression?
    /// What the action holds of each resource while it runs (empty with alternatives).
    public var uses: [ResourceUse]
    /// The ways the action may run, when it has a choice; then ``duration`` is `nil` and
    /// ``uses`` empty.
    public var alternatives: [ActionAlternative] = []
    /// The command run for each instance of the action; `nil` runs nothing (`true`). It
    /// may name the units the action is given (`{@resource}`).
    public var command: CommandTemplate?

    /// A profile with one duration, resource use and command, and no alternatives.
    public init(
        duration: NumericExpression?, uses: [ResourceUse],
        command: CommandTemplate?
    ) {
        self.duration = duration
        self.uses = uses
        self.command = command
    }

    /// The ways the action may run: its alternatives, or its one duration and resource use.
    public var modes: [ActionAlternative] {
        alternatives.isEmpty ? [ActionAlternative(duration: duration, uses: uses)] : alternatives
    }
}

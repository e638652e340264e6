public import PlanningTask

/// A one-ball gripper task, built by hand: move the ball from room a to room b.
///
/// Facts: 0 robot-at a, 1 robot-at b, 2 ball-at a, 3 ball-at b, 4 holding, 5 hand-free;
/// goal ball-at b. Operators: 0 move a b, 1 move b a, 2 pick a, 3 pick b, 4 drop a,
/// 5 drop b. The optimal plan is pick a, move a b, drop b.
public func oneBallGripperTask() -> GroundTask {
    let names = [
        ("robot-at", ["a"]), ("robot-at", ["b"]), ("ball-at", ["a"]), ("ball-at", ["b"]),
        ("holding", []), ("hand-free", []),
    ]
    func f(_ index: Int) -> FactID { FactID(index) }
    let operators = [
        Operator(
            name: "move", arguments: ["a", "b"], preconditions: [f(0)], addEffects: [f(1)],
            deleteEffects: [f(0)]),
        Operator(
            name: "move", arguments: ["b", "a"], preconditions: [f(1)], addEffects: [f(0)],
            deleteEffects: [f(1)]),
        Operator(
            name: "pick", arguments: ["a"], preconditions: [f(0), f(2), f(5)],
            addEffects: [f(4)], deleteEffects: [f(2), f(5)]),
        Operator(
            name: "pick", arguments: ["b"], preconditions: [f(1), f(3), f(5)],
            addEffects: [f(4)], deleteEffects: [f(3), f(5)]),
        Operator(
            name: "drop", arguments: ["a"], preconditions: [f(0), f(4)],
            addEffects: [f(2), f(5)], deleteEffects: [f(4)]),
        Operator(
            name: "drop", arguments: ["b"], preconditions: [f(1), f(4)],
            addEffects: [f(3), f(5)], deleteEffects: [f(4)]),
    ]
    return GroundTask(
        name: "gripper-1", facts: names.map { Fact(predicate: $0.0, arguments: $0.1) },
        operators: operators, initialFacts: [f(0), f(2), f(5)], goal: [f(3)])
}

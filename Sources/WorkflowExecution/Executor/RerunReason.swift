/// Why a resumed run runs a step (again).
public enum RerunReason: Sendable, Equatable {
    /// The step did not succeed in the run being resumed (or it is new).
    case notDone
    /// Its command, environment, folder, declared outputs or an input file changed since it
    /// succeeded (see ``StepFingerprint``).
    case changed
    /// A declared output of it is missing.
    case missingOutput(String)
    /// A step it waits for (directly or not) runs again: the step with this id.
    case upstream(String)

    /// The reason in words, as `werk run --dry-run` prints it.
    public var description: String {
        switch self {
        case .notDone: "not done yet"
        case .changed: "command, environment, folder, inputs or outputs changed"
        case .missingOutput(let path): "output \(path) is missing"
        case .upstream(let id): "runs after \(id), which runs again"
        }
    }
}

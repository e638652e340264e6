/// How `WorkflowExecutor` runs a workflow.
public struct ExecutorOptions: Sendable {
    /// How progress is shown on standard error.
    public enum ProgressStyle: Sendable {
        /// A live status line when standard error is a terminal, plain lines otherwise.
        case automatic
        /// One line per finished step.
        case plain
        /// Nothing but failures.
        case quiet
    }

    /// The directory holding the journal and the logs.
    public var stateDirectory: String
    /// The most steps running at once.
    public var jobs: Int
    /// Whether to go on with the steps that do not depend on a failed one.
    public var keepGoing = false
    /// Whether to start a new run even when the last one is unfinished.
    public var fresh = false
    /// A file to append JSON-lines events to.
    public var eventsPath: String?
    /// Seconds between SIGTERM and SIGKILL when a step is stopped.
    public var killGracePeriod = 5.0
    /// Seconds before the first retry of a step that gives no `retry_delay`.
    public var defaultRetryDelay = 1.0
    /// The longest wait between two attempts.
    public var maximumRetryDelay = 300.0
    /// Whether SIGINT, SIGTERM and SIGHUP stop the run (command-line use).
    public var handlesSignals = false
    /// Whether the run makes this process a child subreaper (Linux), so that processes a
    /// step leaves behind (a daemon) are re-parented to it, reported and stopped after the
    /// step ends (command-line use: the process must start no other children meanwhile).
    public var adoptsOrphans = false
    /// How progress is shown.
    public var progress = ProgressStyle.automatic

    /// Options with the given state directory and job limit, and defaults otherwise.
    public init(stateDirectory: String, jobs: Int) {
        self.stateDirectory = stateDirectory
        self.jobs = jobs
    }
}

/// Journal writes collected during one turn of the executor's loop, committed together.
struct JournalBatch {
    /// An attempt about to be spawned.
    struct Start {
        var step: Int
        var attempt: Int
        var startedAt: Double
        var standardOutputPath: String
        var standardErrorPath: String
        /// The step's ``StepFingerprint`` as the attempt starts.
        var fingerprint: String
    }

    /// An attempt that ended.
    struct Finish {
        var step: Int
        var attempt: Int
        var state: AttemptState
        var pid: Int32?
        var finishedAt: Double
        var exitCode: Int32?
        var signal: Int32?
        var message: String?
    }

    var starts: [Start] = []
    var finishes: [Finish] = []

    var isEmpty: Bool { starts.isEmpty && finishes.isEmpty }
}

import GRDB
import Workflow

/// The executor's record of runs and step attempts, in an SQLite database (GRDB).
///
/// The database is in WAL mode with `synchronous = NORMAL`: each commit is appended to the
/// write-ahead log before the executor acts on it, so a crash of the executor loses no
/// committed transition (a power loss may lose the last commits, which resume then treats
/// as not done). Tables: `run`, `step` (the steps of each run with their plan), `attempt`
/// (one row per attempt: state, pid, start, end, exit status or signal, log paths, and since
/// migration v2 the step's fingerprint as the attempt started; older rows have none).
public final class Journal {
    private let database: DatabaseQueue

    /// The file name of the journal inside a state directory.
    public static let fileName = "journal.sqlite"

    /// Opens (creating if needed) the journal at `path`.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        database = try DatabaseQueue(path: path, configuration: configuration)
        try Self.migrator.migrate(database)
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE run (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        workflow_name TEXT NOT NULL,
                        workflow_path TEXT NOT NULL,
                        workflow_fingerprint TEXT NOT NULL,
                        state TEXT NOT NULL,
                        started_at REAL NOT NULL,
                        finished_at REAL,
                        step_count INTEGER NOT NULL,
                        log_directory TEXT NOT NULL);
                    CREATE INDEX run_by_workflow ON run(workflow_path, id);
                    CREATE TABLE step (
                        run_id INTEGER NOT NULL REFERENCES run(id),
                        step_index INTEGER NOT NULL,
                        step_id TEXT NOT NULL,
                        planned_start REAL,
                        planned_duration REAL,
                        PRIMARY KEY (run_id, step_index)) WITHOUT ROWID;
                    CREATE TABLE attempt (
                        run_id INTEGER NOT NULL REFERENCES run(id),
                        step_index INTEGER NOT NULL,
                        attempt INTEGER NOT NULL,
                        state TEXT NOT NULL,
                        pid INTEGER,
                        started_at REAL NOT NULL,
                        finished_at REAL,
                        exit_code INTEGER,
                        signal INTEGER,
                        message TEXT,
                        stdout_path TEXT NOT NULL,
                        stderr_path TEXT NOT NULL,
                        PRIMARY KEY (run_id, step_index, attempt)) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration("v2: step fingerprints") { db in
            try db.execute(sql: "ALTER TABLE attempt ADD COLUMN fingerprint TEXT")
        }
        return migrator
    }

    // MARK: Runs

    /// The most recent run of the workflow file at `workflowPath`.
    func latestRun(workflowPath: String) throws -> RunSummary? {
        try database.read { db in
            try Row.fetchOne(
                db, sql: "SELECT id FROM run WHERE workflow_path = ? ORDER BY id DESC LIMIT 1",
                arguments: [workflowPath]
            ).flatMap { row in try summary(db, id: row["id"]) }
        }
    }

    /// Records a new run of `workflow` with all its steps; returns its id.
    func createRun(of workflow: ExecutableWorkflow, logDirectoryRoot: String, at time: Double)
        throws -> Int64
    {
        try database.write { db in
            try db.execute(
                sql: """
                    INSERT INTO run (workflow_name, workflow_path, workflow_fingerprint, state,
                        started_at, step_count, log_directory)
                    VALUES (?, ?, ?, ?, ?, ?, '')
                    """,
                arguments: [
                    workflow.document.name, workflow.source.absolutePath,
                    workflow.source.fingerprint, RunState.running.rawValue, time,
                    workflow.stepCount,
                ])
            let id = db.lastInsertedRowID
            try db.execute(
                sql: "UPDATE run SET log_directory = ? WHERE id = ?",
                arguments: ["\(logDirectoryRoot)/\(id)/logs", id])
            let insert = try db.makeStatement(
                sql: """
                    INSERT INTO step (run_id, step_index, step_id, planned_start, planned_duration)
                    VALUES (?, ?, ?, ?, ?)
                    """)
            for (index, step) in workflow.document.steps.enumerated() {
                try insert.execute(arguments: [
                    id, index, step.id, step.plannedStart, step.plannedDuration,
                ])
            }
            return id
        }
    }

    /// Marks run `runID` as being worked on again, and its attempts that were still
    /// `running` (their executor died) as `lost`; returns how many were lost.
    func reopenRun(_ runID: Int64) throws -> Int {
        try database.write { db in
            try db.execute(
                sql: "UPDATE run SET state = ?, finished_at = NULL WHERE id = ?",
                arguments: [RunState.running.rawValue, runID])
            try db.execute(
                sql: "UPDATE attempt SET state = ? WHERE run_id = ? AND state = ?",
                arguments: [AttemptState.lost.rawValue, runID, AttemptState.running.rawValue])
            return db.changesCount
        }
    }

    /// For each step of run `runID`: whether an attempt succeeded, and the highest attempt
    /// number used so far.
    func progress(ofRun runID: Int64, stepCount: Int) throws -> (
        succeeded: [Bool], attempts: [Int]
    ) {
        try database.read { db in
            var succeeded = [Bool](repeating: false, count: stepCount)
            var attempts = [Int](repeating: 0, count: stepCount)
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT step_index, MAX(attempt) AS attempts, MAX(state = ?) AS done
                    FROM attempt WHERE run_id = ? GROUP BY step_index
                    """,
                arguments: [AttemptState.succeeded.rawValue, runID])
            while let row = try rows.next() {
                let step: Int = row["step_index"]
                guard step < stepCount else { continue }
                attempts[step] = row["attempts"]
                succeeded[step] = row["done"]
            }
            return (succeeded, attempts)
        }
    }

    /// The steps that succeeded in run `runID`, by id, each with the fingerprint its latest
    /// successful attempt recorded (nil for attempts journalled before fingerprints).
    func successes(ofRun runID: Int64) throws -> [String: String?] {
        try database.read { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT s.step_id, a.fingerprint FROM step s JOIN attempt a
                        ON a.run_id = s.run_id AND a.step_index = s.step_index
                    WHERE s.run_id = ? AND a.state = ? ORDER BY a.attempt
                    """,
                arguments: [runID, AttemptState.succeeded.rawValue])
            var successes: [String: String?] = [:]
            while let row = try rows.next() {
                let fingerprint: String? = row["fingerprint"]
                successes[row["step_id"]] = .some(fingerprint)
            }
            return successes
        }
    }

    /// Records `steps` of run `runID` as succeeded without running them (attempt 0): they
    /// were up to date in run `earlier`.
    func carryOver(
        _ steps: [(index: Int, fingerprint: String)], intoRun runID: Int64, from earlier: Int64,
        at time: Double
    ) throws {
        try database.write { db in
            let insert = try db.makeStatement(
                sql: """
                    INSERT INTO attempt (run_id, step_index, attempt, state, started_at,
                        finished_at, message, stdout_path, stderr_path, fingerprint)
                    VALUES (?, ?, 0, ?, ?, ?, ?, '', '', ?)
                    """)
            for step in steps {
                try insert.execute(arguments: [
                    runID, step.index, AttemptState.succeeded.rawValue, time, time,
                    "up to date in run \(earlier)", step.fingerprint,
                ])
            }
        }
    }

    /// Commits the attempts about to start and those that ended in one transaction.
    func commit(_ batch: JournalBatch, runID: Int64) throws {
        guard !batch.isEmpty else { return }
        try database.write { db in
            if !batch.starts.isEmpty {
                let insert = try db.cachedStatement(
                    sql: """
                        INSERT INTO attempt (run_id, step_index, attempt, state, started_at,
                            stdout_path, stderr_path, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                for start in batch.starts {
                    try insert.execute(arguments: [
                        runID, start.step, start.attempt, AttemptState.running.rawValue,
                        start.startedAt, start.standardOutputPath, start.standardErrorPath,
                        start.fingerprint,
                    ])
                }
            }
            if !batch.finishes.isEmpty {
                let update = try db.cachedStatement(
                    sql: """
                        UPDATE attempt SET state = ?, pid = ?, finished_at = ?, exit_code = ?,
                            signal = ?, message = ?
                        WHERE run_id = ? AND step_index = ? AND attempt = ?
                        """)
                for finish in batch.finishes {
                    try update.execute(arguments: [
                        finish.state.rawValue, finish.pid, finish.finishedAt, finish.exitCode,
                        finish.signal, finish.message, runID, finish.step, finish.attempt,
                    ])
                }
            }
        }
    }

    /// Records that the executor stopped working on run `runID`, leaving it in `state`.
    func closeRun(_ runID: Int64, state: RunState, at time: Double) throws {
        try database.write { db in
            try db.execute(
                sql: "UPDATE run SET state = ?, finished_at = ? WHERE id = ?",
                arguments: [state.rawValue, time, runID])
        }
    }

    // MARK: Reports

    /// Every run, oldest first.
    public func runs() throws -> [RunSummary] {
        try database.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM run ORDER BY id").compactMap {
                try summary(db, id: $0)
            }
        }
    }

    /// Run `id`, or nil when there is none.
    public func run(_ id: Int64) throws -> RunSummary? {
        try database.read { db in try summary(db, id: id) }
    }

    /// Each step of run `id` with its latest attempt, in workflow order.
    public func steps(ofRun id: Int64) throws -> [StepReport] {
        try database.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT s.step_id, s.planned_start, s.planned_duration,
                        a.state, a.attempt, a.started_at, a.finished_at, a.exit_code, a.signal,
                        a.stderr_path
                    FROM step s LEFT JOIN attempt a
                        ON a.run_id = s.run_id AND a.step_index = s.step_index
                        AND a.attempt = (SELECT MAX(attempt) FROM attempt
                            WHERE run_id = s.run_id AND step_index = s.step_index)
                    WHERE s.run_id = ? ORDER BY s.step_index
                    """,
                arguments: [id])
            return rows.map { row in
                let started: Double? = row["started_at"]
                let finished: Double? = row["finished_at"]
                let stateText: String? = row["state"]
                return StepReport(
                    id: row["step_id"], state: stateText.flatMap(AttemptState.init(rawValue:)),
                    attempts: row["attempt"] ?? 0,
                    actualDuration: finished.flatMap { end in started.map { end - $0 } },
                    plannedDuration: row["planned_duration"], plannedStart: row["planned_start"],
                    exitCode: row["exit_code"], signal: row["signal"],
                    standardErrorPath: row["stderr_path"])
            }
        }
    }

    /// The result of SQLite's `PRAGMA integrity_check` (`ok` when the file is sound).
    public func integrityCheck() throws -> String {
        try database.read { db in
            try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n")
        }
    }

    private func summary(_ db: Database, id: Int64) throws -> RunSummary? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT r.*,
                        (SELECT COUNT(DISTINCT step_index) FROM attempt
                            WHERE run_id = r.id AND state = 'succeeded') AS succeeded,
                        (SELECT COUNT(*) FROM step s WHERE s.run_id = r.id AND
                            (SELECT state FROM attempt a WHERE a.run_id = r.id
                                AND a.step_index = s.step_index
                                ORDER BY attempt DESC LIMIT 1) IN ('failed', 'timed_out'))
                            AS failed
                    FROM run r WHERE r.id = ?
                    """, arguments: [id])
        else { return nil }
        let stateText: String = row["state"]
        return RunSummary(
            id: row["id"], workflowName: row["workflow_name"], workflowPath: row["workflow_path"],
            workflowFingerprint: row["workflow_fingerprint"],
            state: RunState(rawValue: stateText) ?? .running, startedAt: row["started_at"],
            finishedAt: row["finished_at"], stepCount: row["step_count"],
            succeededCount: row["succeeded"], failedCount: row["failed"],
            logDirectory: row["log_directory"])
    }
}

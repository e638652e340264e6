import Foundation
import Glibc
import Workflow

/// One executor session on one run: the event loop that spawns, reaps, times out, retries
/// and journals.
///
/// Each turn of the loop (1) takes the exits the reaper threads reported and decides what
/// they mean, (2) picks the steps to launch, (3) commits all of it to the journal in one
/// transaction, and only then (4) spawns the new processes. So every transition is durable
/// before anything depends on it, and a busy turn costs one commit however many steps
/// changed. The loop then sleeps in `poll` until a child exits, a signal arrives, or the next
/// deadline (timeout, kill escalation, retry, progress redraw).
final class ExecutionSession {
    private let workflow: ExecutableWorkflow
    private let options: ExecutorOptions
    private let journal: Journal
    private let runID: Int64
    /// The unfinished run this session continues: this run, or the one it replaces after
    /// the workflow file changed.
    private let resumedFrom: Int64?
    private var resumed: Bool { resumedFrom != nil }
    private let logDirectory: String
    private var scheduler: StepScheduler
    private var attemptsSoFar: [Int]
    private var attemptsThisSession: [Int]
    private let alreadySucceededCount: Int
    private var running: [RunningAttempt] = []
    private let reaper = ChildReaper()
    private let events: EventLog?
    private let progress: ProgressReporter
    private let baseEnvironment: [String: String]
    private var interruptingSignal: Int32?
    private var stopLaunching = false
    private var failedSteps: [Int] = []
    private var batch = JournalBatch()
    /// How long an exited step's pipes may stay open while its killed group ends (seconds).
    private static let outputEndGracePeriod = 0.2
    /// Whether this process is a child subreaper for the run, adopting what steps leave.
    private var adopting = false
    /// Adopted processes being stopped, by pid: when SIGTERM was sent, whether SIGKILL was.
    private var leftovers: [pid_t: (terminatedAt: Double, killed: Bool)] = [:]
    /// The process groups of the attempts and leftovers that ended this session: the reaper
    /// killed what was left in each when its leader exited.
    private var endedGroups: Set<pid_t> = []
    /// Whether adopted processes may be waiting to be found, and when they were last looked
    /// for: at most every `orphanScanInterval` seconds, so a run of many short steps does
    /// not read `/proc` after each.
    private var orphanScanPending = false
    private var lastOrphanScan = -Double.infinity
    private static let orphanScanInterval = 0.5

    init(
        workflow: ExecutableWorkflow, options: ExecutorOptions, journal: Journal, runID: Int64,
        resumedFrom: Int64?, logDirectory: String, alreadySucceeded: [Bool],
        attemptsSoFar: [Int]
    ) throws(ExecutionError) {
        self.workflow = workflow
        self.options = options
        self.journal = journal
        self.runID = runID
        self.resumedFrom = resumedFrom
        self.logDirectory = logDirectory
        scheduler = StepScheduler(workflow: workflow, alreadySucceeded: alreadySucceeded)
        self.attemptsSoFar = attemptsSoFar
        attemptsThisSession = [Int](repeating: 0, count: workflow.stepCount)
        alreadySucceededCount = alreadySucceeded.filter { $0 }.count
        events = try options.eventsPath.map { path throws(ExecutionError) in
            try EventLog(path: path, runID: runID)
        }
        let makespan = workflow.document.steps.compactMap { step in
            step.plannedStart.map { $0 + (step.plannedDuration ?? 0) }
        }.max()
        progress = ProgressReporter(
            style: options.progress, total: workflow.stepCount, plannedMakespan: makespan)
        baseEnvironment = ProcessInfo.processInfo.environment
    }

    /// Runs the loop until the session is over; returns what it achieved.
    func execute() throws(ExecutionError) -> RunOutcome {
        let relay =
            options.handlesSignals ? SignalRelay(writingTo: reaper.wakeWriteDescriptor) : nil
        defer { relay?.restore() }
        events?.record(
            "run_started",
            [
                "workflow": .text(workflow.document.name),
                "path": .text(workflow.source.absolutePath),
                "fingerprint": .text(workflow.source.fingerprint),
                "resumed": .integer(resumed ? 1 : 0), "steps": .integer(workflow.stepCount),
                "already_succeeded": .integer(alreadySucceededCount),
                "jobs": .integer(options.jobs),
            ])
        if resumedFrom == runID {
            progress.note(
                "werk: resuming run \(runID): \(alreadySucceededCount) of \(workflow.stepCount) steps already succeeded"
            )
        } else if let resumedFrom {
            progress.note(
                "werk: run \(runID) resumes run \(resumedFrom) of the changed workflow: \(alreadySucceededCount) of \(workflow.stepCount) steps up to date"
            )
        }
        let wasSubreaper = options.adoptsOrphans ? AdoptedProcesses.becomeSubreaper() : nil
        adopting = wasSubreaper != nil
        defer { if let wasSubreaper { AdoptedProcesses.restore(wasSubreaper: wasSubreaper) } }
        do {
            try loop()
        } catch {
            stopAllAndReap()
            stopLeftovers(hurrying: true)
            throw error
        }
        stopLeftovers(hurrying: false)
        return finish()
    }

    private func loop() throws(ExecutionError) {
        while true {
            let now = MonotonicClock.now()
            for exit in reaper.takeExits() { handle(exit, now: now) }
            if orphanScanPending && now >= lastOrphanScan + Self.orphanScanInterval {
                scanOrphans(now: now)
            }
            var launches: [RunningAttempt] = []
            if interruptingSignal == nil && !stopLaunching {
                scheduler.releaseDelayed(now: now)
                let room = options.jobs - running.count
                if room > 0 {
                    for step in scheduler.takeLaunchable(limit: room) {
                        launches.append(prepareLaunch(of: step, now: now))
                    }
                }
            }
            let committed = batch
            batch = JournalBatch()
            try journaling(in: options.stateDirectory) {
                try journal.commit(committed, runID: runID)
            }
            for launch in launches { spawn(launch) }
            events?.flush()
            progress.refresh(
                done: scheduler.succeededCount, running: running.count,
                failed: scheduler.failedCount, waiting: scheduler.waitingCount)
            if running.isEmpty && batch.isEmpty
                && (interruptingSignal != nil || stopLaunching || scheduler.isIdle)
            {
                return
            }
            enforceDeadlines(now: MonotonicClock.now())
            let streams = running.flatMap { $0.streams.filter(\.isOpen).map(\.descriptor) }
            let (signals, readable) = reaper.sleep(
                timeout: batch.isEmpty ? secondsUntilNextDeadline() : 0, watching: streams)
            if !readable.isEmpty {
                for attempt in running {
                    for stream in attempt.streams where readable.contains(stream.descriptor) {
                        stream.pump()
                    }
                }
            }
            for signal in signals { handleSignal(signal) }
        }
    }

    // MARK: Launching

    private func logPaths(step: Int, attempt: Int) -> (out: String, err: String) {
        let base = "\(logDirectory)/\(workflow.document.steps[step].id).\(attempt)"
        return (base + ".out", base + ".err")
    }

    /// Numbers the attempt and records its start in the batch (committed before spawning).
    private func prepareLaunch(of step: Int, now: Double) -> RunningAttempt {
        attemptsSoFar[step] += 1
        attemptsThisSession[step] += 1
        let attempt = attemptsSoFar[step]
        let logs = logPaths(step: step, attempt: attempt)
        let startedAt = MonotonicClock.wallNow()
        batch.starts.append(
            JournalBatch.Start(
                step: step, attempt: attempt, startedAt: startedAt, standardOutputPath: logs.out,
                standardErrorPath: logs.err,
                fingerprint: StepFingerprint.of(step: step, in: workflow)))
        return RunningAttempt(
            step: step, attempt: attempt, pid: 0, startedAt: startedAt, startedMonotonic: now,
            deadline: workflow.document.steps[step].timeout.map { now + $0 },
            standardOutputPath: logs.out, standardErrorPath: logs.err)
    }

    private func spawn(_ launch: RunningAttempt) {
        let step = workflow.document.steps[launch.step]
        // WERK_STEP and WERK_ATTEMPT also tell which step a process it left behind came from.
        let variables = step.unitEnvironment.merging(step.env) { $1 }.merging([
            "WERK_STEP": step.id, "WERK_ATTEMPT": String(launch.attempt), "WERK_RUN": String(runID),
        ]) { $1 }
        let environment = baseEnvironment.merging(variables) { $1 }.map { "\($0)=\($1)" }
        var attempt = launch
        do throws(SpawnError) {
            let output = try ProcessPipe.make().get()
            let error: (read: Int32, write: Int32)
            do {
                error = try ProcessPipe.make().get()
            } catch {
                close(output.read)
                close(output.write)
                throw error
            }
            attempt.streams = [
                CapturedStream(descriptor: output.read, path: launch.standardOutputPath),
                CapturedStream(descriptor: error.read, path: launch.standardErrorPath),
            ]
            defer {
                close(output.write)
                close(error.write)
            }
            let request = SpawnRequest(
                arguments: step.command, environment: environment,
                workingDirectory: workflow.workingDirectory(of: launch.step),
                standardOutput: output.write, standardError: error.write)
            attempt.pid = try ProcessGroupSpawner.spawn(request)
        } catch {
            attempt.streams.forEach { $0.finish() }
            attempt.streams = []
            try? Data((error.description + "\n").utf8).write(
                to: URL(fileURLWithPath: launch.standardErrorPath))
            running.append(attempt)
            conclude(
                attempt, state: .failed, exitCode: 127, signal: nil, message: error.description,
                usage: nil, now: MonotonicClock.now())
            return
        }
        reaper.watch(attempt.pid)
        running.append(attempt)
        events?.record(
            "step_started",
            [
                "step": .text(step.id), "attempt": .integer(attempt.attempt),
                "pid": .integer(Int(attempt.pid)),
                "planned_start": step.plannedStart.map { .number($0) },
            ])
    }

    // MARK: Exits

    private func handle(_ exit: ChildExit, now: Double) {
        if leftoverEnded(exit.pid) { return }
        guard let index = running.firstIndex(where: { $0.pid == exit.pid }) else { return }
        let attempt = running[index]
        if adopting {
            // What the step left is now this process's child: look for it.
            orphanScanPending = true
            endedGroups.insert(attempt.pid)
        }
        // The step and its group are gone (killed members may take a moment to end): what
        // they wrote is all in the pipes, unless a process that left the group holds them.
        let deadline = MonotonicClock.now() + Self.outputEndGracePeriod
        if !attempt.streams.map({ $0.finish(waitingUntil: deadline) }).allSatisfy({ $0 }) {
            reportLeftoverProcess(of: attempt)
        }
        let state: AttemptState
        var message: String?
        if exit.exitCode == 0 && !attempt.timedOut {
            // A step whose output was lost has not succeeded: its log would lie.
            message =
                attempt.streams.lazy.compactMap(\.loss).first
                ?? missingOutput(of: attempt.step).map { "declared output '\($0)' is missing" }
            state = message == nil ? .succeeded : .failed
        } else if attempt.timedOut {
            state = .timedOut
            message = "timed out after \(workflow.document.steps[attempt.step].timeout ?? 0)s"
        } else if attempt.cancelled {
            state = .cancelled
        } else {
            state = .failed
        }
        conclude(
            attempt, state: state, exitCode: exit.exitCode, signal: exit.signal, message: message,
            usage: exit, now: now)
    }

    /// A process the step started outside its process group (`setsid`, a daemon) outlived
    /// it and holds its output open: the group's kill missed it, so the executor says so
    /// (and, when it adopts orphans, stops it with the other leftovers).
    private func reportLeftoverProcess(of attempt: RunningAttempt) {
        let id = workflow.document.steps[attempt.step].id
        events?.record(
            "step_left_process", ["step": .text(id), "attempt": .integer(attempt.attempt)])
        progress.note(
            "werk: step \(id) left a process running outside its process group, holding its "
                + "output open; "
                + (adopting
                    ? "what it writes now is not logged"
                    : "it was not stopped, and what it writes now is not logged"))
    }

    // MARK: Adopted processes

    /// Looks for processes steps left behind, now children of this process (a subreaper):
    /// reaps the ended ones, and starts stopping (SIGTERM) and reports each live one whose
    /// step has ended. One whose step still runs is left alone (the step may need it), and
    /// so is one with no step in its environment while any step runs (it may be that
    /// step's).
    private func scanOrphans(now: Double) {
        orphanScanPending = false
        lastOrphanScan = now
        let steps = Set(running.map(\.pid).filter { $0 > 0 })
        for child in AdoptedProcesses.children(excluding: steps.union(leftovers.keys)) {
            if child.isZombie {
                // Killed with its step's group after it was orphaned; ours to reap.
                AdoptedProcesses.reapIfExited(child.pid)
                continue
            }
            if child.isExiting {
                // Its memory is gone, so is what it came from: a zombie by the next look.
                orphanScanPending = true
                continue
            }
            if steps.contains(child.group) { continue }
            let origin = child.step
            if let origin {
                let stillRunning = running.contains { attempt in
                    attempt.attempt == origin.attempt
                        && workflow.document.steps[attempt.step].id == origin.id
                }
                if stillRunning { continue }
            } else if !running.isEmpty {
                orphanScanPending = true
                continue
            }
            // One in an ended group, or one being stopped, dies with its leader: not news.
            if !endedGroups.contains(child.group) && leftovers[child.group] == nil {
                reportStopped(child, origin: origin)
            }
            kill(child.pid, SIGTERM)
            leftovers[child.pid] = (now, false)
            reaper.watch(child.pid)
        }
    }

    /// Forgets `pid` if it was a leftover being stopped (its exit was just reaped), and looks
    /// for its orphans next; returns whether it was.
    private func leftoverEnded(_ pid: pid_t) -> Bool {
        guard leftovers.removeValue(forKey: pid) != nil else { return false }
        endedGroups.insert(pid)
        orphanScanPending = true  // what it had started is now this process's child
        return true
    }

    private func reportStopped(
        _ child: AdoptedProcesses.Child, origin: (id: String, attempt: Int)?
    ) {
        events?.record(
            "step_left_process",
            [
                "step": origin.map { .text($0.id) }, "attempt": origin.map { .integer($0.attempt) },
                "pid": .integer(Int(child.pid)), "command": .text(child.command),
                "stopped": .integer(1),
            ])
        let who = origin.map { "step \($0.id) (attempt \($0.attempt))" } ?? "a step"
        progress.note(
            "werk: \(who) left process \(child.pid) (\(child.command)) running after it ended; "
                + "stopping it (SIGTERM, then SIGKILL after \(options.killGracePeriod)s)")
    }

    /// Sends SIGKILL to the leftovers whose grace period is over (all of them when
    /// `hurrying`).
    private func killOverdueLeftovers(now: Double, hurrying: Bool = false) {
        for (pid, leftover) in leftovers where !leftover.killed {
            if hurrying || now >= leftover.terminatedAt + options.killGracePeriod {
                // Reaped meanwhile, its pid may already be a new step's: never signal that.
                if !running.contains(where: { $0.pid == pid }) { kill(pid, SIGKILL) }
                leftovers[pid]?.killed = true
            }
        }
    }

    /// Once no step runs: every process still adopted is a leftover. Stops them all (SIGTERM,
    /// SIGKILL after the grace period, or SIGKILL at once when `hurrying` or on a signal)
    /// and returns when all are reaped, with what they left in turn.
    private func stopLeftovers(hurrying: Bool) {
        guard adopting else { return }
        var hurrying = hurrying
        while true {
            let now = MonotonicClock.now()
            for exit in reaper.takeExits() { _ = leftoverEnded(exit.pid) }
            scanOrphans(now: now)
            if leftovers.isEmpty { return }
            killOverdueLeftovers(now: now, hurrying: hurrying)
            let next = leftovers.values.filter { !$0.killed }.map {
                $0.terminatedAt + options.killGracePeriod
            }.min()
            let timeout = min(0.25, max(0, (next ?? .infinity) - now))
            let (signals, _) = reaper.sleep(timeout: timeout, watching: [])
            if !signals.isEmpty { hurrying = true }
        }
    }

    private func missingOutput(of step: Int) -> String? {
        let outputs = workflow.document.steps[step].outputs
        guard !outputs.isEmpty else { return nil }
        let directory = workflow.workingDirectory(of: step)
        return outputs.first { output in
            !FileManager.default.fileExists(
                atPath: output.hasPrefix("/") ? output : directory + "/" + output)
        }
    }

    /// Records how an attempt ended and decides what follows: successors, a retry, or
    /// failure. The records go to the batch, committed before anything is launched.
    private func conclude(
        _ attempt: RunningAttempt, state: AttemptState, exitCode: Int32?, signal: Int32?,
        message: String?, usage: ChildExit?, now: Double
    ) {
        running.removeAll { $0.pid == attempt.pid && $0.step == attempt.step }
        let step = workflow.document.steps[attempt.step]
        batch.finishes.append(
            JournalBatch.Finish(
                step: attempt.step, attempt: attempt.attempt, state: state,
                pid: attempt.pid == 0 ? nil : attempt.pid, finishedAt: MonotonicClock.wallNow(),
                exitCode: exitCode, signal: signal, message: message))
        let duration = now - attempt.startedMonotonic
        events?.record(
            "step_finished",
            [
                "step": .text(step.id), "attempt": .integer(attempt.attempt),
                "state": .text(state.rawValue), "exit_code": exitCode.map { .integer(Int($0)) },
                "signal": signal.map { .integer(Int($0)) }, "duration": .number(duration),
                "planned_duration": step.plannedDuration.map { .number($0) },
                "message": message.map { .text($0) },
                "cpu_seconds": usage.map { .number($0.cpuSeconds) },
                "max_rss_kb": usage.map { .integer($0.maxResidentKilobytes) },
            ])
        var willRetry = false
        switch state {
        case .succeeded:
            scheduler.succeeded(attempt.step)
        case .cancelled, .running, .lost:
            scheduler.abandoned(attempt.step)
        case .failed, .timedOut:
            let retriesUsed = attemptsThisSession[attempt.step] - 1
            if interruptingSignal == nil && retriesUsed < step.retries {
                let base = step.retryDelay ?? options.defaultRetryDelay
                let delay = min(base * pow(2, Double(retriesUsed)), options.maximumRetryDelay)
                scheduler.retry(attempt.step, at: now + delay)
                willRetry = true
                events?.record(
                    "step_retry_scheduled",
                    [
                        "step": .text(step.id), "next_attempt": .integer(attempt.attempt + 1),
                        "delay": .number(delay),
                    ])
            } else {
                scheduler.failed(attempt.step)
                failedSteps.append(attempt.step)
                if !options.keepGoing { stopLaunching = true }
            }
        }
        let detail: String? =
            if let message { message } else if let signal { "killed by signal \(signal)" } else {
                exitCode.map { "exited with status \($0)" }
            }
        progress.attemptFinished(
            step: step.id, attempt: attempt.attempt, state: state, duration: duration,
            detail: detail, logs: (attempt.standardOutputPath, attempt.standardErrorPath),
            willRetry: willRetry, done: scheduler.succeededCount)
    }

    // MARK: Deadlines and signals

    private func enforceDeadlines(now: Double) {
        for index in running.indices {
            if let deadline = running[index].deadline, now >= deadline,
                running[index].terminatedAt == nil
            {
                running[index].timedOut = true
                terminate(index, now: now)
                events?.record(
                    "step_timed_out",
                    [
                        "step": .text(workflow.document.steps[running[index].step].id),
                        "attempt": .integer(running[index].attempt),
                    ])
            }
            if let terminatedAt = running[index].terminatedAt, !running[index].killed,
                now >= terminatedAt + options.killGracePeriod
            {
                kill(-running[index].pid, SIGKILL)
                running[index].killed = true
            }
        }
        killOverdueLeftovers(now: now)
    }

    private func terminate(_ index: Int, now: Double) {
        guard running[index].terminatedAt == nil else { return }
        kill(-running[index].pid, SIGTERM)
        running[index].terminatedAt = now
    }

    private func secondsUntilNextDeadline() -> Double {
        let now = MonotonicClock.now()
        var next = now + 3600
        for attempt in running {
            if let terminatedAt = attempt.terminatedAt {
                if !attempt.killed { next = min(next, terminatedAt + options.killGracePeriod) }
            } else if let deadline = attempt.deadline {
                next = min(next, deadline)
            }
        }
        if interruptingSignal == nil && !stopLaunching, let retry = scheduler.nextRetryTime {
            next = min(next, retry)
        }
        for leftover in leftovers.values where !leftover.killed {
            next = min(next, leftover.terminatedAt + options.killGracePeriod)
        }
        if orphanScanPending { next = min(next, lastOrphanScan + Self.orphanScanInterval) }
        if progress.live && !running.isEmpty { next = min(next, now + 0.1) }
        return max(0, next - now)
    }

    private func handleSignal(_ signal: Int32) {
        let now = MonotonicClock.now()
        if interruptingSignal == nil {
            interruptingSignal = signal
            events?.record(
                "run_interrupted",
                ["signal": .integer(Int(signal)), "running": .integer(running.count)])
            progress.note(
                "werk: interrupted by signal \(signal): stopping \(running.count) running steps (SIGTERM, then SIGKILL after \(options.killGracePeriod)s)"
            )
            for index in running.indices {
                running[index].cancelled = true
                terminate(index, now: now)
            }
        } else {
            for index in running.indices where !running[index].killed {
                kill(-running[index].pid, SIGKILL)
                running[index].killed = true
            }
        }
    }

    /// Kills every running group and waits for the processes (used when the loop fails).
    private func stopAllAndReap() {
        for attempt in running where attempt.pid > 0 { kill(-attempt.pid, SIGKILL) }
        var remaining = Set(running.map(\.pid).filter { $0 > 0 })
        while !remaining.isEmpty {
            _ = reaper.sleep(timeout: 1, watching: [])
            for exit in reaper.takeExits() {
                remaining.remove(exit.pid)
                _ = leftoverEnded(exit.pid)
            }
        }
        running.removeAll()
    }

    // MARK: End

    private func finish() -> RunOutcome {
        progress.refresh(
            done: scheduler.succeededCount, running: 0, failed: scheduler.failedCount,
            waiting: scheduler.waitingCount, force: true)
        progress.finish()
        let state: RunState =
            if interruptingSignal != nil { .interrupted } else if scheduler.allSucceeded {
                .succeeded
            } else { .failed }
        let closeError: ExecutionError?
        do {
            try journaling(in: options.stateDirectory) {
                try journal.closeRun(runID, state: state, at: MonotonicClock.wallNow())
            }
            closeError = nil
        } catch {
            closeError = error
        }
        let failed = failedSteps.map { workflow.document.steps[$0].id }
        let notRun = workflow.stepCount - scheduler.succeededCount - scheduler.failedCount
        events?.record(
            "run_finished",
            [
                "state": .text(state.rawValue), "succeeded": .integer(scheduler.succeededCount),
                "failed": .integer(failed.count), "not_run": .integer(notRun),
            ])
        events?.flush()
        if let closeError { progress.note(closeError.description) }
        if !failed.isEmpty {
            progress.note(
                "werk: run \(runID): \(failed.count) failed: \(failed.joined(separator: ", "))")
        }
        return RunOutcome(
            runID: runID, resumed: resumed, alreadySucceeded: alreadySucceededCount,
            succeeded: scheduler.succeededCount, failed: failed, notRun: notRun,
            interruptingSignal: interruptingSignal, state: state)
    }
}

import HeapModule
import Workflow

/// Decides which steps may start: dependency counters, resource gates, unit locks and a
/// ready queue.
///
/// A step enters the ready queue (a binary min-heap on its dispatch rank, Atkinson et al.
/// 1986) when its last predecessor succeeds and the last step it must start after
/// (`start_after`) has started: each success costs O(out-degree + k log n)
/// where k steps become ready, independent of how many steps wait. `takeLaunchable` pops the
/// earliest-ranked ready steps whose demands fit the free capacities (list scheduling,
/// Graham 1966, with backfilling: a step that does not fit is passed over for later ones that
/// do, and keeps its place); it costs O((launched + passed over) · log n). A step fits when
/// its demands fit and none of the named units it holds is locked by a running step, so
/// however steps are dispatched, no unit ever serves two at once. Nothing here does I/O.
struct StepScheduler {
    let workflow: ExecutableWorkflow
    private(set) var status: [StepStatus]
    /// Per step, the predecessors yet to succeed plus the steps yet to start that it waits for.
    private var remainingPredecessors: [Int32]
    /// Whether each step has been launched once (its start releases its start successors).
    private var started: [Bool]
    private var free: [Int]
    /// Whether each named unit is held by a running step.
    private var locked: [Bool]
    private var ready = Heap<ReadyEntry>()
    private var delayed = Heap<DelayedEntry>()
    private(set) var runningCount = 0
    private(set) var succeededCount = 0
    private(set) var failedCount = 0
    private(set) var blockedCount = 0

    /// Starts a session; steps in `alreadySucceeded` are done and never run again.
    init(workflow: ExecutableWorkflow, alreadySucceeded: [Bool]) {
        self.workflow = workflow
        let count = workflow.stepCount
        status = [StepStatus](repeating: .waiting, count: count)
        remainingPredecessors = zip(workflow.predecessorCounts, workflow.startPredecessorCounts)
            .map { $0 + $1 }
        started = alreadySucceeded
        free = workflow.capacities
        locked = [Bool](repeating: false, count: workflow.unitNames.count)
        for step in 0..<count where alreadySucceeded[step] {
            status[step] = .succeeded
            succeededCount += 1
            for successor in workflow.successors(of: step) + workflow.startSuccessors(of: step) {
                remainingPredecessors[Int(successor)] -= 1
            }
        }
        for step in 0..<count where status[step] == .waiting && remainingPredecessors[step] == 0 {
            makeReady(step)
        }
    }

    /// Steps that are neither finished nor running nor queued: waiting for predecessors.
    var waitingCount: Int {
        status.count - succeededCount - failedCount - blockedCount - runningCount
            - ready.count - delayed.count
    }

    /// Whether nothing is ready, delayed or running: the session cannot make progress.
    var isIdle: Bool { ready.isEmpty && delayed.isEmpty && runningCount == 0 }

    /// The monotonic time at which the next delayed retry becomes ready.
    var nextRetryTime: Double? { delayed.min?.readyAt }

    /// Whether every step has succeeded.
    var allSucceeded: Bool { succeededCount == status.count }

    private mutating func makeReady(_ step: Int) {
        status[step] = .ready
        ready.insert(ReadyEntry(priority: workflow.priority[step], step: Int32(step)))
    }

    private func fits(_ step: Int) -> Bool {
        let resources = workflow.resourceCount
        let base = step * resources
        for resource in 0..<resources where workflow.demands[base + resource] > free[resource] {
            return false
        }
        return !workflow.unitsHeld[step].contains { locked[Int($0)] }
    }

    /// Moves the delayed steps whose retry time has come into the ready queue.
    mutating func releaseDelayed(now: Double) {
        while let next = delayed.min, next.readyAt <= now {
            _ = delayed.popMin()
            makeReady(Int(next.step))
        }
    }

    /// Takes up to `limit` ready steps whose demands fit, earliest rank first, and reserves
    /// their resources; they are `running` from now on.
    mutating func takeLaunchable(limit: Int) -> [Int] {
        var launched: [Int] = []
        var passedOver: [ReadyEntry] = []
        while launched.count < limit, let entry = ready.popMin() {
            let step = Int(entry.step)
            if fits(step) {
                let base = step * workflow.resourceCount
                for resource in 0..<workflow.resourceCount {
                    free[resource] -= workflow.demands[base + resource]
                }
                for unit in workflow.unitsHeld[step] { locked[Int(unit)] = true }
                status[step] = .running
                runningCount += 1
                launched.append(step)
                if !started[step] {
                    started[step] = true
                    for successor in workflow.startSuccessors(of: step) {
                        let next = Int(successor)
                        remainingPredecessors[next] -= 1
                        if remainingPredecessors[next] == 0 && status[next] == .waiting {
                            makeReady(next)
                        }
                    }
                }
            } else {
                passedOver.append(entry)
            }
        }
        for entry in passedOver { ready.insert(entry) }
        return launched
    }

    private mutating func release(_ step: Int) {
        let base = step * workflow.resourceCount
        for resource in 0..<workflow.resourceCount {
            free[resource] += workflow.demands[base + resource]
        }
        for unit in workflow.unitsHeld[step] { locked[Int(unit)] = false }
        runningCount -= 1
    }

    /// Records that running step `step` succeeded; its successors may become ready.
    mutating func succeeded(_ step: Int) {
        release(step)
        status[step] = .succeeded
        succeededCount += 1
        for successor in workflow.successors(of: step) {
            let next = Int(successor)
            remainingPredecessors[next] -= 1
            if remainingPredecessors[next] == 0 && status[next] == .waiting { makeReady(next) }
        }
    }

    /// Records that running step `step` failed and will run again at `retryAt`.
    mutating func retry(_ step: Int, at retryAt: Double) {
        release(step)
        status[step] = .delayed
        delayed.insert(DelayedEntry(readyAt: retryAt, step: Int32(step)))
    }

    /// Records that running step `step` failed for good; every step that depends on it,
    /// directly or not, is blocked (a step that only waited for it to start has started
    /// already).
    mutating func failed(_ step: Int) {
        release(step)
        status[step] = .failed
        failedCount += 1
        var stack = Array(workflow.successors(of: step))
        while let successor = stack.popLast() {
            let next = Int(successor)
            guard status[next] == .waiting else { continue }
            status[next] = .blocked
            blockedCount += 1
            // A blocked step never starts: the steps that must start after it are blocked too.
            stack += workflow.successors(of: next) + workflow.startSuccessors(of: next)
        }
    }

    /// Records that running step `step` was stopped without a verdict (interrupted); it
    /// stays not done.
    mutating func abandoned(_ step: Int) {
        release(step)
        status[step] = .waiting
    }
}

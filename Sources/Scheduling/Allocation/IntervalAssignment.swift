import Optimization

/// Assigns units of one pool, on a fixed schedule, to activities that ask for any `count` of
/// them, around the units other activities already hold there (by skill or by name). Unlike
/// a pool of interchangeable units (``LeftEdgeAllocator``), this is list colouring of an
/// interval graph, NP-complete in general; a greedy pass settles most instances and a
/// feasibility MILP (through a ``MILPSolver``, e.g. GLPK) the rest, exactly.
struct IntervalAssignment {
    /// An activity asking for `count` units over `[start, finish)`.
    struct Request {
        var start: Int
        var finish: Int
        var count: Int
    }

    let unitCount: Int
    /// `busy[unit]`: the intervals in which the unit already serves another activity.
    let busy: [[(start: Int, finish: Int)]]
    let requests: [Request]

    /// Whether `unit` is free of other holders throughout `request`.
    private func isAvailable(_ unit: Int, for request: Request) -> Bool {
        request.finish == request.start
            || !busy[unit].contains { $0.start < request.finish && request.start < $0.finish }
    }

    /// In order of start, each request takes the lowest-numbered units free at its time, or
    /// `nil` when one finds too few. O(r log r + r·u·(r + b)) for r requests, u units and b
    /// busy intervals.
    func greedy() -> [[Int]]? {
        var result = [[Int]](repeating: [], count: requests.count)
        var taken = [[(start: Int, finish: Int)]](repeating: [], count: unitCount)
        let order = requests.indices.sorted {
            (requests[$0].start, $0) < (requests[$1].start, $1)
        }
        for index in order {
            let request = requests[index]
            let free = (0..<unitCount).filter { unit in
                isAvailable(unit, for: request)
                    && (request.finish == request.start
                        || !taken[unit].contains {
                            $0.start < request.finish && request.start < $0.finish
                        })
            }
            guard free.count >= request.count else { return nil }
            result[index] = Array(free.prefix(request.count))
            for unit in result[index] { taken[unit].append((request.start, request.finish)) }
        }
        return result
    }

    /// An exact assignment from a feasibility MILP: a binary x(r, u) for each request r and
    /// unit u free of other holders during r; Σᵤ x(r, u) = count(r); and, per unit and per
    /// start time t of a request, Σ x(r, u) ≤ 1 over the requests running at t (the maximal
    /// cliques of an interval graph). `nil` when it is infeasible or undecided within
    /// `seconds`.
    func solve(with solver: any MILPSolver, seconds: Double) async -> [[Int]]? {
        var model = LinearModel(name: "unit-assignment")
        var variables: [[(unit: Int, variable: VariableID)]] = []
        do {
            for (index, request) in requests.enumerated() {
                var row: [(unit: Int, variable: VariableID)] = []
                for unit in 0..<unitCount where isAvailable(unit, for: request) {
                    row.append((unit, try model.addVariable("x_\(index)_\(unit)", kind: .binary)))
                }
                variables.append(row)
                try model.addConstraint(
                    LinearExpression(terms: row.map { .init($0.variable, 1) }),
                    .equal(Double(request.count)))
            }
            let times = Set(requests.filter { $0.finish > $0.start }.map(\.start))
            for unit in 0..<unitCount {
                for time in times.sorted() {
                    let running = requests.indices.filter {
                        requests[$0].start <= time && time < requests[$0].finish
                    }
                    let terms = running.compactMap { index in
                        variables[index].first { $0.unit == unit }.map { Term($0.variable, 1) }
                    }
                    if terms.count > 1 {
                        try model.addConstraint(LinearExpression(terms: terms), .lessOrEqual(1))
                    }
                }
            }
        } catch {
            return nil
        }
        var options = SolveOptions()
        options.timeLimit = max(0.1, seconds)
        guard let solution = try? await solver.solve(model, options: options),
            solution.status == .optimal || solution.status == .feasible, solution.hasValues
        else { return nil }
        return variables.map { row in row.filter { solution[$0.variable] > 0.5 }.map(\.unit) }
    }

    private typealias Term = LinearExpression.Term
}

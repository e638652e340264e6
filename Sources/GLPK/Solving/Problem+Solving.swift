import CGLPK
import Optimization
import TimeUnits

extension Problem {
    /// Solves the loaded problem: an LP by simplex (or interior point), a MILP by
    /// branch-and-cut, and reports status, objective, best bound and values.
    ///
    /// - Parameters:
    ///   - warmStart: a checked first incumbent, 1-based with exact integers.
    ///   - prepareOffer: checks solutions offered by the progress callback.
    func solve(
        options: SolveOptions, session: GLPKSession, warmStart: [Double]?,
        prepareOffer: @escaping ([Double]) throws -> [Double]
    ) throws -> Solution {
        try Self.check(options)
        let clock = ContinuousClock()
        let start = clock.now
        session.terminal.clearRecentLines()
        var solution: Solution
        if integerColumnCount == 0 {
            solution = try solveContinuous(options: options, start: start)
        } else {
            let monitor = BranchAndCutMonitor(
                progress: options.progress, observer: options.observer, warmStart: warmStart,
                prepareOffer: prepareOffer,
                cancellation: session.cancellation, memoryLimit: options.memoryLimit,
                start: start)
            solution = try solveMixedInteger(options: options, monitor: monitor, start: start)
        }
        solution.statistics.seconds = (clock.now - start).seconds
        solution.statistics.simplexIterations = Int(glp_get_it_cnt(pointer))
        return solution
    }

    /// Refuses option values GLPK would abort on or misread.
    static func check(_ options: SolveOptions) throws(GLPKError) {
        if let limit = options.timeLimit, !(limit >= 0 && limit.isFinite) {
            throw .invalidOption(name: "time limit", value: "\(limit)")
        }
        guard options.relativeGap >= 0, options.relativeGap.isFinite else {
            throw .invalidOption(name: "relative gap", value: "\(options.relativeGap)")
        }
        if let limit = options.memoryLimit, limit <= 0 {
            throw .invalidOption(name: "memory limit", value: "\(limit)")
        }
    }

    // MARK: - Linear programs

    private func solveContinuous(options: SolveOptions, start: ContinuousClock.Instant) throws
        -> Solution
    {
        if let limit = options.memoryLimit, Self.memoryInUse() > limit {
            var solution = Solution(status: .unknown)
            solution.statistics.limitReached = true
            return solution
        }
        if options.lpMethod == .interiorPoint { return try solveByInteriorPoint(options: options) }
        let code = runSimplex(options: options, start: start, presolve: options.presolve)
        let limitReached = code == GLP_ETMLIM || code == GLP_EITLIM
        let status: SolveStatus
        switch code {
        case 0, GLP_ETMLIM, GLP_EITLIM: status = Self.lpStatus(glp_get_status(pointer))
        case GLP_ENOPFS, GLP_ENODFS:
            // The presolver proved the LP infeasible or dual infeasible; without it the
            // primal simplex tells the two cases apart.
            var primal = options
            primal.lpMethod = .primalSimplex
            _ = runSimplex(options: primal, start: start, presolve: false)
            status = Self.lpStatus(glp_get_status(pointer))
        default:
            throw GLPKError.solverFailed(Self.describe(code))
        }
        var solution = Solution(status: status)
        solution.statistics.limitReached = limitReached
        guard status == .optimal || status == .feasible else { return solution }
        let objective = glp_get_obj_val(pointer)
        solution.objective = objective
        solution.bound = status == .optimal ? objective : nil
        solution.values = columnValues(glp_get_col_prim)
        if status == .optimal {
            solution.duals = rowValues(glp_get_row_dual)
            solution.reducedCosts = columnValues(glp_get_col_dual)
        }
        return solution
    }

    /// Runs the simplex method (scaled, from an advanced basis when not presolving).
    private func runSimplex(options: SolveOptions, start: ContinuousClock.Instant, presolve: Bool)
        -> Int32
    {
        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        parameters.msg_lev = options.log == nil ? GLP_MSG_OFF : GLP_MSG_ALL
        parameters.meth = options.lpMethod == .primalSimplex ? GLP_PRIMAL : GLP_DUALP
        parameters.presolve = presolve ? GLP_ON : GLP_OFF
        if let milliseconds = Self.remainingMilliseconds(options.timeLimit, since: start) {
            parameters.tm_lim = milliseconds
        }
        // As glpsol: scale and start from an advanced basis unless the presolver builds its
        // own (scaled) problem.
        if !presolve {
            glp_scale_prob(pointer, GLP_SF_AUTO)
            glp_adv_basis(pointer, 0)
        }
        return glp_simplex(pointer, &parameters)
    }

    private func solveByInteriorPoint(options: SolveOptions) throws -> Solution {
        var parameters = glp_iptcp()
        glp_init_iptcp(&parameters)
        parameters.msg_lev = options.log == nil ? GLP_MSG_OFF : GLP_MSG_ALL
        let code = glp_interior(pointer, &parameters)
        let status: SolveStatus
        switch code {
        case 0:
            switch glp_ipt_status(pointer) {
            case GLP_OPT: status = .optimal
            case GLP_NOFEAS: status = .infeasible
            default: status = .unknown
            }
        case GLP_ENOFEAS: status = .infeasible
        case GLP_ENOCVG, GLP_EITLIM, GLP_EINSTAB: status = .unknown
        default: throw GLPKError.solverFailed(Self.describe(code))
        }
        var solution = Solution(status: status)
        guard status == .optimal else { return solution }
        let objective = glp_ipt_obj_val(pointer)
        solution.objective = objective
        solution.bound = objective
        solution.values = columnValues(glp_ipt_col_prim)
        solution.duals = rowValues(glp_ipt_row_dual)
        solution.reducedCosts = columnValues(glp_ipt_col_dual)
        return solution
    }

    // MARK: - Mixed-integer programs

    /// Branch-and-cut. Incumbents from a warm start or the progress callback are in the
    /// original column space, so then the MIP presolver is off and the root LP is solved
    /// first (`glp_intopt` needs an optimal basis without presolve).
    private func solveMixedInteger(
        options: SolveOptions, monitor: BranchAndCutMonitor, start: ContinuousClock.Instant
    ) throws -> Solution {
        let presolve = options.presolve && options.progress == nil && !monitor.hasPendingOffer
        if !presolve {
            let code = runSimplex(options: options, start: start, presolve: false)
            let rootStatus = glp_get_status(pointer)
            if code != 0 || rootStatus != GLP_OPT {
                var solution = Solution(status: .unknown)
                switch (code, rootStatus) {
                case (0, GLP_NOFEAS): solution.status = .infeasible
                case (0, GLP_UNBND): solution.status = .unbounded
                case (GLP_ETMLIM, _), (GLP_EITLIM, _): solution.statistics.limitReached = true
                case (0, _): break
                default: throw GLPKError.solverFailed(Self.describe(code))
                }
                return solution
            }
        }
        var parameters = glp_iocp()
        glp_init_iocp(&parameters)
        parameters.msg_lev = options.log == nil ? GLP_MSG_OFF : GLP_MSG_ALL
        parameters.presolve = presolve ? GLP_ON : GLP_OFF
        parameters.mip_gap = options.relativeGap
        parameters.gmi_cuts = options.cuts.contains(.gomory) ? GLP_ON : GLP_OFF
        parameters.mir_cuts = options.cuts.contains(.mixedIntegerRounding) ? GLP_ON : GLP_OFF
        parameters.cov_cuts = options.cuts.contains(.cover) ? GLP_ON : GLP_OFF
        parameters.clq_cuts = options.cuts.contains(.clique) ? GLP_ON : GLP_OFF
        parameters.fp_heur = options.feasibilityPump ? GLP_ON : GLP_OFF
        parameters.ps_heur = options.proximitySearch ? GLP_ON : GLP_OFF
        if let milliseconds = Self.remainingMilliseconds(options.timeLimit, since: start) {
            parameters.tm_lim = milliseconds
            // Proximity search runs to its own limit (60 s by default); keep it inside ours.
            parameters.ps_tm_lim = min(parameters.ps_tm_lim, milliseconds)
        }
        monitor.attach(to: &parameters)
        let code = withExtendedLifetime(monitor) { glp_intopt(pointer, &parameters) }
        if let error = monitor.storedError { throw error }

        var solution = Solution(status: .unknown)
        solution.statistics.branchAndBoundNodes = monitor.nodeCount
        let mipStatus = glp_mip_status(pointer)
        switch code {
        case 0:
            solution.status = Self.mipStatus(mipStatus)
        case GLP_EMIPGAP:
            solution.status = mipStatus == GLP_NOFEAS ? .infeasible : .optimal
        case GLP_ETMLIM, GLP_ESTOP:
            solution.status = mipStatus == GLP_FEAS || mipStatus == GLP_OPT ? .feasible : .unknown
            solution.statistics.limitReached = true
        case GLP_ENOPFS:
            solution.status = .infeasible
        case GLP_ENODFS:
            solution.status = .unbounded
        default:
            throw GLPKError.solverFailed(Self.describe(code))
        }
        guard solution.status == .optimal || solution.status == .feasible else {
            // No incumbent, but a search stopped by a limit still proved a bound.
            if solution.status == .unknown { solution.bound = monitor.bound }
            return solution
        }
        let objective = glp_mip_obj_val(pointer)
        solution.objective = objective
        solution.values = columnValues(glp_mip_col_val)
        if solution.status == .optimal, options.relativeGap == 0 {
            solution.bound = objective
        } else if let bound = monitor.bound {
            // The best node's bound, but never beyond the incumbent itself.
            solution.bound = isMaximization ? max(bound, objective) : min(bound, objective)
        }
        return solution
    }

    // MARK: - Helpers

    /// `value(problem, j)` for every column j = 1…n, as a 0-based array.
    private func columnValues(_ value: (OpaquePointer?, Int32) -> Double) -> [Double] {
        (0..<columnCount).map { value(pointer, Int32($0 + 1)) }
    }

    /// `value(problem, i)` for every row i = 1…m, as a 0-based array.
    private func rowValues(_ value: (OpaquePointer?, Int32) -> Double) -> [Double] {
        (0..<rowCount).map { value(pointer, Int32($0 + 1)) }
    }

    private static func lpStatus(_ status: Int32) -> SolveStatus {
        switch status {
        case GLP_OPT: .optimal
        case GLP_FEAS: .feasible
        case GLP_NOFEAS: .infeasible
        case GLP_UNBND: .unbounded
        default: .unknown
        }
    }

    private static func mipStatus(_ status: Int32) -> SolveStatus {
        switch status {
        case GLP_OPT: .optimal
        case GLP_FEAS: .feasible
        case GLP_NOFEAS: .infeasible
        default: .unknown
        }
    }

    /// GLPK's time limit for what is left of `limit` seconds, in whole milliseconds.
    private static func remainingMilliseconds(
        _ limit: Double?, since start: ContinuousClock.Instant
    )
        -> Int32?
    {
        guard let limit else { return nil }
        let remaining = max(0, limit - (ContinuousClock.now - start).seconds)
        return Int32(min(remaining * 1000, Double(Int32.max)).rounded(.up))
    }

    /// Bytes currently allocated by this thread's GLPK environment.
    static func memoryInUse() -> Int {
        var total = 0
        glp_mem_usage(nil, nil, &total, nil)
        return total
    }

    private static func describe(_ code: Int32) -> String {
        switch code {
        case GLP_EBADB: "invalid initial basis"
        case GLP_ESING: "singular basis matrix"
        case GLP_ECOND: "ill-conditioned basis matrix"
        case GLP_EBOUND: "incorrect bounds"
        case GLP_EFAIL: "solver failure"
        case GLP_EROOT: "no optimal basis for the root LP"
        case GLP_ENOCVG: "interior point: no convergence"
        case GLP_EINSTAB: "interior point: numerical instability"
        default: "GLPK error code \(code)"
        }
    }
}

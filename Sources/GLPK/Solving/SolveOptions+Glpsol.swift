public import Optimization

extension SolveOptions {
    /// The choices `glpsol` makes when given no options: primal simplex, presolve, no cut
    /// generators, no feasibility pump or proximity search. `werk lp` starts from these so
    /// that its results and run times compare with glpsol's.
    public static var glpsolDefaults: SolveOptions {
        var options = SolveOptions()
        options.lpMethod = .primalSimplex
        options.presolve = true
        options.cuts = []
        options.feasibilityPump = false
        options.proximitySearch = false
        return options
    }
}

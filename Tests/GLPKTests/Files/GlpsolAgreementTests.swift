import Foundation
import GLPK
import Optimization
import Testing

/// `ModelFile.solve` against `glpsol` (glpk-utils) on the bundled problems and on Debian's
/// GLPK example models: the same status and objectives within a relative 1e-6.
///
/// The examples left out here take glpsol more than a second, or write files next to the
/// model (tables, PostScript), or need a database; `Benchmarks/glpk/compare_glpsol.py`
/// runs all of them.
@Suite struct GlpsolAgreementTests {
    static let examples = URL(fileURLWithPath: "/usr/share/doc/glpk-utils/examples")

    /// (model, data files) pairs, paths relative to `Problems/lp` or the examples folder.
    static let problems: [(String, [String])] = [
        ("production.lp", []), ("knapsack.lp", []), ("assignment.mps", []),
        ("workforce.mod", ["workforce.dat"]),
    ]

    static let exampleModels: [(String, [String])] =
        [
            "alloy.mps", "assign.mod", "bpp.mod", "cal.mod", "cf12a.mod", "cf12b.mod", "cflsq.mod",
            "color.mod", "cpp.mod", "crypto.mod", "dea.mod", "diet.mod", "dist.mod", "egypt.mod",
            "fctp.mod", "food.mod", "food2.mod", "furnace.mps", "gap.mod", "graceful.mod",
            "icecream.mps", "maxcut.mod", "maxflow.mod", "mfasp.mod", "mfvsp.mod", "min01ks.mod",
            "money.mod", "murtagh.mps", "mvcp.mod", "plan.lp", "plan.mod", "plan.mps",
            "powpl25h.mod", "powplant.mod", "prod.mod", "qfit.mod", "queens.mod", "samp1.mps",
            "samp2.mps", "shiftcov.mod", "sorting.mod", "spp.mod", "stigler.mod", "sudoku.mod",
            "todd.mod", "toto.mod", "train.mod", "transp.mod", "wolfra6d.lp", "wolfra6d.mod",
            "xyacfs.mod", "yacfs.mod", "zebra.mod",
        ].map { ($0, []) } + [("sudoku.mod", ["sudoku.dat"])]

    static var cases: [(String, [String])] {
        let problems = Fixtures.repositoryRoot.appendingPathComponent("Problems/lp")
        return Self.problems.map { model, data in
            (
                problems.appendingPathComponent(model).path,
                data.map { problems.appendingPathComponent($0).path }
            )
        }
            + exampleModels.map { model, data in
                (
                    examples.appendingPathComponent(model).path,
                    data.map { examples.appendingPathComponent($0).path }
                )
            }
    }

    @Test(arguments: cases)
    func statusAndObjectiveMatchGlpsol(model: String, data: [String]) async throws {
        let reference = try Glpsol.solve(model: model, data: data)
        let result = try await ModelFile(path: model, dataFiles: data).solve(
            options: .glpsolDefaults)
        #expect(result.solution.status == reference.status)
        if let expected = reference.objective {
            let objective = try #require(result.solution.objective)
            #expect(abs(objective - expected) <= 1e-6 * max(1, abs(expected)))
        }
    }
}

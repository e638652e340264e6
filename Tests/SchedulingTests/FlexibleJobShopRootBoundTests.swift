import Foundation
import TestSupport
import Testing

@testable import Scheduling

@Suite("Flexible job shop: the destructive root bound")
struct FlexibleJobShopRootBoundTests {
    private func shop(_ name: String) throws -> FlexibleJobShop {
        let url = TestCorpus.url("fjsp/\(name).fjs")
        return try FlexibleJobShop.read(
            file: url.path, contents: String(contentsOf: url, encoding: .utf8))
    }

    /// With the optimum + 1 as the incumbent the first trial makespan is the optimum itself,
    /// which must survive (a dispatch schedule as the incumbent takes minutes on mk01 in a
    /// debug build; mk01 is left to the portfolio test of ``FlexibleJobShopTests``).
    @Test("The root bound never exceeds the published optima")
    func neverAboveOptimum() throws {
        for name in ["k1", "k2", "k3", "k4"] {
            let shop = try shop(name)
            let optimum = try TestCorpus.publishedOptimum(name, boundsFile: "fjsp/bounds.csv")
            let bound = FlexibleJobShopRootBound.makespan(
                shop, upperBound: optimum + 1, until: .now + .seconds(3600))
            #expect(bound <= optimum, "\(name)")
            #expect(bound >= FlexibleJobShopBounds.makespan(shop), "\(name)")
        }
    }

    /// Hurink's e-la09 (75 operations, some on two machines): the combinatorial bounds and,
    /// before edge finding took the operations whose machine shaving had decided and energy
    /// took machine sets, the destructive bound (854) stayed below the optimum 878.
    @Test("Edge finding on decided machines and machine-set energy prove e-la09 optimal")
    func strongerThanBefore() throws {
        let shop = try shop("e-la09")
        #expect(FlexibleJobShopBounds.makespan(shop) < 854)
        #expect(
            FlexibleJobShopRootBound.makespan(shop, upperBound: 879, until: .now + .seconds(3600))
                == 878)
    }

    /// Four operations on machines {0, 1} of 5 each can start only at 10 (after a 10 on a
    /// machine of their own); a fifth of length 1 may start at 0. The optimum is 20: two
    /// after two on the pair. The load bound of the pair counts the short operation's head
    /// 0, (21 + 0 + 10) / 2 → 16; the energy of the pair in [10, T) refutes T < 20 (shaving
    /// without the machine-set energy reached 20 as well).
    @Test("The root bound closes a machine pair that the load bound leaves at 16")
    func machineSetEnergy() async throws {
        let text = """
            5 6
            2 1 2 10 2 0 5 1 5
            2 1 3 10 2 0 5 1 5
            2 1 4 10 2 0 5 1 5
            2 1 5 10 2 0 5 1 5
            1 2 0 1 1 1
            """
        let shop = try FlexibleJobShop.read(file: "pair.fjs", contents: text)
        #expect(FlexibleJobShopBounds.makespan(shop) == 16)
        #expect(
            FlexibleJobShopRootBound.makespan(shop, upperBound: 40, until: .now + .seconds(3600))
                == 20)
        let result = await FlexibleJobShopSolver(shop: shop).solve(
            options: ScheduleSolverOptions(timeLimit: 1), iterationLimit: 500)
        #expect(result.makespan == 20)
        #expect(result.status == .optimal)
    }
}

import Foundation
import Scheduling
import TestSupport
import Testing

/// `werk schedule` on flexible job shops: the JSON read back and checked against the
/// instance, machines numbered as in the file, CSV and Gantt, and located errors.
@Suite struct FlexibleJobShopCommandTests {
    /// The schedule of a `werk schedule` JSON report on `shop`, machines renumbered from 0.
    private func schedule(_ json: [String: Any], _ shop: FlexibleJobShop) throws
        -> FlexibleJobShopSchedule
    {
        let activities = try #require(json["activities"] as? [[String: Any]])
        #expect(activities.count == shop.operations.count)
        var result = FlexibleJobShopSchedule(
            machines: [Int](repeating: -1, count: shop.operations.count),
            starts: [Int](repeating: 0, count: shop.operations.count))
        for entry in activities {
            let job = try #require(entry["job"] as? Int)
            let operation = try #require(entry["operation"] as? Int)
            let index = shop.jobStart[job] + operation
            result.machines[index] =
                try #require(entry["machine"] as? Int) - shop.firstMachineNumber
            result.starts[index] = try #require(entry["start"] as? Int)
            #expect(entry["finish"] as? Int == result.finish(of: index, in: shop))
        }
        return result
    }

    @Test("Kacem k1 with --json: valid, optimal at the published optimum")
    func kacem() throws {
        let instance = TestCorpus.url("fjsp/k1.fjs").path
        let result = try WerkProcess.run(["schedule", instance, "--time-limit", "30", "--json"])
        #expect(result.status == 0)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let shop = try FlexibleJobShop.read(
            file: instance, contents: String(contentsOfFile: instance, encoding: .utf8))
        let schedule = try schedule(json, shop)
        #expect(FlexibleJobShopValidator.violations(of: schedule, in: shop).isEmpty)
        let optimum = try TestCorpus.publishedOptimum("k1", boundsFile: "fjsp/bounds.csv")
        #expect(json["makespan"] as? Int == optimum)
        #expect(json["status"] as? String == "optimal")
        #expect(json["bound"] as? Int == optimum)
        #expect(json["instance"] as? String == "k1")
    }

    @Test("A 1-based file: machines numbered from 1 in JSON and CSV; Gantt rows named so")
    func oneBased() throws {
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let instance = directory.appendingPathComponent("small.fjs").path
        try "2 3\n2 2 1 3 3 4 1 2 2\n2 1 3 2 2 1 2 2 3\n".write(
            toFile: instance, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("s.json").path
        let csv = directory.appendingPathComponent("s.csv").path
        let gantt = directory.appendingPathComponent("g.svg").path
        let result = try WerkProcess.run([
            "schedule", instance, "--output", output, "--csv", csv, "--gantt", gantt,
        ])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("small: optimal, makespan "))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output)))
                as? [String: Any])
        let shop = try FlexibleJobShop.read(
            file: instance, contents: String(contentsOfFile: instance, encoding: .utf8))
        #expect(shop.firstMachineNumber == 1)
        let schedule = try schedule(json, shop)
        #expect(FlexibleJobShopValidator.violations(of: schedule, in: shop).isEmpty)
        let rows = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n")
        #expect(rows.first == "job,operation,machine,start,finish")
        #expect(rows.count == 5)
        let machines = rows.dropFirst().compactMap { Int($0.split(separator: ",")[2]) }
        #expect(machines.allSatisfy { (1...3).contains($0) })
        let svg = try String(contentsOfFile: gantt, encoding: .utf8)
        #expect(svg.contains(">M3<"))
        #expect(!svg.contains(">M0<"))
    }

    @Test("A malformed .fjs file: exit 2 and file:line:column")
    func malformed() throws {
        let directory = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let instance = directory.appendingPathComponent("bad.fjs").path
        try "1 2\n1 1 5 3\n".write(toFile: instance, atomically: true, encoding: .utf8)
        let result = try WerkProcess.run(["schedule", instance])
        #expect(result.status == 2)
        #expect(result.error.contains("bad.fjs:2:5: error: machine number must be at most 2"))
    }
}

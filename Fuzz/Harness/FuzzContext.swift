import Foundation
import PDDL

/// What the targets share: the fixed domain problems are read against, the scenario's
/// folder (its PDDL files are found next to it), the seeds of `pddl-tokens` (every domain
/// and problem pair of `Problems/`) and a scratch file for file-based readers.
final class FuzzContext {
    let domain: Domain
    let scenarioPath: String
    let tokenSeeds: [PDDLTokenSeed]
    private let scratchFolder: String

    /// Reads the fixed inputs from the repository at `root`.
    init(root: String) throws {
        domain = try PDDLParser.parseDomain(contentsOf: root + "/Problems/temporal/domain.pddl")
        scenarioPath = root + "/Problems/scenarios/kitchen/scenario.yaml"
        let scenarios = root + "/Problems/scenarios"
        let folders =
            [root + "/Problems/temporal"]
            + (try FileManager.default.contentsOfDirectory(atPath: scenarios)).sorted().map {
                scenarios + "/" + $0
            }
        tokenSeeds = try folders.filter {
            FileManager.default.fileExists(atPath: $0 + "/problem.pddl")
        }.map {
            try PDDLTokenSeed(domainPath: $0 + "/domain.pddl", problemPath: $0 + "/problem.pddl")
        }
        scratchFolder =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("werk-fuzz-\(getpid())").path
        try FileManager.default.createDirectory(
            atPath: scratchFolder, withIntermediateDirectories: true)
    }

    /// Writes `bytes` to this process's scratch file with extension `ext`; its path.
    func scratchFile(_ bytes: [UInt8], extension ext: String) -> String {
        let path = scratchFolder + "/input." + ext
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }
}

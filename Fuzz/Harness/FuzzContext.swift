import Foundation
import PDDL

/// What the targets share: the fixed domain problems are read against, the scenario's
/// folder (its PDDL files are found next to it) and a scratch file for file-based readers.
final class FuzzContext {
    let domain: Domain
    let scenarioPath: String
    private let scratchFolder: String

    /// Reads the fixed inputs from the repository at `root`.
    init(root: String) throws {
        domain = try PDDLParser.parseDomain(contentsOf: root + "/Problems/temporal/domain.pddl")
        scenarioPath = root + "/Problems/scenarios/kitchen/scenario.yaml"
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

import ArgumentParser
import Foundation
import PDDL
import SourceText

/// Input files named on the command line, where `-` is standard input (for one of them:
/// it can be read only once).
enum InputFile {
    /// Throws when more than one of `paths` is `-`.
    static func checkStandardInput(_ paths: [String]) throws {
        if paths.count(where: { $0 == OutputFile.standardStream }) > 1 {
            throw ValidationError("only one input file can be - (standard input)")
        }
    }

    /// Throws, naming it, when one of `paths` is a folder where a file is expected: the
    /// readers would only say that they cannot read it.
    static func rejectFolders(_ paths: [String]) throws {
        for path in paths {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
                isFolder.boolValue
            {
                throw Diagnostic(
                    file: path, location: .unknown, message: "this is a folder; name a file")
            }
        }
    }

    /// The bytes of `path` (standard input for `-`), or nil when it cannot be read.
    static func contents(_ path: String) -> Data? {
        path == OutputFile.standardStream
            ? FileHandle.standardInput.readDataToEndOfFile()
            : FileManager.default.contents(atPath: path)
    }

    /// The PDDL domain in `path`.
    static func parseDomain(_ path: String) throws(DiagnosticList) -> Domain {
        guard path == OutputFile.standardStream else {
            return try PDDLParser.parseDomain(contentsOf: path)
        }
        return try PDDLParser.parseDomain(standardInputText(), fileName: path)
    }

    /// The PDDL problem of `domain` in `path`.
    static func parseProblem(_ path: String, domain: Domain) throws(DiagnosticList) -> Problem {
        guard path == OutputFile.standardStream else {
            return try PDDLParser.parseProblem(contentsOf: path, domain: domain)
        }
        return try PDDLParser.parseProblem(standardInputText(), fileName: path, domain: domain)
    }

    private static func standardInputText() -> String {
        String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    }
}

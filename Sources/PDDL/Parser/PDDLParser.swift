import Foundation
public import SourceText

/// Parses PDDL domains and problems into the AST, reporting every error it can find.
///
/// Lexing and parsing are linear in the input size. Names are lowercased; predicates,
/// functions, types, constants and objects are resolved to dense indices and variables to
/// scope indices, so a grounder needs no string lookups.
public enum PDDLParser {
    /// Parses a domain from `text`; `fileName` names it in diagnostics.
    public static func parseDomain(_ text: String, fileName: String = "domain.pddl")
        throws(DiagnosticList) -> Domain
    {
        var text = text
        return try text.withUTF8 { bytes in
            Result { () throws(DiagnosticList) in try parseDomain(bytes: bytes, fileName: fileName)
            }
        }.get()
    }

    /// Parses the domain file at `path`.
    public static func parseDomain(contentsOf path: String) throws(DiagnosticList) -> Domain {
        let data = try read(path)
        return try data.withUnsafeBytes { raw in
            Result { () throws(DiagnosticList) in
                try parseDomain(bytes: raw.bindMemory(to: UInt8.self), fileName: path)
            }
        }.get()
    }

    /// Parses a problem of `domain` from `text`; `fileName` names it in diagnostics.
    public static func parseProblem(
        _ text: String, fileName: String = "problem.pddl", domain: Domain
    ) throws(DiagnosticList) -> Problem {
        var text = text
        return try text.withUTF8 { bytes in
            Result { () throws(DiagnosticList) in
                try parseProblem(bytes: bytes, fileName: fileName, domain: domain)
            }
        }.get()
    }

    /// Parses the problem file at `path` against `domain`.
    public static func parseProblem(contentsOf path: String, domain: Domain) throws(DiagnosticList)
        -> Problem
    {
        let data = try read(path)
        return try data.withUnsafeBytes { raw in
            Result { () throws(DiagnosticList) in
                try parseProblem(
                    bytes: raw.bindMemory(to: UInt8.self), fileName: path, domain: domain)
            }
        }.get()
    }

    /// Parses a domain from raw bytes.
    static func parseDomain(bytes: UnsafeBufferPointer<UInt8>, fileName: String)
        throws(DiagnosticList) -> Domain
    {
        let cursor = TokenCursor(bytes: bytes, fileName: fileName)
        guard cursor.isStructurallySound else { throw DiagnosticList(cursor.diagnostics) }
        var reader = PDDLReader(cursor: cursor, domain: Domain(name: ""))
        let domain = reader.readDomain()
        guard reader.cursor.diagnostics.isEmpty else {
            throw DiagnosticList(reader.cursor.diagnostics)
        }
        return domain
    }

    /// Parses a problem from raw bytes.
    static func parseProblem(
        bytes: UnsafeBufferPointer<UInt8>, fileName: String, domain: Domain
    ) throws(DiagnosticList) -> Problem {
        let cursor = TokenCursor(bytes: bytes, fileName: fileName)
        guard cursor.isStructurallySound else { throw DiagnosticList(cursor.diagnostics) }
        var reader = PDDLReader(cursor: cursor, domain: domain)
        let problem = reader.readProblem()
        guard reader.cursor.diagnostics.isEmpty else {
            throw DiagnosticList(reader.cursor.diagnostics)
        }
        return problem
    }

    /// The bytes of the file at `path`; a diagnostic when it is missing or unreadable.
    static func read(_ path: String) throws(DiagnosticList) -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            let message =
                FileManager.default.fileExists(atPath: path)
                ? "cannot read the file" : "no such file"
            throw DiagnosticList([Diagnostic(file: path, location: .unknown, message: message)])
        }
        return data
    }
}

public import Optimization
public import SourceText

/// Why the GLPK layer refused a model, a file or an option.
///
/// Every check happens in Swift before any `glp_*` call: GLPK aborts the whole process on
/// inconsistent data, so nothing that could trigger that path ever reaches it.
public enum GLPKError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The model was refused while it was built or checked.
    case invalidModel(ModelError)
    /// The model has no variables (GLPK cannot solve an empty problem).
    case emptyModel
    /// A variable or constraint name GLPK cannot store (1 to 255 bytes, no control
    /// characters).
    case invalidName(String)
    /// A variable or constraint name used twice.
    case duplicateName(String)
    /// A constraint lists the same variable twice (GLPK aborts on such a matrix).
    case repeatedEntry(constraint: String, variable: String)
    /// The warm start does not give one finite value per variable.
    case invalidWarmStart(reason: String)
    /// The warm start violates a bound, constraint or integrality by more than the tolerance.
    case infeasibleWarmStart(violation: Double)
    /// An option value out of its range (negative time limit, NaN gap, …).
    case invalidOption(name: String, value: String)
    /// The file does not exist.
    case missingFile(path: String)
    /// The file exists but cannot be read (a directory, no permission).
    case unreadableFile(path: String)
    /// A data file was given for a format that has no data files.
    case unexpectedDataFiles(format: ModelFileFormat)
    /// The format of a file could not be detected from its name or content.
    case unknownFormat(path: String)
    /// GLPK rejected a model file, at GLPK's line when it gave one (else about the whole
    /// file).
    case malformedFile(Diagnostic)
    /// A MathProg model failed while its statements ran (generation or post-solve).
    case modelEvaluationFailed(Diagnostic)
    /// GLPK's solver gave up (numerical trouble); outcomes such as infeasibility are not
    /// errors.
    case solverFailed(String)
    /// Writing a model file failed.
    case writeFailed(path: String, message: String)
    /// A coefficient or bound of a model is beyond the magnitude GLPK's scaling survives
    /// (`place` names it: "the coefficient of x in c1").
    case valueOutOfRange(place: String, value: Double)

    /// `file:line:column: error: …` or `PATH: error: …` for an error about a file, else
    /// `error: …`.
    public var description: String {
        fileDiagnostic?.description ?? "error: \(message)"
    }

    /// The diagnostic in a file, for an error about a model file's content.
    public var diagnostic: Diagnostic? {
        switch self {
        case .malformedFile(let diagnostic), .modelEvaluationFailed(let diagnostic): diagnostic
        default: nil
        }
    }

    /// The error as a ``Diagnostic`` about `modelFile` when it names no file of its own (an
    /// empty model, a bad name, …), so `werk` prints it as every other error about a file.
    public func diagnostic(about modelFile: String) -> Diagnostic {
        fileDiagnostic ?? Diagnostic(file: modelFile, location: .unknown, message: message)
    }

    /// The diagnostic when the error names its own file (at GLPK's line when there is one).
    private var fileDiagnostic: Diagnostic? {
        if let diagnostic { return diagnostic }
        switch self {
        case .missingFile(let path), .unreadableFile(let path), .unknownFormat(let path),
            .writeFailed(let path, _):
            return Diagnostic(file: path, location: .unknown, message: message)
        default: return nil
        }
    }

    /// What went wrong, without the file or the `error:` label.
    private var message: String {
        switch self {
        case .invalidModel(let error): "\(error)"
        case .emptyModel: "the model has no variables"
        case .invalidName(let name):
            "invalid name '\(name)': names are 1 to 255 bytes without control characters"
        case .duplicateName(let name): "the name '\(name)' is used twice"
        case .repeatedEntry(let constraint, let variable):
            "constraint '\(constraint)' lists '\(variable)' twice"
        case .invalidWarmStart(let reason): "invalid warm start: \(reason)"
        case .infeasibleWarmStart(let violation):
            "the warm start is infeasible (largest violation \(violation))"
        case .invalidOption(let name, let value): "invalid value \(value) for \(name)"
        case .missingFile: "no such file"
        case .unreadableFile: "cannot read the file"
        case .unexpectedDataFiles(let format):
            "data files only go with MathProg models, not with \(format.rawValue) files"
        case .unknownFormat: "cannot tell the model format; give --format"
        case .malformedFile(let diagnostic), .modelEvaluationFailed(let diagnostic):
            diagnostic.message
        case .solverFailed(let reason): "GLPK failed: \(reason)"
        case .writeFailed(_, let message): "cannot write: \(message)"
        case .valueOutOfRange(let place, let value): Problem.outOfRangeMessage(place, value)
        }
    }
}

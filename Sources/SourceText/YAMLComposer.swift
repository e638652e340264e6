import Yams

/// Composes the YAML documents Werkvloei reads (scheduling YAML/JSON, scenarios) with every
/// error at its line and column and the work bounded: aliases may expand to at most
/// ``maximumNodes`` values and lists and mappings nest at most ``maximumDepth`` deep.
enum YAMLComposer {
    /// The most values (scalars, lists and mappings) a document may have once its aliases
    /// are expanded.
    static let maximumNodes = 1_000_000
    /// The deepest nesting of lists and mappings.
    static let maximumDepth = 100

    /// The root node of the single document in `text`, read from `file`; errors are at a
    /// 1-based line and column (in characters).
    static func compose(_ text: String, file: String) throws(Diagnostic) -> Node {
        try YAMLEventCheck.run(text, file: file)
        func failure(_ message: String, line: Int = 1, column: Int = 1) -> Diagnostic {
            Diagnostic(file: file, line: line, column: column, message: message)
        }
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw failure("the file is empty")
            }
            return node
        } catch let error as Diagnostic {
            throw error
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
                .composer(_, let problem, let mark, _):
                throw failure(problem, line: mark.line, column: mark.column)
            default:
                throw failure("\(error)")
            }
        } catch {
            throw failure("\(error)")
        }
    }
}

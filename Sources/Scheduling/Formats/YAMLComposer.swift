package import Yams

/// Composes the YAML documents Werkvloei reads (scheduling YAML/JSON, scenarios) with every
/// error at its line and column and the work bounded: aliases may expand to at most
/// ``maximumNodes`` values and lists and mappings nest at most ``maximumDepth`` deep.
package enum YAMLComposer {
    /// The most values (scalars, lists and mappings) a document may have once its aliases
    /// are expanded.
    package static let maximumNodes = 1_000_000
    /// The deepest nesting of lists and mappings.
    package static let maximumDepth = 100

    /// Why a document cannot be composed, at a 1-based line and column (in characters).
    package struct Failure: Error, Sendable {
        package let line: Int
        package let column: Int
        package let message: String
    }

    /// The root node of the single document in `text`.
    package static func compose(_ text: String) throws(Failure) -> Node {
        try YAMLEventCheck.run(text)
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw Failure(line: 1, column: 1, message: "the file is empty")
            }
            return node
        } catch let error as Failure {
            throw error
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
                .composer(_, let problem, let mark, _):
                throw Failure(line: mark.line, column: mark.column, message: problem)
            default:
                throw Failure(line: 1, column: 1, message: "\(error)")
            }
        } catch {
            throw Failure(line: 1, column: 1, message: "\(error)")
        }
    }
}

import ArgumentParser
import Foundation

/// `--json`: standard output carries the result as one JSON document instead of text, on a
/// terminal or not; files named by other options are written as without it. Keys are in
/// snake_case, as in every JSON file Werkvloei writes.
struct JSONOption: ParsableArguments {
    @Flag(help: "Print the result as JSON (snake_case keys) instead of text.")
    var json = false

    /// Prints `document` as indented JSON with sorted snake_case keys.
    static func print(_ document: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        Swift.print(String(decoding: try encoder.encode(document), as: UTF8.self))
    }
}

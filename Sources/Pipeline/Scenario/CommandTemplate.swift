/// A shell command with `{?param}` and `{@resource}` placeholders, as written under `run:`
/// in a scenario.
///
/// Rendering replaces `{?param}` by the bound object's name and `{@resource}` by the names
/// of the units the step was given (separated by spaces), each quoted for the POSIX shell,
/// so a name can never inject shell syntax. `{{` and `}}` stand for literal braces.
public struct CommandTemplate: Sendable, Hashable {
    /// A literal piece of the command, a reference to an action parameter, or the units of
    /// a resource (by name).
    public enum Piece: Sendable, Hashable {
        case text(String)
        case parameter(Int)
        case units(String)
    }

    /// The template's pieces, in order.
    public let pieces: [Piece]

    /// Why a template could not be read: the message and the 0-based character offset.
    public struct SyntaxError: Error, Sendable, Hashable {
        /// What is wrong with the template.
        public var message: String
        /// 0-based character offset of the error in the template.
        public var offset: Int
    }

    /// Parses `source`, resolving `{?name}` against `parameters` (names without `?`) and
    /// `{@name}` against `resources`, the pools of named units the action uses.
    public init(
        _ source: String, parameters: [String], resources: [String] = []
    ) throws(SyntaxError) {
        var pieces: [Piece] = []
        var literal = ""
        let characters = Array(source)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            if character == "{" && next == "{" || character == "}" && next == "}" {
                literal.append(character)
                index += 2
            } else if character == "{" {
                guard let close = characters[index...].firstIndex(of: "}") else {
                    throw SyntaxError(message: "'{' is never closed", offset: index)
                }
                let name = String(characters[(index + 1)..<close])
                if name.hasPrefix("@") {
                    let resource = String(name.dropFirst())
                    guard resources.contains(resource) else {
                        let used = resources.isEmpty ? "none" : resources.joined(separator: ", ")
                        throw SyntaxError(
                            message:
                                "'{\(name)}' names no pool of named units the action uses (it uses: \(used))",
                            offset: index + 1)
                    }
                    if !literal.isEmpty { pieces.append(.text(literal)) }
                    literal = ""
                    pieces.append(.units(resource))
                    index = close + 1
                    continue
                }
                guard name.hasPrefix("?") else {
                    throw SyntaxError(
                        message:
                            "expected '{?parameter}' or '{@resource}', found '{\(name)}' (write '{{' for a brace)",
                        offset: index)
                }
                let bare = name.dropFirst().lowercased()
                guard let parameter = parameters.firstIndex(of: bare) else {
                    let known = parameters.map { "?" + $0 }.joined(separator: ", ")
                    throw SyntaxError(
                        message:
                            "unknown parameter '\(name)' (the action has: \(known.isEmpty ? "none" : known))",
                        offset: index + 1)
                }
                if !literal.isEmpty { pieces.append(.text(literal)) }
                literal = ""
                pieces.append(.parameter(parameter))
                index = close + 1
            } else if character == "}" {
                throw SyntaxError(
                    message: "'}' without '{' (write '}}' for a brace)", offset: index)
            } else {
                literal.append(character)
                index += 1
            }
        }
        if !literal.isEmpty { pieces.append(.text(literal)) }
        self.pieces = pieces
    }

    /// The command line for one action instance, `arguments` in parameter order and `units`
    /// the unit names it holds per resource.
    public func render(arguments: [String], units: [String: [String]] = [:]) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let text): text
            case .parameter(let index): Self.shellQuoted(arguments[index])
            case .units(let resource):
                (units[resource] ?? []).map(Self.shellQuoted).joined(separator: " ")
            }
        }.joined()
    }

    /// `word` quoted for the POSIX shell; words of safe characters stay as they are.
    public static func shellQuoted(_ word: String) -> String {
        let safe = word.allSatisfy { $0.isLetter || $0.isNumber || "-_./:@%+=,".contains($0) }
        if safe && !word.isEmpty { return word }
        return "'"
            + word.split(separator: "'", omittingEmptySubsequences: false)
            .joined(separator: #"'\''"#) + "'"
    }
}

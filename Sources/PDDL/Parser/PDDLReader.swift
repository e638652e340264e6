import SourceText

/// Recursive-descent reader of PDDL domains and problems over a ``TokenCursor``.
///
/// Names are resolved while reading: predicates, functions, constants, objects and types to
/// their dense indices, variables to scope indices. Errors inside one section, action or fact
/// are thrown as a ``Diagnostic`` up to the nearest recovery point (``recovering(openedAt:_:)``),
/// which records it and skips to the end of that list, so one run reports several errors;
/// semantic errors (undeclared names, wrong arity) are recorded without unwinding.
struct PDDLReader {
    /// The tokens and the diagnostics.
    var cursor: TokenCursor
    /// The domain read so far (or the domain a problem belongs to).
    var domain: Domain
    /// Predicate indices by name.
    var predicateIDs: [String: Int] = [:]
    /// Function indices by name.
    var functionIDs: [String: Int] = [:]
    /// Constant indices by name.
    var constantIDs: [String: Int] = [:]
    /// Type ids by name.
    var typeIDs: [String: Int] = ["object": TypeHierarchy.object]
    /// Object indices by name (problems only).
    var objectIDs: [String: Int] = [:]
    /// The types of each problem object.
    var objectTypes: [[Int]] = []
    /// The variables in scope, outermost first; a variable's index is its position here.
    var scope: [TypedVariable] = []
    /// Whether `?duration` may be used (inside a durative action).
    var allowsDuration = false
    /// The constant or object each symbol id names, once resolved.
    var termCache: [Term?]
    /// The predicate each symbol id names (nil inside: undeclared), once resolved.
    var predicateCache: [Int??]
    /// `ancestorTable[t][a]`: whether type `a` is `t` or one of its supertypes.
    var ancestorTable: [[Bool]] = []

    /// A reader over `cursor`, resolving names against `domain` (empty when reading a domain).
    init(cursor: TokenCursor, domain: Domain) {
        self.cursor = cursor
        self.domain = domain
        termCache = [Term?](repeating: nil, count: cursor.symbols.names.count)
        predicateCache = [Int??](repeating: nil, count: cursor.symbols.names.count)
        for (index, predicate) in domain.predicates.enumerated() {
            predicateIDs[predicate.name] = index
        }
        for (index, function) in domain.functions.enumerated() {
            functionIDs[function.name] = index
        }
        for (index, constant) in domain.constants.enumerated() {
            constantIDs[constant.name] = index
        }
        for (index, name) in domain.types.names.enumerated() { typeIDs[name] = index }
    }

    /// Runs `body` on the list opened at token `open`; on a thrown error, records it and skips
    /// to the end of that list: the recovery point of the reader.
    mutating func recovering(
        openedAt open: Int, _ body: (inout PDDLReader) throws(Diagnostic) -> Void
    ) {
        do throws(Diagnostic) {
            try body(&self)
        } catch {
            cursor.record(error)
            cursor.skipList(openedAt: open)
        }
    }

    /// The text of a token.
    func text(_ token: Token) -> String { cursor.text(of: token) }

    /// Records an error and goes on.
    mutating func report(_ message: String, at location: SourceLocation) {
        cursor.report(message, at: location)
    }

    /// A diagnostic to throw.
    func error(_ message: String, at location: SourceLocation) -> Diagnostic {
        cursor.error(message, at: location)
    }

    /// Runs `body` with `variables` pushed on the scope, then pops them.
    mutating func withVariables<Result>(
        _ variables: [TypedVariable], _ body: (inout PDDLReader) throws(Diagnostic) -> Result
    ) throws(Diagnostic) -> Result {
        let depth = scope.count
        scope.append(contentsOf: variables)
        defer { scope.removeSubrange(depth...) }
        return try body(&self)
    }
}

/// A Datalog rule of the relaxed-reachability program: `head :- body₁, …, bodyₖ` over typed
/// variables. Terms are encoded as `Int32`: a value ≥ 0 is a variable index, a value < 0 is
/// the object `-(value + 1)`.
struct Rule {
    /// What a rule derives.
    enum Head {
        /// A reachable ground action: the binding of its parameters is recorded.
        case action(Int)
        /// A reachable atom.
        case atom(RuleAtom)
    }

    /// The number of variables (scope indices 0..<variableCount).
    var variableCount: Int
    /// For each variable, the objects it may take (a membership map over the universe).
    var allowed: [[Bool]]
    /// For each variable, the objects it may take, as a list (for enumeration).
    var candidates: [[Int32]]
    /// The conditions: atoms that must be reachable.
    var body: [RuleAtom]
    /// Variables enumerated over their candidates when no body atom binds them.
    var enumerated: [Int]
    /// What the rule derives.
    var head: Head
}

/// A predicate applied to encoded terms (see `Rule`).
struct RuleAtom {
    /// The predicate index.
    var predicate: Int
    /// The encoded terms.
    var terms: [Int32]

    /// The encoding of object `id` as a term.
    static func object(_ id: Int32) -> Int32 { -(id + 1) }
}

public import SourceText

/// A parsed PDDL domain: names resolved to dense ids, variables to scope indices.
public struct Domain: Sendable, Hashable {
    /// The domain's name, lowercased.
    public var name: String
    /// The declared requirements, in the order written.
    public var requirements: [Requirement]
    /// The types; id 0 is `object`.
    public var types: TypeHierarchy
    /// The constants (``Term/constant(_:)`` indexes this array).
    public var constants: [ObjectDeclaration]
    /// The predicates (``Atom/predicate`` indexes this array), derived ones included.
    public var predicates: [PredicateDeclaration]
    /// The numeric functions (``FunctionTerm/function`` indexes this array).
    public var functions: [FunctionDeclaration]
    /// The instantaneous actions, in the order written.
    public var actions: [Action]
    /// The durative actions, in the order written.
    public var durativeActions: [DurativeAction]
    /// The derived-predicate rules, in the order written.
    public var derivedPredicates: [DerivedPredicate]
    /// Where `(define` starts.
    @Provenance public var location: SourceLocation

    /// Creates a domain.
    public init(
        name: String, requirements: [Requirement] = [], types: TypeHierarchy = TypeHierarchy(),
        constants: [ObjectDeclaration] = [], predicates: [PredicateDeclaration] = [],
        functions: [FunctionDeclaration] = [], actions: [Action] = [],
        durativeActions: [DurativeAction] = [], derivedPredicates: [DerivedPredicate] = [],
        location: SourceLocation = .unknown
    ) {
        self.name = name
        self.requirements = requirements
        self.types = types
        self.constants = constants
        self.predicates = predicates
        self.functions = functions
        self.actions = actions
        self.durativeActions = durativeActions
        self.derivedPredicates = derivedPredicates
        self.location = location
    }

    /// The index of the predicate named `name`. O(predicates).
    public func predicateIndex(named name: String) -> Int? {
        predicates.firstIndex { $0.name == name }
    }

    /// The index of the function named `name`. O(functions).
    public func functionIndex(named name: String) -> Int? {
        functions.firstIndex { $0.name == name }
    }

    /// Whether predicate `index` is the head of a derived-predicate rule.
    public func isDerived(_ index: Int) -> Bool {
        derivedPredicates.contains { $0.predicate == index }
    }
}

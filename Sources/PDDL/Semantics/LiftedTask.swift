/// A domain and problem with the lookup tables that the lifted semantics needs: the objects
/// of each type, the actions by name, the initial state.
///
/// Everything here works on the AST directly, independent of grounding, so that the plan
/// validator is an independent check of the planner.
public struct LiftedTask: Sendable {
    /// The domain.
    public let domain: Domain
    /// The problem.
    public let problem: Problem
    /// Every object, constants first (universe ids index this array).
    public let universe: [ObjectDeclaration]
    /// For each type id, the universe ids of the objects of that type or a subtype.
    public let objectsOfType: [[Int]]
    /// The initial state.
    public let initialState: State
    /// Derived predicates grouped into strata: rules of a stratum depend negatively only on
    /// predicates of earlier strata (empty without derived predicates).
    let derivedStrata: [[Int]]

    private let universeIDs: [String: Int]
    private let actionIDs: [String: Int]
    private let durativeActionIDs: [String: Int]

    /// Prepares `problem` of `domain`. O(types² + objects × types) for the type table.
    public init(domain: Domain, problem: Problem) {
        self.domain = domain
        self.problem = problem
        universe = problem.universe(domain: domain)
        let ancestors = (0..<domain.types.count).map { domain.types.ancestors(of: $0) }
        var byType = [[Int]](repeating: [], count: domain.types.count)
        for (id, object) in universe.enumerated() {
            // An object with several types (declared `(either t u)`, or declared again with
            // another type) belongs to each, as in the grounder (``ObjectUniverse``).
            var all = Set([TypeHierarchy.object])
            for type in object.types { all.formUnion(ancestors[type]) }
            for type in all { byType[type].append(id) }
        }
        objectsOfType = byType
        var ids: [String: Int] = [:]
        for (id, object) in universe.enumerated() where ids[object.name] == nil {
            ids[object.name] = id
        }
        universeIDs = ids
        actionIDs = Dictionary(
            domain.actions.enumerated().map { ($1.name, $0) },
            uniquingKeysWith: { first, _ in first })
        durativeActionIDs = Dictionary(
            domain.durativeActions.enumerated().map { ($1.name, $0) },
            uniquingKeysWith: { first, _ in first })
        var state = State(atoms: Set(problem.initialAtoms))
        for value in problem.initialValues {
            state.values[State.FunctionKey(function: value.function, arguments: value.arguments)] =
                value.value
        }
        initialState = state
        derivedStrata = Self.stratify(domain)
    }

    /// The universe id of the object or constant named `name` (lowercased).
    public func objectID(named name: String) -> Int? { universeIDs[name.lowercased()] }

    /// The index of the instantaneous action named `name`.
    public func actionIndex(named name: String) -> Int? { actionIDs[name.lowercased()] }

    /// The index of the durative action named `name`.
    public func durativeActionIndex(named name: String) -> Int? {
        durativeActionIDs[name.lowercased()]
    }

    /// The universe ids of the objects that fit the union of types `types`.
    public func objects(ofTypes types: [Int]) -> [Int] {
        if types.count == 1 { return objectsOfType[types[0]] }
        var seen = Set<Int>()
        return types.flatMap { objectsOfType[$0] }.filter { seen.insert($0).inserted }
    }

    /// The universe id of a term under `bindings` (universe ids of the scope's variables).
    @inline(__always)
    func resolve(_ term: Term, _ bindings: [Int]) -> Int {
        switch term {
        case .variable(let index): bindings[index]
        case .constant(let index): index
        case .object(let index): domain.constants.count + index
        }
    }
}

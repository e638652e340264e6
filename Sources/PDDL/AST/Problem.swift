public import SourceText

/// A parsed PDDL problem, resolved against its domain.
///
/// Objects of the *universe* are numbered constants first, then objects: universe id `i` is
/// `domain.constants[i]` when `i < domain.constants.count`, else
/// `objects[i - domain.constants.count]`. Ground atoms and initial values use universe ids.
public struct Problem: Sendable, Hashable {
    /// The problem's name, lowercased.
    public var name: String
    /// The name of the domain it belongs to (`:domain`).
    public var domainName: String
    /// Extra requirements declared by the problem.
    public var requirements: [Requirement]
    /// The objects (``Term/object(_:)`` indexes this array).
    public var objects: [ObjectDeclaration]
    /// The atoms true initially.
    public var initialAtoms: [GroundAtom]
    /// The initial values of numeric functions.
    public var initialValues: [FunctionValue]
    /// The timed initial literals, in the order written.
    public var timedLiterals: [TimedLiteral]
    /// The goal.
    public var goal: Formula
    /// The metric, if declared.
    public var metric: Metric?
    /// Where `(define` starts.
    @Provenance public var location: SourceLocation

    /// Creates a problem.
    public init(
        name: String, domainName: String, requirements: [Requirement] = [],
        objects: [ObjectDeclaration] = [], initialAtoms: [GroundAtom] = [],
        initialValues: [FunctionValue] = [], timedLiterals: [TimedLiteral] = [],
        goal: Formula = .truth, metric: Metric? = nil, location: SourceLocation = .unknown
    ) {
        self.name = name
        self.domainName = domainName
        self.requirements = requirements
        self.objects = objects
        self.initialAtoms = initialAtoms
        self.initialValues = initialValues
        self.timedLiterals = timedLiterals
        self.goal = goal
        self.metric = metric
        self.location = location
    }

    /// Every object of the task, constants first: the universe that ids refer to.
    public func universe(domain: Domain) -> [ObjectDeclaration] {
        domain.constants + objects
    }

    /// The universe id of a term without variables (a constant or an object).
    public static func universeID(of term: Term, domain: Domain) -> Int? {
        switch term {
        case .variable: nil
        case .constant(let index): index
        case .object(let index): domain.constants.count + index
        }
    }
}

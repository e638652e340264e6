/// A state of the lifted semantics: the true atoms and the values of numeric functions.
///
/// Atoms and function arguments use universe ids (constants first, then objects; see
/// ``Problem``). Atoms not in ``atoms`` are false (closed world); functions without a value
/// are undefined.
public struct State: Sendable, Hashable {
    /// A function applied to objects.
    public struct FunctionKey: Sendable, Hashable {
        /// The function: its index in ``Domain/functions``.
        public var function: Int
        /// The arguments as universe ids.
        public var arguments: [Int]

        /// Creates a key.
        public init(function: Int, arguments: [Int]) {
            self.function = function
            self.arguments = arguments
        }
    }

    /// The true atoms.
    public var atoms: Set<GroundAtom>
    /// The defined function values.
    public var values: [FunctionKey: Double]

    /// Creates a state.
    public init(atoms: Set<GroundAtom> = [], values: [FunctionKey: Double] = [:]) {
        self.atoms = atoms
        self.values = values
    }
}

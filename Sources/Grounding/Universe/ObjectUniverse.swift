import PDDL
import SourceText

/// The objects of a task (constants first, then problem objects), their types, and a dense
/// encoding of ground atoms as `UInt64` keys.
///
/// A key is the mixed-radix number `predicate, arg1, …, argk` in base `objectCount`, offset so
/// keys of different arities never collide; a task whose atoms do not fit in 64 bits is
/// rejected as too large.
struct ObjectUniverse {
    /// The name of each object, by universe id.
    let names: [String]
    /// For each type id, the universe ids of the objects of that type or a subtype.
    let objectsOfType: [[Int32]]
    /// For each type id, membership of every object (objectsOfType as a bitmap).
    let isOfType: [[Bool]]
    /// The arity of each predicate.
    let arity: [Int]
    private let radix: UInt64
    private let maximumArity: Int
    private let predicateStride: UInt64

    init(domain: Domain, problem: Problem) throws(GroundingFailure) {
        let universe = problem.universe(domain: domain)
        names = universe.map(\.name)
        let typeCount = domain.types.count
        var members = [[Int32]](repeating: [], count: typeCount)
        var membership = [[Bool]](
            repeating: [Bool](repeating: false, count: universe.count), count: typeCount)
        var ancestors = [[Int]](repeating: [], count: typeCount)
        for type in 0..<typeCount {
            ancestors[type] = (0..<typeCount).filter { domain.types.isSubtype(type, of: $0) }
        }
        for (id, object) in universe.enumerated() {
            var all = Set<Int>([TypeHierarchy.object])
            for type in object.types { all.formUnion(ancestors[type]) }
            for type in all {
                members[type].append(Int32(id))
                membership[type][id] = true
            }
        }
        objectsOfType = members
        isOfType = membership
        arity = domain.predicates.map(\.parameters.count)
        radix = UInt64(max(universe.count, 1))
        maximumArity = arity.max() ?? 0
        var stride: UInt64 = 1
        var overflow = false
        for _ in 0..<maximumArity {
            let product = stride.multipliedReportingOverflow(by: radix)
            stride = product.partialValue
            overflow = overflow || product.overflow
        }
        let total = stride.multipliedReportingOverflow(by: UInt64(max(arity.count, 1)))
        if overflow || total.overflow {
            throw GroundingFailure(
                location: .unknown, inProblem: true,
                message: "the task has too many objects (\(universe.count)) for predicates "
                    + "of arity \(maximumArity)")
        }
        predicateStride = stride
    }

    /// The number of objects.
    var count: Int { names.count }

    /// The objects allowed for a variable declared with the union of `types`.
    func objects(ofTypes types: [Int]) -> [Int32] {
        if types.count == 1 { return objectsOfType[types[0]] }
        var seen = Set<Int32>()
        var result: [Int32] = []
        for type in types {
            for object in objectsOfType[type] where seen.insert(object).inserted {
                result.append(object)
            }
        }
        return result.sorted()
    }

    /// The key of `predicate(arguments…)`: `predicate · R^A + Σ argument_i · R^(A−1−i)` with
    /// `R` the object count and `A` the largest arity, so keys never collide.
    @inline(__always)
    func key(predicate: Int, arguments: some Collection<Int32>) -> UInt64 {
        var digits: UInt64 = 0
        var used = 0
        for argument in arguments {
            digits = digits &* radix &+ UInt64(argument)
            used += 1
        }
        while used < maximumArity {
            digits = digits &* radix
            used += 1
        }
        return UInt64(predicate) &* predicateStride &+ digits
    }

    /// The predicate and arguments of `key`.
    func decode(_ key: UInt64) -> (predicate: Int, arguments: [Int32]) {
        let predicate = Int(key / predicateStride)
        var digits = key % predicateStride
        var all = [Int32](repeating: 0, count: maximumArity)
        for position in stride(from: maximumArity - 1, through: 0, by: -1) {
            all[position] = Int32(digits % radix)
            digits /= radix
        }
        return (predicate, Array(all.prefix(arity[predicate])))
    }
}

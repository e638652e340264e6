/// A solution of a ``FlexibleJobShop``: the machine (0-based) and start of every operation.
public struct FlexibleJobShopSchedule: Sendable, Hashable {
    /// The 0-based machine of each operation.
    public var machines: [Int]
    /// The start time of each operation.
    public var starts: [Int]

    /// A schedule running operation `i` on `machines[i]` from `starts[i]`.
    public init(machines: [Int], starts: [Int]) {
        self.machines = machines
        self.starts = starts
    }

    /// The finish of `operation` (0 when its machine is not eligible; the validator says so).
    public func finish(of operation: Int, in shop: FlexibleJobShop) -> Int {
        starts[operation] + (shop.duration(of: operation, on: machines[operation]) ?? 0)
    }

    /// The latest finish of any operation.
    public func makespan(in shop: FlexibleJobShop) -> Int {
        shop.operations.indices.reduce(0) { max($0, finish(of: $1, in: shop)) }
    }
}

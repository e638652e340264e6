/// A checked workflow in dense form: steps and resources are numbered, edges are arrays.
///
/// Step `i` is `document.steps[i]`; resource `r` is `resourceNames[r]` (sorted by name).
/// Successors are stored in compressed rows (`successorOffsets`, `successorList`), demands
/// in one row-major `stepCount × resourceCount` array.
public struct ExecutableWorkflow: Sendable {
    /// The document as read.
    public let document: WorkflowDocument
    /// Where it was read from.
    public let source: WorkflowSource
    /// Resource names, sorted; the index is the resource's id.
    public let resourceNames: [String]
    /// The capacity of each resource, by id (the document's, or overridden by the user).
    public internal(set) var capacities: [Int]
    /// Units of each resource each step holds: `demands[step * resourceCount + resource]`.
    public let demands: [Int]
    /// Successors of step `i` are `successorList[successorOffsets[i]..<successorOffsets[i+1]]`.
    public let successorOffsets: [Int32]
    /// The concatenated successor lists.
    public let successorList: [Int32]
    /// How many steps each step waits for.
    public let predecessorCounts: [Int32]
    /// The steps that wait for step `i` to start, in compressed rows like the successors.
    public let startSuccessorOffsets: [Int32]
    /// The concatenated start-successor lists.
    public let startSuccessorList: [Int32]
    /// How many steps each step waits to have started.
    public let startPredecessorCounts: [Int32]
    /// Dispatch rank: lower goes first (earliest planned start, then file order).
    public let priority: [Int32]
    /// The named units steps hold, numbered: each `resource/unit` pair once, sorted.
    public let unitNames: [String]
    /// The units (indices into ``unitNames``) step `i` holds: no two steps holding the same
    /// unit may run at once.
    public let unitsHeld: [[Int32]]

    /// The number of steps.
    public var stepCount: Int { document.steps.count }
    /// The number of resources.
    public var resourceCount: Int { resourceNames.count }

    /// The steps that wait for step `step`.
    public func successors(of step: Int) -> ArraySlice<Int32> {
        successorList[Int(successorOffsets[step])..<Int(successorOffsets[step + 1])]
    }

    /// The steps that wait for step `step` to start.
    public func startSuccessors(of step: Int) -> ArraySlice<Int32> {
        startSuccessorList[
            Int(startSuccessorOffsets[step])..<Int(startSuccessorOffsets[step + 1])]
    }

    /// The units of resource `resource` that step `step` holds.
    public func demand(of step: Int, resource: Int) -> Int {
        demands[step * resourceNames.count + resource]
    }

    /// The absolute working directory of step `step`.
    public func workingDirectory(of step: Int) -> String {
        guard let cwd = document.steps[step].cwd, !cwd.isEmpty else { return source.directory }
        return cwd.hasPrefix("/") ? cwd : source.directory + "/" + cwd
    }
}

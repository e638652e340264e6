extension GroundTask {
    /// A structural defect of a task: an id out of range or a negative cost.
    public struct IndexError: Error, Equatable, CustomStringConvertible {
        /// What is wrong, in words.
        public let description: String
    }

    /// Checks that every fact id is below `factCount` and every cost is non-negative.
    ///
    /// - Complexity: O(size of the task).
    public func validateIndices() throws(IndexError) {
        func check(_ ids: [FactID], _ context: @autoclosure () -> String) throws(IndexError) {
            for id in ids where id.rawValue < 0 || id.index >= factCount {
                throw IndexError(description: "fact id \(id.rawValue) out of range in \(context())")
            }
        }
        try check(initialFacts, "the initial state")
        try check(goal, "the goal")
        try check(negativeGoal, "the negative goal")
        for op in operators {
            if op.cost < 0 { throw IndexError(description: "negative cost of \(op)") }
            try check(op.preconditions, "\(op)")
            try check(op.negativePreconditions, "\(op)")
            try check(op.addEffects, "\(op)")
            try check(op.deleteEffects, "\(op)")
            for effect in op.conditionalEffects {
                try check(effect.condition, "\(op)")
                try check(effect.negativeCondition, "\(op)")
                try check(effect.addEffects, "\(op)")
                try check(effect.deleteEffects, "\(op)")
            }
        }
    }
}

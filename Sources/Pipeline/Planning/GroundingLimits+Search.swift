import Grounding
import Search

extension GroundingLimits {
    /// The deadline and memory ceiling of a search's `limits`, memory measured as the search
    /// measures it, so that grounding and search stop at the same limits.
    init(_ limits: SearchLimits) {
        self.init(
            deadline: limits.deadline, memoryBytes: limits.memoryBytes,
            residentBytes: MemoryUsage.residentBytes)
    }
}

import Testing

@testable import Search

@Suite("Type-based exploration queue")
struct TypeBasedQueueTests {
    @Test("Every element pushed is popped once, and pops favour no type by its size")
    func popsEachElementOnceDrawingTypesEvenly() {
        var queue = TypeBasedQueue<Int>()
        // One crowded type (h = 0, g = 0) and nine types of one element each.
        for element in 0..<991 { queue.push(element, type: 0, 0) }
        for rare in 1...9 { queue.push(1000 + rare, type: rare, rare * 2) }
        #expect(queue.count == 1000)

        var popped: [Int] = []
        while let element = queue.pop() { popped.append(element) }
        #expect(queue.isEmpty)
        #expect(popped.sorted() == Array(0..<991) + (1001...1009))
        // Drawn by element, a rare one would come up about once in 100 pops; drawn by type,
        // most of the first ten pops are rare ones.
        #expect(popped.prefix(10).filter { $0 > 1000 }.count >= 5)
    }
}

/// A matrix of bits stored row by row in one contiguous `UInt64` buffer.
///
/// Row `r` is the set of columns `c` with `self[r, c]`; the partial-order algorithms keep
/// one row per plan step (its successors, descendants or ancestors) or per fact (the steps
/// that add or delete it), so set operations on rows cost O(n / 64) word operations.
/// Matrices combined row by row must have the same column count.
struct BitMatrix: Sendable, Equatable {
    /// The number of rows.
    let rowCount: Int
    /// The number of columns.
    let columnCount: Int
    /// The number of 64-bit words per row.
    let wordsPerRow: Int
    private(set) var words: [UInt64]

    /// An all-zero `rows × columns` matrix.
    init(rows: Int, columns: Int) {
        rowCount = rows
        columnCount = columns
        wordsPerRow = (columns + 63) / 64
        words = [UInt64](repeating: 0, count: rows * wordsPerRow)
    }

    /// An all-zero `size × size` matrix.
    init(size: Int) { self.init(rows: size, columns: size) }

    /// Whether bit (`row`, `column`) is set.
    @inline(__always)
    subscript(row: Int, column: Int) -> Bool {
        get { words[row &* wordsPerRow &+ column &>> 6] & (1 &<< UInt64(column & 63)) != 0 }
        set {
            let index = row &* wordsPerRow &+ column &>> 6
            if newValue {
                words[index] |= 1 &<< UInt64(column & 63)
            } else {
                words[index] &= ~(1 &<< UInt64(column & 63))
            }
        }
    }

    /// Clears row `row`.
    mutating func clearRow(_ row: Int) {
        let start = row &* wordsPerRow
        for word in start..<start &+ wordsPerRow { words[word] = 0 }
    }

    /// Row `target` becomes `target ∪ source` (rows of this matrix).
    @inline(__always)
    mutating func formUnion(row target: Int, withRow source: Int) {
        let targetStart = target &* wordsPerRow
        let sourceStart = source &* wordsPerRow
        for offset in 0..<wordsPerRow {
            words[targetStart &+ offset] |= words[sourceStart &+ offset]
        }
    }

    /// Row `target` becomes `target ∪ (row source of other)`.
    @inline(__always)
    mutating func formUnion(row target: Int, withRowOf other: BitMatrix, _ source: Int) {
        let targetStart = target &* wordsPerRow
        let sourceStart = source &* wordsPerRow
        for offset in 0..<wordsPerRow {
            words[targetStart &+ offset] |= other.words[sourceStart &+ offset]
        }
    }

    /// Row `target` becomes `target ∖ (row source of other)`.
    mutating func subtract(row target: Int, rowOf other: BitMatrix, _ source: Int) {
        let targetStart = target &* wordsPerRow
        let sourceStart = source &* wordsPerRow
        for offset in 0..<wordsPerRow {
            words[targetStart &+ offset] &= ~other.words[sourceStart &+ offset]
        }
    }

    /// Row `target` of this matrix becomes row `source` of `other` (same size).
    mutating func copyRow(_ target: Int, from other: BitMatrix, row source: Int) {
        let targetStart = target &* wordsPerRow
        let sourceStart = source &* wordsPerRow
        for offset in 0..<wordsPerRow {
            words[targetStart &+ offset] = other.words[sourceStart &+ offset]
        }
    }

    /// The number of set bits in row `row`.
    func count(row: Int) -> Int {
        let start = row &* wordsPerRow
        var total = 0
        for word in start..<start &+ wordsPerRow { total &+= words[word].nonzeroBitCount }
        return total
    }

    /// The number of set bits.
    var totalCount: Int { words.reduce(0) { $0 &+ $1.nonzeroBitCount } }

    /// Whether row `row` has any bit set.
    func isEmpty(row: Int) -> Bool {
        let start = row &* wordsPerRow
        for word in start..<start &+ wordsPerRow where words[word] != 0 { return false }
        return true
    }

    /// Calls `body` with each set column of row `row`, in increasing order.
    @inline(__always)
    func forEachColumn(inRow row: Int, _ body: (Int) -> Void) {
        let start = row &* wordsPerRow
        for offset in 0..<wordsPerRow {
            var bits = words[start &+ offset]
            while bits != 0 {
                body(offset &* 64 &+ bits.trailingZeroBitCount)
                bits &= bits &- 1
            }
        }
    }

    /// The set columns of row `row`, in increasing order.
    func columns(inRow row: Int) -> [Int] {
        var result: [Int] = []
        forEachColumn(inRow: row) { result.append($0) }
        return result
    }

    /// Whether the rows `a` of `first`, `b` of `second` and `c` of `third` share a column.
    static func intersect(
        _ first: BitMatrix, _ a: Int, _ second: BitMatrix, _ b: Int, _ third: BitMatrix, _ c: Int
    ) -> Bool {
        let words = first.wordsPerRow
        let startA = a &* words
        let startB = b &* second.wordsPerRow
        let startC = c &* third.wordsPerRow
        for offset in 0..<words
        where first.words[startA &+ offset] & second.words[startB &+ offset]
            & third.words[startC &+ offset] != 0
        {
            return true
        }
        return false
    }

    /// Whether row `a` of `first` and row `b` of `second` share a column.
    static func intersect(_ first: BitMatrix, _ a: Int, _ second: BitMatrix, _ b: Int) -> Bool {
        let words = first.wordsPerRow
        let startA = a &* words
        let startB = b &* second.wordsPerRow
        for offset in 0..<words
        where first.words[startA &+ offset] & second.words[startB &+ offset] != 0 {
            return true
        }
        return false
    }
}

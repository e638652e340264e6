/// Interns the lowercased names of a text as dense integer ids.
struct SymbolTable: Sendable {
    /// The text of each id.
    private(set) var names: [String] = []
    private var ids: [String: Int32] = [:]

    /// The id of `name`, adding it when new. O(1) expected.
    mutating func intern(_ name: String) -> Int32 {
        if let id = ids[name] { return id }
        let id = Int32(names.count)
        names.append(name)
        ids[name] = id
        return id
    }

    /// The text of `id`.
    subscript(id: Int32) -> String { names[Int(id)] }
}

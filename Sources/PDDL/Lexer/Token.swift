import SourceText

/// One lexical token of PDDL text.
struct Token: Sendable {
    /// What the token is.
    enum Kind: UInt8, Sendable {
        /// `(`
        case open
        /// `)`
        case close
        /// A name, keyword (`:action`), number or `-`, lowercased.
        case symbol
        /// `?name`; the symbol is the name without `?`, lowercased.
        case variable
    }

    /// What the token is.
    var kind: Kind
    /// The interned text (see ``SymbolTable``) for symbols and variables, -1 otherwise.
    var symbol: Int32
    /// Where the token starts.
    var location: SourceLocation
}

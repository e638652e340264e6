import SourceText

/// A field value of an event line.
enum EventValue {
    case text(String)
    case integer(Int)
    case number(Double)

    var json: String {
        switch self {
        case .text(let text): JSONText.string(text)
        case .integer(let value): String(value)
        case .number(let value): value.isFinite ? String(value) : "null"
        }
    }
}

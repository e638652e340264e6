// CYaml is the libyaml module inside Yams, not a product Yams declares: it is importable
// only because SwiftPM builds every module of the package graph into one folder. Yams'
// public API cannot replace it (checked against Yams 6.2.2): `Yams.Parser` hands out
// composed `Node`s only (`nextRoot`, `singleRoot`; its `Event` class is private), and
// composing is exactly the work this check must bound first: it expands every alias,
// hashes each mapping's keys in full to find duplicates (exponential for an alias key) and
// places a duplicate key at its first occurrence, not at the second. If Yams renames or
// hides CYaml, this file breaks at compile time, not at run time.
import CYaml

/// One pass over libyaml's event stream before Yams composes a document: it gives the
/// errors that composing places badly or not at all their own line and column, and bounds
/// the work composing and reading would do.
///
/// Refuses a key given twice in one mapping (at the second), a key that is a list, a
/// mapping or an alias (Yams hashes such keys in full, which an alias makes exponential),
/// nesting deeper than ``YAMLComposer/maximumDepth`` and a document whose aliases expand
/// to more than ``YAMLComposer/maximumNodes`` nodes ("billion laughs"). Runs in
/// O(text length); memory is O(anchors + nesting depth + keys of the open mappings).
struct YAMLEventCheck {
    /// A list or mapping being read.
    private struct Frame {
        let isMapping: Bool
        /// Whether the next node in this mapping is a key.
        var expectsKey = true
        var keys: Set<String> = []
        /// The anchor the collection defines, if any.
        let anchor: String?
        /// ``total`` when the collection started.
        let startTotal: Int
    }

    private let file: String
    private let bytes: [UInt8]
    private var frames: [Frame] = []
    /// Nodes so far, each alias counting as the nodes it stands for.
    private var total = 0
    /// The expanded size of the node behind each anchor.
    private var anchorSizes: [String: Int] = [:]

    /// Checks the YAML `text`, read from `file`; syntax errors are reported as libyaml finds
    /// them.
    static func run(_ text: String, file: String) throws(Diagnostic) {
        var check = YAMLEventCheck(file: file, bytes: Array(text.utf8))
        try check.run()
    }

    private init(file: String, bytes: [UInt8]) {
        self.file = file
        self.bytes = bytes
    }

    private mutating func run() throws(Diagnostic) {
        guard !bytes.isEmpty else { return }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw Diagnostic(file: file, line: 1, column: 1, message: "out of memory")
        }
        defer { yaml_parser_delete(&parser) }
        let input = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        defer { input.deallocate() }
        _ = input.initialize(from: bytes)
        yaml_parser_set_input_string(&parser, input.baseAddress, input.count)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { throw failure(of: parser) }
            defer { yaml_event_delete(&event) }
            if event.type == YAML_STREAM_END_EVENT { return }
            try take(event)
        }
    }

    private mutating func take(_ event: yaml_event_t) throws(Diagnostic) {
        let (mark, file) = (event.start_mark, file)
        func fail(_ message: String) -> Diagnostic {
            Diagnostic(
                file: file,
                line: Int(mark.line) + 1, column: Int(mark.column) + 1, message: message)
        }
        switch event.type {
        case YAML_SCALAR_EVENT:
            let value = Self.text(event.data.scalar.value, length: event.data.scalar.length) ?? ""
            if frames.last?.isMapping == true, frames[frames.count - 1].expectsKey {
                guard frames[frames.count - 1].keys.insert(value).inserted else {
                    throw fail("'\(value)' is given twice in this mapping")
                }
            }
            try count(1, at: fail)
            if let anchor = Self.text(event.data.scalar.anchor) { anchorSizes[anchor] = 1 }
            flipKeyAndValue()
        case YAML_ALIAS_EVENT:
            try refuseKey("an alias", at: fail)
            let name = Self.text(event.data.alias.anchor) ?? ""
            try count(anchorSizes[name] ?? 1, at: fail)
            flipKeyAndValue()
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            try refuseKey(isMapping ? "a mapping" : "a list", at: fail)
            flipKeyAndValue()
            guard frames.count < YAMLComposer.maximumDepth else {
                throw fail(
                    "lists and mappings are nested more than \(YAMLComposer.maximumDepth) deep")
            }
            let anchor =
                isMapping
                ? Self.text(event.data.mapping_start.anchor)
                : Self.text(event.data.sequence_start.anchor)
            frames.append(Frame(isMapping: isMapping, anchor: anchor, startTotal: total))
            try count(1, at: fail)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            let frame = frames.removeLast()
            if let anchor = frame.anchor { anchorSizes[anchor] = total - frame.startTotal }
        default:
            break
        }
    }

    /// After a node in a mapping, a key is followed by its value and a value by a key.
    private mutating func flipKeyAndValue() {
        guard frames.last?.isMapping == true else { return }
        frames[frames.count - 1].expectsKey.toggle()
    }

    private func refuseKey(
        _ what: String, at fail: (String) -> Diagnostic
    ) throws(Diagnostic) {
        guard frames.last?.isMapping == true, frames[frames.count - 1].expectsKey else { return }
        throw fail("a key must be a plain value, not \(what)")
    }

    private mutating func count(
        _ nodes: Int, at fail: (String) -> Diagnostic
    ) throws(Diagnostic) {
        total += nodes
        guard total <= YAMLComposer.maximumNodes else {
            throw fail(
                "the document has more than \(YAMLComposer.maximumNodes) values "
                    + "once its aliases are expanded")
        }
    }

    /// libyaml's error at its place: a mark for syntax errors, a byte offset for the reader's.
    private func failure(of parser: yaml_parser_t) -> Diagnostic {
        var problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        if problem.hasPrefix("Maximum nesting level") {
            // libyaml's scanner hits its own limit (1000) while looking ahead along a line of
            // brackets, with a mark at the start of that line's nesting.
            problem = "lists and mappings are nested more than \(YAMLComposer.maximumDepth) deep"
            if let offset = deepBracket() {
                let (line, column) = place(ofByte: offset)
                return Diagnostic(file: file, line: line, column: column, message: problem)
            }
        }
        guard parser.error == YAML_READER_ERROR else {
            return Diagnostic(
                file: file,
                line: Int(parser.problem_mark.line) + 1,
                column: Int(parser.problem_mark.column) + 1, message: problem)
        }
        let (line, column) = place(ofByte: min(Int(parser.problem_offset), bytes.count))
        let value = parser.problem_value
        let hex = String(value, radix: 16, uppercase: true)
        let detail =
            value >= 0 && value < 0x110000 && problem.hasPrefix("control")
            ? " (U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex))" : ""
        return Diagnostic(file: file, line: line, column: column, message: problem + detail)
    }

    /// The byte offset of the first `[` or `{` nested deeper than the limit, counting
    /// brackets outside quotes and comments.
    private func deepBracket() -> Int? {
        var depth = 0
        var quote: UInt8?
        var inComment = false
        for (offset, byte) in bytes.enumerated() {
            if inComment {
                inComment = byte != UInt8(ascii: "\n")
            } else if let open = quote {
                if byte == open { quote = nil }
            } else {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
                case UInt8(ascii: "#"): inComment = true
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    depth += 1
                    if depth > YAMLComposer.maximumDepth { return offset }
                case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
                default: break
                }
            }
        }
        return nil
    }

    /// The 1-based line and column (in characters, as libyaml counts) of a byte offset.
    private func place(ofByte offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        var index = 0
        while index < offset {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n")
                || (byte == UInt8(ascii: "\r") && bytes.indices.contains(index + 1)
                    && bytes[index + 1] != UInt8(ascii: "\n"))
            {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80, byte != UInt8(ascii: "\r") {
                column += 1
            }
            index += 1
        }
        return (line, column)
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int? = nil)
        -> String?
    {
        guard let pointer else { return nil }
        var count = length ?? 0
        if length == nil { while pointer[count] != 0 { count += 1 } }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }
}

/// A model file format GLPK reads and writes.
public enum ModelFileFormat: String, Sendable, Hashable, CaseIterable {
    /// CPLEX LP format.
    case lp
    /// Fixed (column-oriented) MPS.
    case mps
    /// Free MPS (whitespace-separated fields).
    case freeMPS = "freemps"
    /// GNU MathProg: a model file plus any number of data files.
    case mathProg = "mathprog"

    /// The format a file's extension names, if any (`.lp`, `.mps`, `.freemps`, `.mod`).
    public init?(extensionOf path: String) {
        let name = path.lowercased()
        let compressed = name.hasSuffix(".gz") ? String(name.dropLast(3)) : name
        guard let dot = compressed.lastIndex(of: "."), !compressed[dot...].contains("/") else {
            return nil
        }
        switch compressed[compressed.index(after: dot)...] {
        case "lp", "cplex": self = .lp
        case "mps": self = .mps
        case "freemps": self = .freeMPS
        case "mod", "gmpl", "mpl", "math": self = .mathProg
        default: return nil
        }
    }

    /// The format `text` looks like: MPS section cards, CPLEX LP section keywords, or
    /// MathProg declarations (`var`, `param`, `set`, `s.t.` …).
    public init?(content text: Substring) {
        var sawObjectiveKeyword = false
        for rawLine in text.split(whereSeparator: \.isNewline).prefix(200) {
            let line = rawLine.drop { $0 == " " || $0 == "\t" }
            guard !line.isEmpty, !line.hasPrefix("*"), !line.hasPrefix("\\"),
                !line.hasPrefix("#")
            else { continue }
            let word = line.prefix { $0.isLetter || $0 == "." }.lowercased()
            if rawLine.first?.isLetter == true, ["name", "rows"].contains(word),
                line.split(separator: " ").count <= 2
            {
                self = .mps
                return
            }
            switch word {
            case "var", "param", "set", "s.t.", "subj", "subject", "data", "check", "display",
                "printf", "solve", "table":
                if word == "subject", line.lowercased().hasPrefix("subject to"),
                    sawObjectiveKeyword, !line.contains(":")
                {
                    self = .lp
                    return
                }
                self = .mathProg
                return
            case "minimize", "maximize", "minimise", "maximise", "minimum", "maximum", "min",
                "max":
                // LP files put the objective keyword alone on its line or before "name:";
                // MathProg always needs a name and a colon.
                sawObjectiveKeyword = true
                if line.count == word.count { self = .lp; return }
            case "st", "such":
                if sawObjectiveKeyword { self = .lp; return }
            default: continue
            }
        }
        return nil
    }
}

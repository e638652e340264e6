import Foundation
import Testing

/// The module table of docs/README.md lists every library and executable target of
/// Package.swift (tests and benchmarks aside) with exactly its dependencies on other targets.
@Suite struct ModuleTableTests {
    @Test func moduleTableMatchesPackage() throws {
        let root = DocumentationPage.repository
        let manifest = try String(
            contentsOf: root.appending(path: "Package.swift"), encoding: .utf8)
        let page = try String(contentsOf: root.appending(path: "docs/README.md"), encoding: .utf8)
        let declared = Self.targets(in: manifest)
        let documented = Self.moduleTable(in: page)
        #expect(!declared.isEmpty)
        #expect(Set(documented.keys) == Set(declared.keys), "modules")
        for (name, dependencies) in declared.sorted(by: { $0.key < $1.key }) {
            #expect(documented[name] == dependencies, "\(name): depends on")
        }
    }

    /// Each `.target`, `.executableTarget` or `.systemLibrary` outside Tests/ and Benchmarks/,
    /// with the quoted names in its `dependencies` (the other packages' products are variables).
    static func targets(in manifest: String) -> [String: Set<String>] {
        let calls = manifest.split(
            separator: /\.(?=target\(|executableTarget\(|systemLibrary\(|testTarget\()/)
        var targets: [String: Set<String>] = [:]
        for call in calls.dropFirst() where !call.hasPrefix("testTarget(") {
            guard let name = call.firstMatch(of: /name: "([^"]+)"/)?.1,
                !call.contains("path: \"Tests/"), !call.contains("path: \"Benchmarks/")
            else { continue }
            let list = call.firstMatch(of: /dependencies: \[([^\]]*)\]/)?.1 ?? ""
            targets[String(name)] = Set(list.matches(of: /"([^"]+)"/).map { String($0.1) })
        }
        return targets
    }

    /// The rows of the table headed `| module | owns | depends on |`: the module, and the
    /// names in backquotes of its last column.
    static func moduleTable(in page: String) -> [String: Set<String>] {
        var rows: [String: Set<String>] = [:]
        var inTable = false
        for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("| module | owns | depends on |") {
                inTable = true
            } else if !line.hasPrefix("|") {
                inTable = false
            } else if inTable, !line.hasPrefix("|---") {
                let cells = line.split(separator: "|").map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
                guard let module = cells.first?.firstMatch(of: /`([^`]+)`/)?.1,
                    let last = cells.last
                else { continue }
                rows[String(module)] = Set(last.matches(of: /`([^`]+)`/).map { String($0.1) })
            }
        }
        return rows
    }
}

// Bound-only measure of the flexible job shop (no timing): for every instance of the given
// sets of shared/benchmarks/fjsp, the root lower bound of FlexibleJobShopRootBound with the
// best known upper bound of bounds.csv as the incumbent, one CSV row per instance. The
// bound is deterministic unless the per-instance cap runs out (column `capped`).
// Usage: fjsp-bounds FJSP_DIRECTORY CAP_SECONDS SET...

import Foundation
import Scheduling

/// One row of bounds.csv.
struct KnownBounds {
    let lower: Int
    let upper: Int
    let optimal: Bool
}

/// bounds.csv keyed by `set/instance`.
func knownBounds(_ directory: String) throws -> [String: KnownBounds] {
    let text = try String(contentsOfFile: directory + "/bounds.csv", encoding: .utf8)
    var known: [String: KnownBounds] = [:]
    for line in text.split(separator: "\n").dropFirst() {
        let fields = line.split(separator: ",").map(String.init)
        guard fields.count >= 5, let lower = Int(fields[2]), let upper = Int(fields[3]) else {
            continue
        }
        known[fields[0] + "/" + fields[1]] = KnownBounds(
            lower: lower, upper: upper, optimal: fields[4] == "true")
    }
    return known
}

/// Writes `line` at once, unbuffered, so that rows show as they are computed.
func emit(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

let arguments = CommandLine.arguments
guard arguments.count >= 4, let cap = Double(arguments[2]) else {
    print("usage: fjsp-bounds FJSP_DIRECTORY CAP_SECONDS SET...")
    exit(2)
}
let directory = arguments[1]
let known = try knownBounds(directory)
emit("set,instance,operations,bound,known_lb,known_ub,optimal,reaches_ub,capped")
for set in arguments[3...] {
    let files = try FileManager.default.contentsOfDirectory(atPath: directory + "/" + set)
        .filter { $0.hasSuffix(".fjs") }.sorted()
    for file in files {
        let name = String(file.dropLast(4))
        guard let bounds = known[set + "/" + name] else { continue }
        let path = directory + "/" + set + "/" + file
        let shop = try FlexibleJobShop.read(
            file: path, contents: String(contentsOfFile: path, encoding: .utf8))
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(cap)
        let bound = FlexibleJobShopRootBound.makespan(
            shop, upperBound: bounds.upper, until: deadline)
        let capped = clock.now >= deadline
        emit(
            "\(set),\(name),\(shop.operations.count),\(bound),\(bounds.lower),\(bounds.upper),"
                + "\(bounds.optimal),\(bound >= bounds.upper),\(capped)")
    }
}

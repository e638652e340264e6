import Foundation
import Glibc
import TestSupport
import Testing
import Workflow
import WorkflowExecution

/// A step that floods its standard output: the executor copies the pipe to the log in
/// fixed-size pieces, so its memory does not grow with the output.
@Suite("Output flood")
struct OutputFloodTests {
    /// 1 GiB with `WERK_LONG_FAULT_TESTS=1`; 256 MiB otherwise, still more than the bound.
    private static let floodBytes = LongFaultTests.enabled ? 1 << 30 : 256 << 20

    /// The bound on the executor's peak resident memory, in KiB (200 MB).
    private static let residentLimitKilobytes = 200_000

    @Test("a step writing hundreds of MB to stdout: all of it logged, werk's memory stays small")
    func floodedStandardOutput() throws {
        let scratch = try Scratch()
        let step = WorkflowStep(
            id: "flood", command: ["head", "-c", String(Self.floodBytes), "/dev/zero"])
        let path = scratch.file("workflow.json")
        try LayeredWorkflow.write(
            WorkflowDocument(name: "flood", resources: [:], steps: [step]), to: path)
        let state = scratch.file("state")

        let werk = try SpawnedWerk(
            ["run", path, "--state", state, "--quiet"], logPath: scratch.file("werk.log"))
        // VmHWM only grows; its last reading before the exit is the peak, give or take the
        // last 20 ms.
        var peak = 0
        while werk.isRunning {
            peak = max(peak, werk.peakResidentKilobytes ?? 0)
            usleep(20_000)
        }
        #expect(werk.wait() == 0)
        // Under AddressSanitizer the freed 64 KiB pieces wait in its quarantine (256 MB) and
        // the peak measures that, not the executor; the bound holds for the normal build.
        if !Sanitizers.address {
            #expect(
                peak > 0 && peak < Self.residentLimitKilobytes,
                "werk's peak resident memory: \(peak) KiB")
        }
        let journal = try Journal(path: WorkflowExecutor.journalPath(inStateDirectory: state))
        let logs = try #require(try journal.runs().first?.logDirectory)
        let size =
            try FileManager.default.attributesOfItem(atPath: logs + "/flood.1.out")[.size]
            as? NSNumber
        #expect(size?.intValue == Self.floodBytes)
    }
}

import Foundation
import Testing

/// A run killed with SIGKILL at a random moment and run again ends with exactly the outputs of
/// an uninterrupted run: nothing lost, nothing duplicated, no temporary files left.
struct KillTests {
    @Test(.enabled(if: CLITests.docketBinary != nil, "the docket executable was not built"))
    func killedRunsResumeToTheSameOutputs() throws {
        let docket = CLITests.docketBinary!
        let input = try RunnerTests.makeInput(copies: 60)
        let reference = RunnerTests.output()
        let started = Date()
        let complete = try TestPaths.run(docket, ["run", input.path, "--out", reference.path, "--quiet", "--jobs", "2"])
        let duration = Date().timeIntervalSince(started)
        #expect(complete.status == 0)
        let expected = try RunnerTests.snapshot(reference)
        var generator = SystemRandomNumberGenerator()
        var killedMidway = 0
        for round in 0..<20 {
            let output = RunnerTests.output()
            // Kill one to three times at random moments, then let a run finish.
            for _ in 0..<(1 + round % 3) {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: docket)
                process.arguments = ["run", input.path, "--out", output.path, "--quiet", "--jobs", "2"]
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                try process.run()
                Thread.sleep(forTimeInterval: Double.random(in: 0...max(duration, 0.05), using: &generator))
                if process.isRunning { killedMidway += 1 }
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
            }
            let finish = try TestPaths.run(docket, ["run", input.path, "--out", output.path, "--quiet", "--jobs", "2"])
            #expect(finish.status == 0, "round \(round): the resumed run failed")
            let differences = RunnerTests.differences(try RunnerTests.snapshot(output), expected)
            #expect(differences.isEmpty, "round \(round): \(differences)")
        }
        print("kill test: 20 rounds, \(killedMidway) kills landed while the run was working (reference run \(String(format: "%.2f", duration)) s)")
        #expect(killedMidway >= 10)
    }
}

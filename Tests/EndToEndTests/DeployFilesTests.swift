import Foundation
import Testing

/// `deploy/`: the Slurm script really screens and merges (run here with a stand-in `sbatch`), and the Kubernetes
/// Indexed Job agrees with itself about the number of shards.
@Suite struct DeployFilesTests {
    static let deploy = SampleData.packageRoot.appendingPathComponent("deploy")

    @Test func slurmArrayTasksAndMergeJobReproduceTheSingleMachineRun() async throws {
        let temporary = try TemporaryDirectory(prefix: "slurm")
        defer { temporary.remove() }
        let binary = try #require(ShortlistCommand.executable)
        let role = Role.all[0]
        let script = Self.deploy.appendingPathComponent("slurm/array.sh").path
        let out = temporary.path("run").path
        let arguments = [script, role.resumes.path, role.criteria.path, SampleData.asOf, out, "3"]
        let path = binary.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "")

        // Submitting from a login node: `sbatch` (a stand-in that logs its arguments) gets the array and the merge.
        let bin = try temporary.folder("bin")
        let log = temporary.path("sbatch.log")
        try "#!/bin/sh\necho \"$*\" >> \(log.path)\necho 4242\n".write(
            to: bin.appendingPathComponent("sbatch"), atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o755], ofItemAtPath: bin.appendingPathComponent("sbatch").path)
        let submit = try await Self.bash(arguments, environment: ["PATH": bin.path + ":" + path])
        #expect(submit.exitCode == 0, "\(submit)")
        let submitted = try String(contentsOf: log, encoding: .utf8).split(separator: "\n")
        #expect(submitted.count == 2)
        #expect(submitted.first?.contains("--array=0-2") == true)
        #expect(submitted.last?.contains("--dependency=afterok:4242") == true)

        // The array's three tasks, then the merge job, as Slurm would run them.
        for task in 0..<3 {
            let run = try await Self.bash(arguments, environment: ["PATH": path, "SLURM_ARRAY_TASK_ID": "\(task)"])
            try #require(run.exitCode == 0, "\(run)")
        }
        let merge = try await Self.bash(arguments, environment: ["PATH": path, "SHORTLIST_MERGE": "1"])
        try #require(merge.exitCode == 0, "\(merge)")

        let single = RunOutput(folder: temporary.path("single"))
        let reference = try await ShortlistCommand.screen([role.resumes], criteria: role.criteria, out: single.folder)
        try #require(reference.exitCode == 0)
        let merged = RunOutput(folder: URL(fileURLWithPath: out))
        #expect(try merged.resultsBytes() == single.resultsBytes())
        #expect(try merged.shortlistBytes() == single.shortlistBytes())
    }

    @Test func kubernetesJobUsesOneShardCountEverywhere() throws {
        let text = try String(
            contentsOf: Self.deploy.appendingPathComponent("kubernetes/indexed-job.yaml"), encoding: .utf8)
        let completions = try #require(text.firstMatch(of: /completions: (\d+)/).map { Int($0.1)! })
        let parallelism = try #require(text.firstMatch(of: /parallelism: (\d+)/).map { Int($0.1)! })
        let shardCount = try #require(
            text.firstMatch(of: /--shard "\$\{JOB_COMPLETION_INDEX\}\/(\d+)"/).map { Int($0.1)! })
        #expect(text.contains("completionMode: Indexed"))
        #expect(completions == shardCount && parallelism == shardCount)
        let merged = text.matches(of: /\/data\/shards\/(\d+)/).compactMap { Int($0.1) }
        #expect(Set(merged) == Set(0..<shardCount), "the merge step must list every shard folder")
        #expect(text.contains("--out \"/data/shards/${JOB_COMPLETION_INDEX}\""))
    }

    private static func bash(_ arguments: [String], environment: [String: String]) async throws -> CommandResult {
        try await ShortlistCommand.runTool(
            "/usr/bin/env", environment.map { "\($0)=\($1)" }.sorted() + ["bash"] + arguments)
    }
}

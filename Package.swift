// swift-tools-version: 6.1
import PackageDescription

/// The language mode and upcoming features every target is built with.
let strictSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let argumentParser = Target.Dependency.product(
    name: "ArgumentParser", package: "swift-argument-parser")
let collections = Target.Dependency.product(name: "Collections", package: "swift-collections")
let yams = Target.Dependency.product(name: "Yams", package: "Yams")
let grdb = Target.Dependency.product(name: "GRDB", package: "GRDB.swift")

let package = Package(
    name: "Werkvloei",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "werk", targets: ["werk"]),
        .library(name: "WerkCLI", targets: ["WerkCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        // `swift package generate-documentation` (docs/api.md); a command plugin, so
        // `swift build` neither builds nor runs it.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // Below every reader: where an error is and how it is printed (`Diagnostic`), the
        // JSON reader that keeps positions and the one YAML reader (Yams-backed, with
        // positions); JSON string literals for files written by hand.
        .target(name: "SourceText", dependencies: [yams], swiftSettings: strictSettings),

        // Planning: PDDL front end, ground task, search, partial-order plans.
        .target(name: "PDDL", dependencies: ["SourceText"], swiftSettings: strictSettings),
        .target(name: "PlanningTask", swiftSettings: strictSettings),
        .target(
            name: "Grounding", dependencies: ["PDDL", "PlanningTask", "SourceText"],
            swiftSettings: strictSettings),
        .target(
            name: "Search", dependencies: ["PlanningTask", collections],
            swiftSettings: strictSettings),
        .target(
            name: "PartialOrderPlanning",
            dependencies: ["PlanningTask", "Optimization", "SourceText", collections],
            swiftSettings: strictSettings),

        // Shared leaf: time conversions (a `Duration` in seconds, time limits).
        .target(name: "TimeUnits", swiftSettings: strictSettings),

        // Optimisation: solver-independent model, the GLPK backend.
        .target(name: "Optimization", swiftSettings: strictSettings),
        .systemLibrary(
            name: "CGLPK", path: "Sources/CGLPK", providers: [.apt(["libglpk-dev"])]),
        .target(
            name: "GLPK", dependencies: ["CGLPK", "Optimization", "SourceText", "TimeUnits"],
            swiftSettings: strictSettings),

        // Scheduling, and workflows (the document, which knows nothing of planning or
        // scheduling, and its executor).
        .target(
            name: "Scheduling",
            dependencies: ["Optimization", "SourceText", "TimeUnits", collections, yams],
            swiftSettings: strictSettings),
        .target(
            name: "Workflow", dependencies: ["SourceText"], exclude: ["Schema"],
            swiftSettings: strictSettings),
        .target(
            name: "WorkflowExecution",
            dependencies: ["Workflow", "SourceText", grdb, collections],
            swiftSettings: strictSettings),

        // End to end: planning from PDDL, and a scenario from goals to a scheduled workflow
        // (the workflow built from the plan and its schedule).
        .target(
            name: "Pipeline",
            dependencies: [
                "PDDL", "PlanningTask", "Grounding", "Search", "PartialOrderPlanning",
                "Optimization", "Scheduling", "Workflow", "SourceText", "TimeUnits", yams,
            ],
            exclude: ["Schema"], swiftSettings: strictSettings),

        // Command line.
        .target(
            name: "WerkCLI",
            dependencies: [
                argumentParser, "PDDL", "PlanningTask", "Grounding", "Search",
                "PartialOrderPlanning", "Optimization", "GLPK", "Scheduling", "Workflow",
                "WorkflowExecution", "Pipeline", "SourceText", "TimeUnits",
            ],
            swiftSettings: strictSettings),
        .executableTarget(name: "werk", dependencies: ["WerkCLI"], swiftSettings: strictSettings),

        // Benchmarks that need the Swift API (scripts in Benchmarks/ run them).
        .executableTarget(
            name: "glpk-build-cost", dependencies: ["GLPK", "Optimization"],
            path: "Benchmarks/glpk/BuildCost", swiftSettings: strictSettings),

        // Fuzzing harness: every reader behind one entry point, for libFuzzer (`make fuzz`)
        // or to replay inputs (docs/reliability.md).
        .executableTarget(
            name: "werk-fuzz",
            dependencies: [
                "PDDL", "PartialOrderPlanning", "Scheduling", "Workflow", "Pipeline", "GLPK",
                "Search",
            ],
            path: "Fuzz/Harness", swiftSettings: strictSettings),

        // Tests: one target per library target, plus end-to-end tests of the `werk` command;
        // TestSupport holds what several test targets share.
        .target(
            name: "TestSupport", dependencies: ["PlanningTask"], path: "Tests/TestSupport",
            swiftSettings: strictSettings),
        .testTarget(
            name: "PDDLTests", dependencies: ["PDDL", "SourceText", "TestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings),
        .testTarget(
            name: "SourceTextTests", dependencies: ["SourceText", yams],
            swiftSettings: strictSettings),
        .testTarget(
            name: "PlanningTaskTests", dependencies: ["PlanningTask", "TestSupport"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "GroundingTests",
            dependencies: [
                "Grounding", "PDDL", "PlanningTask", "Search", "SourceText", "TestSupport",
            ],
            swiftSettings: strictSettings),
        .testTarget(
            name: "SearchTests", dependencies: ["Search", "PlanningTask", "TestSupport"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "PartialOrderPlanningTests",
            dependencies: [
                "PartialOrderPlanning", "PlanningTask", "GLPK", "PDDL", "Grounding", "Search",
                "SourceText", "TestSupport",
            ],
            swiftSettings: strictSettings),
        .testTarget(
            name: "OptimizationTests", dependencies: ["Optimization"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "GLPKTests", dependencies: ["GLPK", "Optimization", "SourceText", "TestSupport"],
            resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        .testTarget(
            name: "SchedulingTests",
            dependencies: ["Scheduling", "Optimization", "GLPK", "SourceText", "TestSupport"],
            resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        .testTarget(
            name: "WorkflowTests", dependencies: ["Workflow", "SourceText", "TestSupport"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "WorkflowExecutionTests",
            dependencies: ["WorkflowExecution", "Workflow", "SourceText", "TestSupport", grdb],
            swiftSettings: strictSettings),
        .testTarget(
            name: "PipelineTests",
            dependencies: [
                "Pipeline", "PDDL", "PlanningTask", "PartialOrderPlanning", "Search",
                "Scheduling", "SourceText", "Workflow", "WorkflowExecution", "TestSupport",
            ],
            swiftSettings: strictSettings),
        .testTarget(
            name: "WerkCLITests", dependencies: ["WerkCLI", "Scheduling", "TestSupport"],
            resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        // README.md and docs/: the commands they show, their JSON, links and benchmark page.
        .testTarget(
            name: "DocumentationTests", dependencies: ["TestSupport"],
            swiftSettings: strictSettings),
    ]
)

import Foundation
import PDDL
import Pipeline
import Scheduling
import SourceText
import Testing

/// The repository's `Problems/scenarios` folder.
let scenariosFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Problems/scenarios").path

@Suite struct ScenarioLoaderTests {
    @Test(arguments: ["release", "kitchen", "delivery", "lab", "workshop"])
    func bundledScenariosLoad(name: String) throws {
        let scenario = try ScenarioLoader.load(
            contentsOf: "\(scenariosFolder)/\(name)/scenario.yaml")
        #expect(!scenario.resources.isEmpty)
        #expect(scenario.timeLimit != nil)
        for (action, profile) in scenario.actions {
            #expect(profile.command != nil, "\(name): \(action) has no command")
        }
    }

    @Test func templatesQuoteArgumentsForTheShell() throws {
        let template = try CommandTemplate("echo {?a} {{x}} {?b}", parameters: ["a", "b"])
        #expect(
            template.render(arguments: ["lasagne", "it's; rm -rf /"])
                == #"echo lasagne {x} 'it'\''s; rm -rf /'"#)
    }

    /// A kitchen scenario whose `actions:` section is `body`, loaded from a temporary file.
    private func loadKitchen(actions body: String, resources: String = "{cook: 2, oven: 1}")
        throws -> Scenario
    {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("werk-scenario-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in ["domain.pddl", "problem.pddl"] {
            try FileManager.default.copyItem(
                atPath: "\(scenariosFolder)/kitchen/\(file)",
                toPath: folder.appendingPathComponent(file).path)
        }
        let text = """
            domain: domain.pddl
            problem: problem.pddl
            resources: \(resources)
            actions:
            \(body)
            """
        return try ScenarioLoader.load(text, path: folder.appendingPathComponent("s.yaml").path)
    }

    /// The (line, column, message) of the error loading `body` raises.
    private func failure(
        actions body: String, resources: String = "{cook: 2, oven: 1}"
    ) -> (line: Int, column: Int, message: String)? {
        do {
            _ = try loadKitchen(actions: body, resources: resources)
            return nil
        } catch let error as Diagnostic {
            return (Int(error.location.line), Int(error.location.column), error.message)
        } catch {
            return (-1, -1, "\(error)")
        }
    }

    @Test func unknownActionIsLocated() {
        let found = failure(actions: "  roast: {duration: 3}")
        #expect(found?.line == 5 && found?.column == 3)
        #expect(found?.message.contains("no action 'roast'") == true)
    }

    @Test func unknownParameterInCommandIsLocated() {
        let found = failure(actions: "  bake:\n    run: \"echo {?dish}\"")
        #expect(found?.line == 6)
        #expect(found?.column == 17)
        #expect(found?.message.contains("unknown parameter '?dish'") == true)
    }

    @Test func unknownResourceIsLocated() {
        let found = failure(actions: "  bake: {uses: {grill: 1}}")
        #expect(found?.line == 5 && found?.column == 17)
        #expect(found?.message.contains("unknown resource 'grill'") == true)
    }

    @Test func demandAboveCapacityIsRefused() {
        let found = failure(actions: "  prepare: {uses: {cook: 3}}")
        #expect(found?.line == 5 && found?.column == 26)
        #expect(found?.message.contains("capacity is 2") == true)
    }

    @Test func badDurationExpressionIsLocatedInsideTheString() {
        let found = failure(actions: "  bake:\n    duration: \"(cook-time ?x)\"")
        #expect(found?.line == 6)
        #expect(found?.column == 27)
    }

    @Test func unknownFunctionInDurationIsRefused() {
        let found = failure(actions: "  bake: {duration: \"(oven-time ?d)\"}")
        #expect(found?.line == 5)
        #expect(found?.message.contains("oven-time") == true)
    }

    @Test func unknownKeyAndBadCapacity() {
        #expect(
            failure(actions: "  bake: {time: 3}")?.message.contains("unknown key 'time'") == true)
        let capacity = failure(actions: "  bake: {duration: 3}", resources: "{cook: -1}")
        #expect(capacity?.line == 3 && capacity?.message.contains("positive") == true)
    }

    @Test func repeatedKeyAndControlCharacterAreLocated() {
        let repeated = failure(actions: "  bake: {duration: 3}\n  prepare: {}\n  bake: {}")
        #expect(repeated?.line == 7 && repeated?.column == 3)
        #expect(repeated?.message == "'bake' is given twice in this mapping")
        let control = failure(actions: "  bake: {run: \"echo \u{02}\"}")
        #expect(control?.line == 5 && control?.column == 21)
        #expect(control?.message.hasPrefix("control characters are not allowed") == true)
    }

    @Test func yamlSyntaxErrorIsLocated() {
        let found = failure(actions: "  bake: {duration: 3")
        #expect(found != nil && found?.line ?? 0 >= 5)
    }

    @Test func durationsAndCommandsResolveAgainstTheAction() throws {
        let scenario = try loadKitchen(
            actions:
                "  bake:\n    duration: \"(cook-time ?d)\"\n    uses: {oven: 1}\n    run: echo {?d}"
        )
        let bake = try #require(scenario.actions["bake"])
        #expect(bake.uses.count == 1 && bake.uses[0].resource == 1 && bake.uses[0].units == 1)
        #expect(bake.command?.render(arguments: ["gratin"]) == "echo gratin")
        guard case .function = bake.duration?.kind else {
            Issue.record("duration should be a function term")
            return
        }
    }

    private static let crew = "{cook: {ana: [pastry, grill], ben: [grill]}, oven: [left, right]}"

    @Test func namedUnitsSkillsAndAlternativesAreRead() throws {
        let scenario = try loadKitchen(
            actions: """
                  prepare: {uses: {cook: {skill: pastry}}, run: "echo {?d} by {@cook}"}
                  bake: {uses: {oven: 1, cook: [ben, ana]}}
                  fry: {uses: {cook: {count: 2, units: [ana, ben]}}}
                """, resources: Self.crew)
        #expect(scenario.resources.map(\.name) == ["cook", "oven"])
        #expect(scenario.resources[0].units.map(\.name) == ["ana", "ben"])
        #expect(scenario.resources[0].units[0].skills == ["pastry", "grill"])
        #expect(
            scenario.resources[1].capacity == 2 && scenario.resources[1].units[1].name == "right")
        let prepare = try #require(scenario.actions["prepare"])
        #expect(prepare.uses == [ResourceUse(resource: 0, units: 1, eligible: [0])])
        #expect(
            prepare.command?.render(arguments: ["tart"], units: ["cook": ["ana"]])
                == "echo tart by ana")
        #expect(
            scenario.actions["bake"]?.uses == [
                ResourceUse(resource: 1, units: 1),
                ResourceUse(resource: 0, units: 1, eligible: [0, 1]),
            ])
        #expect(
            scenario.actions["fry"]?.uses == [ResourceUse(resource: 0, units: 2, eligible: [0, 1])])
    }

    @Test func unitTemplatesQuoteEveryName() throws {
        let template = try CommandTemplate(
            "weld {@welder} {{@x}}", parameters: [], resources: ["welder"])
        #expect(
            template.render(arguments: [], units: ["welder": ["ana", "b'n"]])
                == #"weld ana 'b'\''n' {@x}"#)
    }

    @Test func mistakesWithNamedUnitsAreLocated() {
        let unknownUnit = failure(actions: "  bake: {uses: {cook: [zoe]}}", resources: Self.crew)
        #expect(unknownUnit?.line == 5 && unknownUnit?.column == 24)
        #expect(unknownUnit?.message.contains("'cook' has no unit 'zoe' (units: ana, ben)") == true)
        let skill = failure(actions: "  bake: {uses: {cook: {skill: fly}}}", resources: Self.crew)
        #expect(skill?.line == 5 && skill?.column == 31)
        #expect(skill?.message.contains("no unit of 'cook' has skill 'fly'") == true)
        let count = failure(
            actions: "  bake: {uses: {cook: {count: 2, skill: pastry}}}", resources: Self.crew)
        #expect(count?.message.contains("asks for 2 units of 'cook' but only 1 may serve") == true)
        let template = failure(
            actions: "  bake: {uses: {cook: 1}, run: \"echo {@oven}\"}", resources: Self.crew)
        #expect(template?.line == 5 && template?.column == 39)
        #expect(
            template?.message.contains("'{@oven}' names no pool of named units the action uses")
                == true)
        let anonymousPool = failure(
            actions: "  bake: {uses: {cook: 1}, run: \"echo {@cook}\"}", resources: "{cook: 2}")
        #expect(anonymousPool?.message.contains("(it uses: none)") == true)
        let name = failure(actions: "  bake: {duration: 1}", resources: "{cook: [ana, 'b n']}")
        #expect(name?.line == 3 && name?.column == 25)
        #expect(name?.message.contains("expected a unit name") == true)
        let anonymous = failure(actions: "  bake: {uses: {cook: [ana]}}")
        #expect(anonymous?.message.contains("'cook' has no named units") == true)
    }

    @Test func alternativesHaveTheirOwnDurationAndUnits() throws {
        let scenario = try loadKitchen(
            actions: """
                  fry:
                    alternatives:
                      - {duration: 2, uses: {cook: [ana]}}
                      - {duration: "(cook-time ?d)", uses: {cook: [ben], oven: 1}}
                    run: "echo {?d} {@cook} {@oven}"
                """, resources: Self.crew)
        let fry = try #require(scenario.actions["fry"])
        #expect(fry.modes.count == 2 && fry.uses.isEmpty && fry.duration == nil)
        #expect(fry.modes[0].uses == [ResourceUse(resource: 0, units: 1, eligible: [0])])
        #expect(fry.modes[1].uses.count == 2)
        let both = failure(
            actions: "  fry:\n    duration: 1\n    alternatives: [{duration: 2}]",
            resources: Self.crew)
        #expect(both?.line == 6 && both?.column == 5)
        #expect(both?.message.contains("either 'alternatives' or 'duration'") == true)
        let empty = failure(actions: "  fry: {alternatives: []}", resources: Self.crew)
        #expect(empty?.message.contains("non-empty list") == true)
        let key = failure(actions: "  fry: {alternatives: [{run: x}]}", resources: Self.crew)
        #expect(key?.message.contains("unknown key 'run'") == true)
    }
}

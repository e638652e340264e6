import PDDL
import Testing

/// Simultaneous happenings, with the verdicts VAL 4 gives on the same plans.
@Suite("Temporal plans: simultaneous happenings")
struct TemporalInterferenceTests {
    private func validate(_ sample: String, _ lines: String) throws -> PlanValidation {
        let domain = try PDDLParser.parseDomain(contentsOf: Samples.path("\(sample)-domain.pddl"))
        let problem = try PDDLParser.parseProblem(
            contentsOf: Samples.path("\(sample)-problem.pddl"), domain: domain)
        return PlanValidator(domain: domain, problem: problem).validate(
            try PlanReader.read(lines, fileName: "test.plan"))
    }

    private func interference(_ validation: PlanValidation) -> String? {
        guard case .invalid(let failure) = validation,
            case .interference(let message) = failure.reason
        else { return nil }
        return message
    }

    @Test("a start that reads an atom another start adds at the same time is a mutex")
    func addedConditionIsAMutex() throws {
        for gap in ["0", "0.0005", "0.001"] {
            let validation = try validate(
                "simultaneous", "0: (light) [1]\n\(gap): (use-light) [1]")
            #expect(interference(validation)?.hasPrefix("adds (lit)") == true, "gap \(gap)")
        }
        #expect(
            try validate("simultaneous", "0: (light) [1]\n0.002: (use-light) [1]")
                == .valid(cost: 2))
    }

    @Test("two increases of one value commute; an assignment or a read beside one does not")
    func numericInterference() throws {
        #expect(
            try validate("simultaneous", "0: (raise) [1]\n0: (raise-more) [1]") == .valid(cost: 2))
        #expect(
            interference(try validate("simultaneous", "0: (raise) [1]\n0: (reset) [1]"))?
                .hasPrefix("changes (level)") == true)
        #expect(
            interference(try validate("simultaneous", "0: (raise) [1]\n0: (gauge) [1]"))?
                .hasPrefix("changes (level)") == true)
    }

    @Test("a start that deletes another start's condition interferes, in either plan order")
    func deletedConditionIsAMutex() throws {
        for plan in [
            "0: (fly jet ams ein) [4]\n0: (ground jet ams) [1]",
            "0: (ground jet ams) [1]\n0: (fly jet ams ein) [4]",
        ] {
            let message = interference(try validate("flights", plan))
            #expect(message?.hasPrefix("deletes (at jet ams)") == true, "\(plan)")
        }
    }

    @Test("a start reads the state before an end at the same time, not after it")
    func conditionsReadTheStateBefore() throws {
        let together = try validate(
            "flights",
            "0: (fly jet ams rtm) [2]\n2: (ground jet rtm) [1]\n3.02: (fly jet rtm ein) [1.5]")
        guard case .invalid(let failure) = together else {
            Issue.record("VAL rejects a start that needs what an end adds at the same time")
            return
        }
        #expect(failure.stepIndex == 1)
        #expect(failure.reason == .unsatisfiedCondition("(at start (at jet rtm))"))
        let separated = try validate(
            "flights",
            "0: (fly jet ams rtm) [2]\n2.002: (ground jet rtm) [1]\n3.02: (fly jet rtm ein) [1.5]")
        if case .valid = separated {} else { Issue.record("0.002 apart is valid: \(separated)") }
    }
}

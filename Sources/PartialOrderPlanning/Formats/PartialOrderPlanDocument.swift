public import PlanningTask
public import SourceText

/// A partial-order plan file as written: step ids, action texts, orderings and links by
/// name, each with its position in the file.
///
/// The JSON format (written by `PartialOrderPlan.jsonText(in:metrics:)`):
/// ```
/// {"steps": [{"id": "init"}, {"id": "s1", "action": "(pick-up a)"}, …, {"id": "goal"}],
///  "orderings": [{"before": "s1", "after": "s2"}, …],
///  "links": [{"producer": "init", "consumer": "s1", "fact": "(clear a)"}, …]}
/// ```
/// Steps `init` and `goal` (without action) stand for the initial state and the goal;
/// orderings that involve them are implied and ignored. A link's fact reads `(not (p …))`
/// for a negative condition. Other members (such as `metrics`) are ignored.
///
/// Every error is a ``Diagnostic`` in the file; those about an action or fact the task
/// cannot have are of kind ``Diagnostic/Kind/invalid(_:)``: the plan is invalid rather than
/// the file malformed.
public struct PartialOrderPlanDocument: Sendable {
    /// A step: its id and action text.
    public struct Step: Sendable {
        /// The step's id.
        public var id: String
        /// The ground action text, e.g. `(pick-up a)`.
        public var action: String
        /// Where the step starts in the file.
        public var position: SourceLocation
    }

    /// An ordering between two step ids.
    public struct OrderingEntry: Sendable {
        /// The id of the step that comes first.
        public var before: String
        /// The id of the step that comes later.
        public var after: String
        /// Where the ordering starts in the file.
        public var position: SourceLocation
    }

    /// A causal link between two step ids (or `init`/`goal`) about a fact text.
    public struct LinkEntry: Sendable {
        /// The id of the step (or `init`) that achieves the fact.
        public var producer: String
        /// The id of the step (or `goal`) that needs the fact.
        public var consumer: String
        /// The fact text, `(not (p …))` for a negative condition.
        public var fact: String
        /// Where the link starts in the file.
        public var position: SourceLocation
    }

    /// The file the document was read from, as given by the user.
    public var file: String
    /// The steps with an action, in file order.
    public var steps: [Step]
    /// The orderings, in file order (those involving `init` or `goal` included).
    public var orderings: [OrderingEntry]
    /// The causal links, in file order.
    public var links: [LinkEntry]

    /// The id of the initial-state step.
    public static let initialID = "init"
    /// The id of the goal step.
    public static let goalID = "goal"

    /// Reads a document from the JSON `text` of `file`.
    public static func parse(_ text: String, file: String) throws(Diagnostic) -> Self {
        let root = try JSONReader.parse(text, file: file)
        func fail(_ value: JSONValue, _ message: String) -> Diagnostic {
            Diagnostic(file: file, line: value.line, column: value.column, message: message)
        }
        guard root.isObject else { throw fail(root, "expected a JSON object with \"steps\"") }
        guard let stepValues = root["steps"] else { throw fail(root, "missing member \"steps\"") }
        guard let stepArray = stepValues.array else {
            throw fail(stepValues, "\"steps\" must be an array")
        }
        var steps: [Step] = []
        var seen = Set([initialID, goalID])
        for value in stepArray {
            let id = try member("id", of: value, fail: fail)
            guard let action = value["action"] else {
                if id == initialID || id == goalID { continue }
                throw fail(value, "step \"\(id)\" has no \"action\"")
            }
            guard let text = action.string else {
                throw fail(action, "\"action\" must be a string")
            }
            guard seen.insert(id).inserted else {
                throw fail(value, "step id \"\(id)\" is used twice")
            }
            steps.append(Step(id: id, action: text, position: position(of: value)))
        }
        var orderings: [OrderingEntry] = []
        for value in try array("orderings", of: root, fail: fail) {
            orderings.append(
                OrderingEntry(
                    before: try member("before", of: value, fail: fail),
                    after: try member("after", of: value, fail: fail),
                    position: position(of: value)))
        }
        var links: [LinkEntry] = []
        for value in try array("links", of: root, fail: fail) {
            links.append(
                LinkEntry(
                    producer: try member("producer", of: value, fail: fail),
                    consumer: try member("consumer", of: value, fail: fail),
                    fact: try member("fact", of: value, fail: fail), position: position(of: value)))
        }
        return PartialOrderPlanDocument(
            file: file, steps: steps, orderings: orderings, links: links)
    }

    /// The plan of this document over `task`: actions and facts are looked up by their text
    /// (case and spacing ignored).
    ///
    /// When several operators of the task share an action text (the grounder splits a
    /// disjunctive precondition into one operator per disjunct), each step takes the one
    /// applicable where the step comes in one linearisation, so a plan whose steps are
    /// applicable there gets operators that are.
    public func plan(in task: GroundTask) throws(Diagnostic) -> PartialOrderPlan {
        var operatorsByText: [String: [OperatorID]] = [:]
        for (index, op) in task.operators.enumerated() {
            operatorsByText[Self.normalized(op.description), default: []].append(OperatorID(index))
        }
        var indexOfID: [String: Int] = [:]
        var candidates: [[OperatorID]] = []
        for (index, step) in steps.enumerated() {
            indexOfID[step.id] = index
            guard let found = operatorsByText[Self.normalized(step.action)] else {
                throw error(
                    at: step.position,
                    "\(step.action) is not a reachable ground action of the task",
                    isInvalidPlan: true)
            }
            candidates.append(found)
        }
        var orderings: [Ordering] = []
        for entry in self.orderings {
            if [entry.before, entry.after].contains(where: {
                $0 == Self.initialID || $0 == Self.goalID
            }) {
                continue
            }
            guard let before = indexOfID[entry.before] else {
                throw error(at: entry.position, "unknown step \"\(entry.before)\"")
            }
            guard let after = indexOfID[entry.after] else {
                throw error(at: entry.position, "unknown step \"\(entry.after)\"")
            }
            orderings.append(Ordering(before: before, after: after))
        }
        let steps = try chooseOperators(candidates, orderings: orderings, task: task)
        var factByText: [String: FactID] = [:]
        for (index, fact) in task.facts.enumerated() {
            factByText[Self.normalized(fact.description)] = FactID(index)
        }
        var links: [CausalLink] = []
        for entry in self.links {
            func node(_ id: String) throws(Diagnostic) -> PlanNode {
                if id == Self.initialID { return .initial }
                if id == Self.goalID { return .goal }
                guard let index = indexOfID[id] else {
                    throw error(at: entry.position, "unknown step \"\(id)\"")
                }
                return .step(index)
            }
            var text = Self.normalized(entry.fact)
            var isNegative = false
            if text.hasPrefix("(not "), text.hasSuffix(")") {
                text = Self.normalized(String(text.dropFirst(5).dropLast()))
                isNegative = true
            }
            guard let fact = factByText[text] else {
                throw error(
                    at: entry.position, "\(entry.fact) is not a fact of the task",
                    isInvalidPlan: true)
            }
            links.append(
                CausalLink(
                    producer: try node(entry.producer), consumer: try node(entry.consumer),
                    fact: fact, isNegative: isNegative))
        }
        return PartialOrderPlan(steps: steps, orderings: orderings, links: links)
    }

    /// One operator per step: the only candidate, or the first applicable one along a
    /// topological order of `orderings`.
    private func chooseOperators(
        _ candidates: [[OperatorID]], orderings: [Ordering], task: GroundTask
    ) throws(Diagnostic) -> [OperatorID] {
        var chosen = candidates.map { $0[0] }
        guard candidates.contains(where: { $0.count > 1 }) else { return chosen }
        var cycle: [Int] = []
        guard
            let graph = PrecedenceGraph(
                count: candidates.count, edges: orderings.lazy.map { ($0.before, $0.after) },
                cycle: &cycle)
        else {
            let names = cycle.map { steps[$0].id }.joined(separator: " ≺ ")
            throw error(
                at: steps[cycle.first ?? 0].position, "the orderings contain a cycle: \(names)")
        }
        let generator = SuccessorGenerator(task: task)
        var state = task.initialState
        for step in graph.topologicalOrder {
            if let applicable = candidates[step].first(where: {
                generator.isApplicable($0, in: state)
            }) {
                chosen[step] = applicable
            } else {
                break
            }
            state = generator.successor(of: state, applying: chosen[step])
        }
        return chosen
    }

    /// Lower case with runs of white space made one space, none inside the parentheses.
    static func normalized(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text.lowercased() {
            if character.isWhitespace {
                pendingSpace = true
                continue
            }
            if pendingSpace, !result.isEmpty, result.last != "(", character != ")" {
                result.append(" ")
            }
            pendingSpace = false
            result.append(character)
        }
        return result
    }

    private static func position(of value: JSONValue) -> SourceLocation {
        SourceLocation(line: value.line, column: value.column)
    }

    /// An error at `location` of the file; `isInvalidPlan` when the file is well-formed but
    /// names an action or fact the task cannot have.
    private func error(
        at location: SourceLocation, _ message: String, isInvalidPlan: Bool = false
    ) -> Diagnostic {
        Diagnostic(
            file: file, location: location, message: message,
            kind: isInvalidPlan ? .invalid("partial-order plan") : .error)
    }

    private static func member(
        _ key: String, of value: JSONValue, fail: (JSONValue, String) -> Diagnostic
    ) throws(Diagnostic) -> String {
        guard value.isObject else { throw fail(value, "expected an object") }
        guard let member = value[key] else { throw fail(value, "missing member \"\(key)\"") }
        guard let text = member.string else { throw fail(member, "\"\(key)\" must be a string") }
        return text
    }

    private static func array(
        _ key: String, of value: JSONValue, fail: (JSONValue, String) -> Diagnostic
    ) throws(Diagnostic) -> [JSONValue] {
        guard let member = value[key] else { return [] }
        guard let elements = member.array else {
            throw fail(member, "\"\(key)\" must be an array")
        }
        return elements
    }
}

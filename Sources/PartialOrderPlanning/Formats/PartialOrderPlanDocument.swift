import JSONText
public import PlanningTask

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
public struct PartialOrderPlanDocument: Sendable {
    /// A position in the file.
    public struct Position: Hashable, Sendable {
        /// 1-based line.
        public var line: Int
        /// 1-based column.
        public var column: Int
    }

    /// A step: its id and action text.
    public struct Step: Sendable {
        /// The step's id.
        public var id: String
        /// The ground action text, e.g. `(pick-up a)`.
        public var action: String
        /// Where the step starts in the file.
        public var position: Position
    }

    /// An ordering between two step ids.
    public struct OrderingEntry: Sendable {
        /// The id of the step that comes first.
        public var before: String
        /// The id of the step that comes later.
        public var after: String
        /// Where the ordering starts in the file.
        public var position: Position
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
        public var position: Position
    }

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

    /// Reads a document from JSON text.
    public static func parse(_ text: String) throws(PartialOrderDocumentError) -> Self {
        let root: JSONValue
        do {
            root = try JSONReader.parse(text)
        } catch {
            throw PartialOrderDocumentError(
                line: error.line, column: error.column, message: error.message)
        }
        guard root.isObject else { throw .at(root, "expected a JSON object with \"steps\"") }
        guard let stepValues = root["steps"] else { throw .at(root, "missing member \"steps\"") }
        guard let stepArray = stepValues.array else {
            throw .at(stepValues, "\"steps\" must be an array")
        }
        var steps: [Step] = []
        var seen = Set([initialID, goalID])
        for value in stepArray {
            let id = try member("id", of: value)
            guard let action = value["action"] else {
                if id == initialID || id == goalID { continue }
                throw .at(value, "step \"\(id)\" has no \"action\"")
            }
            guard let text = action.string else { throw .at(action, "\"action\" must be a string") }
            guard seen.insert(id).inserted else {
                throw .at(value, "step id \"\(id)\" is used twice")
            }
            steps.append(Step(id: id, action: text, position: position(of: value)))
        }
        var orderings: [OrderingEntry] = []
        for value in try array("orderings", of: root) {
            orderings.append(
                OrderingEntry(
                    before: try member("before", of: value), after: try member("after", of: value),
                    position: position(of: value)))
        }
        var links: [LinkEntry] = []
        for value in try array("links", of: root) {
            links.append(
                LinkEntry(
                    producer: try member("producer", of: value),
                    consumer: try member("consumer", of: value),
                    fact: try member("fact", of: value), position: position(of: value)))
        }
        return PartialOrderPlanDocument(steps: steps, orderings: orderings, links: links)
    }

    /// The plan of this document over `task`: actions and facts are looked up by their text
    /// (case and spacing ignored).
    ///
    /// When several operators of the task share an action text (the grounder splits a
    /// disjunctive precondition into one operator per disjunct), each step takes the one
    /// applicable where the step comes in one linearisation, so a plan whose steps are
    /// applicable there gets operators that are.
    public func plan(in task: GroundTask) throws(PartialOrderDocumentError) -> PartialOrderPlan {
        var operatorsByText: [String: [OperatorID]] = [:]
        for (index, op) in task.operators.enumerated() {
            operatorsByText[Self.normalized(op.description), default: []].append(OperatorID(index))
        }
        var indexOfID: [String: Int] = [:]
        var candidates: [[OperatorID]] = []
        for (index, step) in steps.enumerated() {
            indexOfID[step.id] = index
            guard let found = operatorsByText[Self.normalized(step.action)] else {
                throw PartialOrderDocumentError(
                    position: step.position,
                    message: "\(step.action) is not a reachable ground action of the task",
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
                throw PartialOrderDocumentError(
                    position: entry.position, message: "unknown step \"\(entry.before)\"")
            }
            guard let after = indexOfID[entry.after] else {
                throw PartialOrderDocumentError(
                    position: entry.position, message: "unknown step \"\(entry.after)\"")
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
            func node(_ id: String) throws(PartialOrderDocumentError) -> PlanNode {
                if id == Self.initialID { return .initial }
                if id == Self.goalID { return .goal }
                guard let index = indexOfID[id] else {
                    throw PartialOrderDocumentError(
                        position: entry.position, message: "unknown step \"\(id)\"")
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
                throw PartialOrderDocumentError(
                    position: entry.position,
                    message: "\(entry.fact) is not a fact of the task", isInvalidPlan: true)
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
    ) throws(PartialOrderDocumentError) -> [OperatorID] {
        var chosen = candidates.map { $0[0] }
        guard candidates.contains(where: { $0.count > 1 }) else { return chosen }
        var cycle: [Int] = []
        guard
            let graph = PrecedenceGraph(
                count: candidates.count, edges: orderings.lazy.map { ($0.before, $0.after) },
                cycle: &cycle)
        else {
            let names = cycle.map { steps[$0].id }.joined(separator: " ≺ ")
            throw PartialOrderDocumentError(
                position: steps[cycle.first ?? 0].position,
                message: "the orderings contain a cycle: \(names)")
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

    private static func position(of value: JSONValue) -> Position {
        Position(line: value.line, column: value.column)
    }

    private static func member(_ key: String, of value: JSONValue) throws(PartialOrderDocumentError)
        -> String
    {
        guard value.isObject else { throw .at(value, "expected an object") }
        guard let member = value[key] else { throw .at(value, "missing member \"\(key)\"") }
        guard let text = member.string else { throw .at(member, "\"\(key)\" must be a string") }
        return text
    }

    private static func array(_ key: String, of value: JSONValue) throws(PartialOrderDocumentError)
        -> [JSONValue]
    {
        guard let member = value[key] else { return [] }
        guard let elements = member.array else { throw .at(member, "\"\(key)\" must be an array") }
        return elements
    }
}

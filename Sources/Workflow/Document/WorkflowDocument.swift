/// A workflow file: named resources with capacities and the steps that use them.
///
/// This is the versioned document `"schema": "werkvloei.workflow/v1"` exactly as it is
/// written and read; `WorkflowLoader` checks it and turns it into an `ExecutableWorkflow`.
/// The JSON Schema is `Sources/Workflow/Schema/workflow-v1.schema.json`.
public struct WorkflowDocument: Sendable, Equatable {
    /// The schema identifier every version-1 document carries.
    public static let schemaIdentifier = "werkvloei.workflow/v1"

    /// The schema identifier, `werkvloei.workflow/v1`.
    public var schema: String
    /// A human-readable name of the workflow.
    public var name: String
    /// The capacity of each named resource (units available at any moment).
    public var resources: [String: Int]
    /// The steps, in file order.
    public var steps: [WorkflowStep]

    /// Creates a document of the current schema version.
    public init(name: String, resources: [String: Int], steps: [WorkflowStep]) {
        self.schema = Self.schemaIdentifier
        self.name = name
        self.resources = resources
        self.steps = steps
    }
}

extension WorkflowDocument: Codable {
    private enum CodingKeys: String, CodingKey, CaseIterable {
        case schema, name, resources, steps
    }

    /// Decodes a document, rejecting unknown keys; `resources` defaults to none.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schema = try container.decode(String.self, forKey: .schema)
        name = try container.decode(String.self, forKey: .name)
        resources = try container.decodeIfPresent([String: Int].self, forKey: .resources) ?? [:]
        steps = try container.decode([WorkflowStep].self, forKey: .steps)
    }

    /// Encodes the document under its file keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(name, forKey: .name)
        try container.encode(resources, forKey: .resources)
        try container.encode(steps, forKey: .steps)
    }
}

/// One step of a workflow: a command, the steps it waits for and the resources it holds.
public struct WorkflowStep: Sendable, Equatable {
    /// The step's identifier, unique in its workflow: `[A-Za-z0-9][A-Za-z0-9_.-]*`.
    public var id: String
    /// The program and its arguments (argv); the program is looked up in `PATH`.
    public var command: [String]
    /// The identifiers of the steps that must have succeeded before this one starts.
    public var after: [String]
    /// The identifiers of the steps that must have started before this one starts: the step
    /// runs while they run (a temporal plan's overlap, e.g. baking while the oven is fired).
    public var startAfter: [String]
    /// The units of each named resource this step holds while it runs.
    public var uses: [String: Int]
    /// The named units it holds, per resource (as many as `uses` says): no two steps that
    /// hold the same unit run at the same time.
    public var units: [String: [String]]
    /// Seconds after which the step's process group is terminated; nil for no limit.
    public var timeout: Double?
    /// How many times a failed attempt is retried.
    public var retries: Int
    /// Seconds before the first retry; each further retry waits twice as long.
    public var retryDelay: Double?
    /// The start time the schedule planned, in seconds from the start of the run.
    public var plannedStart: Double?
    /// The duration the schedule planned, in seconds.
    public var plannedDuration: Double?
    /// Environment variables set for the step on top of the executor's environment.
    public var env: [String: String]
    /// The working directory, relative to the workflow file's directory; nil for that directory.
    public var cwd: String?
    /// Files the step must have created (relative to its working directory) when it succeeds.
    public var outputs: [String]
    /// Files the step reads (relative to its working directory): a change to one of them makes
    /// a resumed run run the step again.
    public var inputs: [String]

    /// Creates a step; every field but `id` and `command` has the default of the schema.
    public init(
        id: String, command: [String], after: [String] = [], startAfter: [String] = [],
        uses: [String: Int] = [:],
        units: [String: [String]] = [:], timeout: Double? = nil, retries: Int = 0,
        retryDelay: Double? = nil,
        plannedStart: Double? = nil, plannedDuration: Double? = nil,
        env: [String: String] = [:], cwd: String? = nil, outputs: [String] = [],
        inputs: [String] = []
    ) {
        self.id = id
        self.command = command
        self.after = after
        self.startAfter = startAfter
        self.uses = uses
        self.units = units
        self.timeout = timeout
        self.retries = retries
        self.retryDelay = retryDelay
        self.plannedStart = plannedStart
        self.plannedDuration = plannedDuration
        self.env = env
        self.cwd = cwd
        self.outputs = outputs
        self.inputs = inputs
    }
}

extension WorkflowStep: Codable {
    private enum CodingKeys: String, CodingKey, CaseIterable {
        case id, command, after, uses, units, timeout, retries, env, cwd, outputs, inputs
        case startAfter = "start_after"
        case retryDelay = "retry_delay"
        case plannedStart = "planned_start"
        case plannedDuration = "planned_duration"
    }

    /// Decodes a step from its file keys, rejecting unknown keys.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        command = try container.decode([String].self, forKey: .command)
        after = try container.decodeIfPresent([String].self, forKey: .after) ?? []
        startAfter = try container.decodeIfPresent([String].self, forKey: .startAfter) ?? []
        uses = try container.decodeIfPresent([String: Int].self, forKey: .uses) ?? [:]
        units = try container.decodeIfPresent([String: [String]].self, forKey: .units) ?? [:]
        timeout = try container.decodeIfPresent(Double.self, forKey: .timeout)
        retries = try container.decodeIfPresent(Int.self, forKey: .retries) ?? 0
        retryDelay = try container.decodeIfPresent(Double.self, forKey: .retryDelay)
        plannedStart = try container.decodeIfPresent(Double.self, forKey: .plannedStart)
        plannedDuration = try container.decodeIfPresent(Double.self, forKey: .plannedDuration)
        env = try container.decodeIfPresent([String: String].self, forKey: .env) ?? [:]
        cwd = try container.decodeIfPresent(String.self, forKey: .cwd)
        outputs = try container.decodeIfPresent([String].self, forKey: .outputs) ?? []
        inputs = try container.decodeIfPresent([String].self, forKey: .inputs) ?? []
    }

    /// Writes the step, leaving out every field that has its default value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(command, forKey: .command)
        if !after.isEmpty { try container.encode(after, forKey: .after) }
        if !startAfter.isEmpty { try container.encode(startAfter, forKey: .startAfter) }
        if !uses.isEmpty { try container.encode(uses, forKey: .uses) }
        if !units.isEmpty { try container.encode(units, forKey: .units) }
        try container.encodeIfPresent(timeout, forKey: .timeout)
        if retries != 0 { try container.encode(retries, forKey: .retries) }
        try container.encodeIfPresent(retryDelay, forKey: .retryDelay)
        try container.encodeIfPresent(plannedStart, forKey: .plannedStart)
        try container.encodeIfPresent(plannedDuration, forKey: .plannedDuration)
        if !env.isEmpty { try container.encode(env, forKey: .env) }
        try container.encodeIfPresent(cwd, forKey: .cwd)
        if !outputs.isEmpty { try container.encode(outputs, forKey: .outputs) }
        if !inputs.isEmpty { try container.encode(inputs, forKey: .inputs) }
    }
}

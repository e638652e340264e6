/// Any member name of a JSON object.
private struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) {
        self.stringValue = stringValue
    }

    init?(intValue: Int) {
        nil
    }
}

extension Decoder {
    /// Throws `DecodingError.dataCorrupted` at the first member of the object being decoded
    /// whose name is not in `allowed`, so that a misspelt field is an error, not ignored.
    func rejectUnknownKeys(allowed: [String]) throws {
        let container = try container(keyedBy: AnyCodingKey.self)
        for key in container.allKeys where !allowed.contains(key.stringValue) {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: codingPath + [key],
                    debugDescription:
                        "unknown field '\(key.stringValue)' (expected one of: \(allowed.joined(separator: ", ")))"
                ))
        }
    }
}

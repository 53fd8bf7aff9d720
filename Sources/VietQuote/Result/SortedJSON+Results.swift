/// The result types and the values in them, written straight to JSON: each writes the
/// members its `encode(to:)` encodes (explicit or synthesized: an optional member with
/// `encodeIfPresent` unless its `encode(to:)` writes `null`), listed in key order.
/// `SortedJSONTests` checks the bytes against `JSONEncoder` on the results of the dev
/// articles and on a result with every member set: a member added to a type and not here
/// fails it.
extension ArticleResult: SortedJSON.Value {
    package func write(to writer: SortedJSON.Writer) throws {
        var object = writer.object()
        try object.member("date", date)
        try object.member("date_source", dateSource)
        try object.member("document", document)
        try object.memberIfPresent("error", error)
        try object.member("quotes", quotes)
        try object.member("schema", schema)
        try object.memberIfPresent("stance", stance)
        object.close()
    }
}

extension Quote: SortedJSON.Value {
    package func write(to writer: SortedJSON.Writer) throws {
        var object = writer.object()
        try object.member("content", content)
        try object.member("cue", cue)
        try object.member("cue_end", cueEnd)
        try object.member("cue_start", cueStart)
        try object.member("end", end)
        try object.member("explanation", explanation)
        try object.member("speaker", speaker)
        try object.memberIfPresent("stance", stance)
        try object.member("start", start)
        try object.member("type", type)
        object.close()
    }
}

extension Speaker: SortedJSON.Value {
    package func write(to writer: SortedJSON.Writer) throws {
        var object = writer.object()
        try object.member("affiliation", affiliation)
        try object.member("kind", kind)
        try object.member("mention", mention)
        try object.member("name", name)
        try object.memberIfPresent("sides", sides)
        try object.member("title", title)
        object.close()
    }
}

extension Explanation: SortedJSON.Value {
    package func write(to writer: SortedJSON.Writer) throws {
        var object = writer.object()
        try object.memberIfPresent("cue_entry", cueEntry)
        try object.member("quote_rule", quoteRule)
        if !refinements.isEmpty { try object.member("refinements", refinements) }
        try object.member("speaker_rule", speakerRule)
        try object.memberIfPresent("title_rule", titleRule)
        object.close()
    }
}

extension QuoteStance: SortedJSON.Value {
    package func write(to writer: SortedJSON.Writer) throws {
        var object = writer.object()
        try object.member("evidence", evidence)
        try object.member("label", label)
        try object.member("score", score)
        object.close()
    }
}

extension StanceEvidence: SortedJSON.Value {
    package func write(to writer: SortedJSON.Writer) throws {
        var object = writer.object()
        try object.member("category", category)
        try object.member("contribution", contribution)
        try object.member("kind", kind)
        try object.member("modifiers", modifiers)
        try object.memberIfPresent("range", range)
        try object.member("text", text)
        try object.member("weight", weight)
        object.close()
    }
}

extension StanceEvidence.Modifier: SortedJSON.Value {
    package func write(to writer: SortedJSON.Writer) throws {
        var object = writer.object()
        try object.member("factor", factor)
        try object.member("name", name)
        try object.member("text", text)
        object.close()
    }
}

extension ArticleStance: SortedJSON.Value {
    package func write(to writer: SortedJSON.Writer) throws {
        var object = writer.object()
        try object.member("actors", actors)
        try object.member("label", label)
        try object.member("score", score)
        try object.member("sides", sides)
        try object.member("speakers", speakers)
        object.close()
    }
}

extension GroupStance: SortedJSON.Value {
    package func write(to writer: SortedJSON.Writer) throws {
        var object = writer.object()
        try object.member("count", count)
        try object.member("label", label)
        try object.member("name", name)
        try object.member("score", score)
        try object.memberIfPresent("side", side)
        object.close()
    }
}

/// An enum written as its raw value (what a `String` enum's `encode(to:)` encodes).
extension SortedJSON.Value where Self: RawRepresentable, RawValue == String {
    package func write(to writer: SortedJSON.Writer) throws { writer.writeString(rawValue) }
}

extension QuoteType: SortedJSON.Value {}
extension QuoteRule: SortedJSON.Value {}
extension QuoteRefinement: SortedJSON.Value {}
extension SpeakerKind: SortedJSON.Value {}
extension StanceLabel: SortedJSON.Value {}
extension StanceEvidence.Kind: SortedJSON.Value {}

extension String: SortedJSON.Value {
    package func write(to writer: SortedJSON.Writer) throws { writer.writeString(self) }
}

extension Int: SortedJSON.Value {
    package func write(to writer: SortedJSON.Writer) throws { writer.writeInt(self) }
}

extension Double: SortedJSON.Value {
    package func write(to writer: SortedJSON.Writer) throws { try writer.writeFloat(self) }
}

extension Bool: SortedJSON.Value {
    package func write(to writer: SortedJSON.Writer) throws { writer.writeRaw(self ? "true" : "false") }
}

/// `null`, or the value (what `Optional.encode(to:)` encodes).
extension Optional: SortedJSON.Value where Wrapped: SortedJSON.Value {
    package func write(to writer: SortedJSON.Writer) throws {
        if let self { try self.write(to: writer) } else { writer.writeRaw("null") }
    }
}

extension Array: SortedJSON.Value where Element: SortedJSON.Value {
    package func write(to writer: SortedJSON.Writer) throws { try writer.array(self) }
}

/// `[lower, upper]`, as `Range.encode(to:)` encodes.
extension Range: SortedJSON.Value where Bound == Int {
    package func write(to writer: SortedJSON.Writer) throws {
        writer.append(UInt8(ascii: "["))
        writer.writeInt(lowerBound)
        writer.append(UInt8(ascii: ","))
        writer.writeInt(upperBound)
        writer.append(UInt8(ascii: "]"))
    }
}

/// An object of the dictionary's keys, in key order.
extension Dictionary: SortedJSON.Value where Key == String, Value: SortedJSON.Value {
    package func write(to writer: SortedJSON.Writer) throws {
        writer.append(UInt8(ascii: "{"))
        for (position, (key, value)) in sorted(by: { SortedJSON.Writer.precedes($0.key, $1.key) }).enumerated() {
            writer.startMember(key, count: position)
            try value.write(to: writer)
        }
        writer.append(UInt8(ascii: "}"))
    }
}

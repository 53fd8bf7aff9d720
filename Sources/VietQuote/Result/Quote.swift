/// What a speaker is (`kind` in the gold format).
public enum SpeakerKind: String, Sendable, Hashable, Codable, CaseIterable {
    case person, organization, country, media, source
}

/// Who said it: the fields of `speaker` in the gold format.
public struct Speaker: Sendable, Hashable, Codable {
    /// The canonical name: the fullest form in the article, a country's Vietnamese name.
    public var name: String
    /// The words that name the speaker at this quote, title included.
    public var mention: String
    /// The fullest title of the speaker in the article, or nil.
    public var title: String?
    public var kind: SpeakerKind
    /// The side the speaker speaks for, or nil.
    public var affiliation: String?
    /// For several speakers of one cue from different sides (`Mỹ và Cuba`), each side, in
    /// the order written; for an international body that speaks for itself (`ICC`), its
    /// own side; nil otherwise. Not a gold field: it lets each side take a stance.
    public var sides: [String]?
    /// How the title was read (`Speakers/Titles/TitleRule.swift`), nil with no title: written
    /// as the quote's `explanation.title_rule`, not in the speaker. Not part of the speaker's
    /// identity: `==` and `hash(into:)` leave it out (a speaker decoded from output has none).
    package var titleTrace: TitleTrace? = nil

    // The side a quote counts for is decided in one place: Speakers/Sides/SpeakerSide.swift.

    enum CodingKeys: String, CodingKey { case name, mention, title, kind, affiliation, sides }

    /// Encodes every field, writing `null` for a missing title or affiliation (as gold files do).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(mention, forKey: .mention)
        try container.encode(title, forKey: .title)
        try container.encode(kind, forKey: .kind)
        try container.encode(affiliation, forKey: .affiliation)
        try container.encodeIfPresent(sides, forKey: .sides)
    }

    public static func == (lhs: Speaker, rhs: Speaker) -> Bool {
        lhs.name == rhs.name && lhs.mention == rhs.mention && lhs.title == rhs.title && lhs.kind == rhs.kind
            && lhs.affiliation == rhs.affiliation && lhs.sides == rhs.sides
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(mention)
        hasher.combine(title)
        hasher.combine(kind)
        hasher.combine(affiliation)
        hasher.combine(sides)
    }

    public init(name: String, mention: String, title: String? = nil, kind: SpeakerKind, affiliation: String? = nil) {
        self.name = name
        self.mention = mention
        self.title = title
        self.kind = kind
        self.affiliation = affiliation
    }
}

/// Why the program decided what it did: the rule that found the quote, the lexicon row
/// of its cue, the rules that moved its cue's or subject's edges, and the rule that chose
/// its speaker.
public struct Explanation: Sendable, Hashable, Codable {
    /// The construction rule.
    public var quoteRule: QuoteRule
    /// The cue's lexicon row (`cues.tsv:42`), nil for a floating quote or a headline colon.
    public var cueEntry: String?
    /// How the speaker was chosen (`mention`, `pronoun → nearest speaker`, …).
    public var speakerRule: String
    /// How the speaker's title was read (`TitleTrace.rendered`: `article: apposition`),
    /// written as `title_rule` only when the speaker has a title.
    package var titleRule: String? = nil
    /// The refinement rules that moved the edges of the quote's cue, subject or content
    /// (`cue-particle`, `clause-opener-cut`), each once, in the order they acted; written
    /// as `refinements` only when there is one. Decoding drops ids it does not know.
    package var refinements: [QuoteRefinement] = []
    /// The typed rules that `speakerRule` renders (nil for a decoded quote): for tests and
    /// tools that ask which rule chose.
    package var speakerTrace: SpeakerTrace? = nil

    enum CodingKeys: String, CodingKey {
        case quoteRule = "quote_rule", cueEntry = "cue_entry", speakerRule = "speaker_rule", refinements
        case titleRule = "title_rule"
    }
}

extension Explanation {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        quoteRule = try container.decode(QuoteRule.self, forKey: .quoteRule)
        cueEntry = try container.decodeIfPresent(String.self, forKey: .cueEntry)
        speakerRule = try container.decode(String.self, forKey: .speakerRule)
        // Ids read as strings: one this version does not know (from a newer writer) is dropped,
        // not a reason to reject the whole quote (the member is optional).
        let ids = try container.decodeIfPresent([String].self, forKey: .refinements) ?? []
        refinements = ids.compactMap(QuoteRefinement.init(rawValue:))
        titleRule = try container.decodeIfPresent(String.self, forKey: .titleRule)
    }

    /// Encodes every field, `refinements` only when a rule moved an edge, `title_rule` only
    /// with a title.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(quoteRule, forKey: .quoteRule)
        try container.encodeIfPresent(cueEntry, forKey: .cueEntry)
        try container.encode(speakerRule, forKey: .speakerRule)
        if !refinements.isEmpty { try container.encode(refinements, forKey: .refinements) }
        try container.encodeIfPresent(titleRule, forKey: .titleRule)
    }
}

/// One quote: content with its exact span, type, cue, speaker and stance.
public struct Quote: Sendable, Hashable, Codable {
    /// The quoted words (NFC), without the quotation marks of a direct quote.
    public var content: String
    /// Unicode scalar offset of the content's start in the input as given.
    public var start: Int
    /// Unicode scalar offset one past the content's end in the input as given.
    public var end: Int
    public var type: QuoteType
    /// The cue as it stands in the text, or nil for a floating quote.
    public var cue: String?
    /// Unicode scalar offsets of the cue's start and end in the input as given (like `start`
    /// and `end`), nil when there is no cue.
    public var cueStart: Int?
    public var cueEnd: Int?
    public var speaker: Speaker
    /// The quote's stance, when stance scoring ran.
    public var stance: QuoteStance?
    public var explanation: Explanation

    enum CodingKeys: String, CodingKey {
        case content, start, end, type, cue, speaker, stance, explanation
        case cueStart = "cue_start", cueEnd = "cue_end"
    }

    /// Encodes every field, writing `null` for the cue and its offsets of a floating quote (as
    /// gold files do for the cue).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(content, forKey: .content)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(type, forKey: .type)
        try container.encode(cue, forKey: .cue)
        try container.encode(cueStart, forKey: .cueStart)
        try container.encode(cueEnd, forKey: .cueEnd)
        try container.encode(speaker, forKey: .speaker)
        try container.encodeIfPresent(stance, forKey: .stance)
        try container.encode(explanation, forKey: .explanation)
    }

    public init(content: String, start: Int, end: Int, type: QuoteType, cue: String?, speaker: Speaker,
                stance: QuoteStance? = nil, explanation: Explanation, cueStart: Int? = nil, cueEnd: Int? = nil) {
        self.content = content
        self.start = start
        self.end = end
        self.type = type
        self.cue = cue
        self.cueStart = cueStart
        self.cueEnd = cueEnd
        self.speaker = speaker
        self.stance = stance
        self.explanation = explanation
    }
}

/// One article's quotes and stance, as written in a gold file or by a program.
///
/// Gold files and system output share these field names. Reading is lenient: unknown
/// keys are ignored and every field may be absent, so that a system output that lacks,
/// say, speaker aliases still reads; ``GoldCorpus`` checks the required fields of gold
/// files itself. A quote's `stance` may be a label or an object `{"label", "score",
/// "evidence"}`, of which only `label` is read; so may an actor's label.
public struct AnnotatedDocument: Hashable, Codable, Sendable {
    /// The article's stem (`000_7cdfa724fb714c90`).
    public var document: String?
    /// The article's overall stance, if given.
    public var stance: ArticleStance?
    /// The quotes, in the order given.
    public var quotes: [Quote]
    /// A system's report that it failed on this article; its quotes are then ignored.
    public var error: String?

    /// Creates a document.
    public init(document: String?, stance: ArticleStance? = nil, quotes: [Quote] = [], error: String? = nil) {
        self.document = document
        self.stance = stance
        self.quotes = quotes
        self.error = error
    }

    private enum CodingKeys: String, CodingKey {
        case document, stance, quotes, error
    }

    /// Reads a document; `quotes` may be absent or null (no quote).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        document = try container.decodeIfPresent(String.self, forKey: .document)
        stance = try container.decodeIfPresent(ArticleStance.self, forKey: .stance)
        quotes = try container.decodeIfPresent([Quote].self, forKey: .quotes) ?? []
        error = try container.decodeIfPresent(String.self, forKey: .error)
    }

    /// An article's overall stance and the stance of each side that speaks in it.
    public struct ArticleStance: Hashable, Codable, Sendable {
        /// `normalization`, `confrontation`, `neutral` or `mixed`.
        public var label: String?
        /// The label of each side, keyed by the side's name.
        public var actors: [String: String]

        /// Creates an article stance.
        public init(label: String?, actors: [String: String] = [:]) {
            self.label = label
            self.actors = actors
        }

        private enum CodingKeys: String, CodingKey {
            case label, actors
        }

        /// Reads `label` and `actors`; other keys (scores, evidence) are ignored.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            label = try container.decodeIfPresent(Label.self, forKey: .label)?.value
            let labels = try container.decodeIfPresent([String: Label].self, forKey: .actors) ?? [:]
            actors = labels.compactMapValues(\.value)
        }
    }

    /// One quote: its words, where it stands, how it was said, who said it.
    public struct Quote: Hashable, Codable, Sendable {
        /// The quoted words as they stand in the article.
        public var content: String?
        /// Which occurrence of `content` in the article is meant, from 1; absent means 1.
        public var occurrence: Int?
        /// Start of the quote in the article as given, in Unicode scalars (system output).
        public var start: Int?
        /// End (exclusive) of the quote in the article as given, in Unicode scalars.
        public var end: Int?
        /// `direct`, `indirect` or `mixed`.
        public var type: String?
        /// The reporting expression, or `nil` for a floating quote.
        public var cue: String?
        /// Who said it.
        public var speaker: Speaker?
        /// `normalization`, `confrontation` or `neutral`.
        public var stance: String?

        /// Creates a quote.
        public init(
            content: String?, occurrence: Int? = nil, start: Int? = nil, end: Int? = nil,
            type: String?, cue: String?, speaker: Speaker?, stance: String?
        ) {
            self.content = content
            self.occurrence = occurrence
            self.start = start
            self.end = end
            self.type = type
            self.cue = cue
            self.speaker = speaker
            self.stance = stance
        }

        private enum CodingKeys: String, CodingKey {
            case content, occurrence, start, end, type, cue, speaker, stance
        }

        /// Reads a quote; `stance` may be a label or an object with a `label`.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            content = try container.decodeIfPresent(String.self, forKey: .content)
            occurrence = try container.decodeIfPresent(Int.self, forKey: .occurrence)
            start = try container.decodeIfPresent(Int.self, forKey: .start)
            end = try container.decodeIfPresent(Int.self, forKey: .end)
            type = try container.decodeIfPresent(String.self, forKey: .type)
            cue = try container.decodeIfPresent(String.self, forKey: .cue)
            speaker = try container.decodeIfPresent(Speaker.self, forKey: .speaker)
            stance = try container.decodeIfPresent(Label.self, forKey: .stance)?.value
        }
    }

    /// The source of a quote.
    public struct Speaker: Hashable, Codable, Sendable {
        /// The fullest name of the speaker in the article.
        public var name: String?
        /// Other forms that name the speaker in full.
        public var aliases: [String]
        /// The words that name the speaker at this quote.
        public var mention: String?
        /// The speaker's fullest title, or `nil`.
        public var title: String?
        /// Other forms of the title that the article uses.
        public var titleAliases: [String]
        /// `person`, `organization`, `country`, `media` or `source`.
        public var kind: String?
        /// The country or bloc the speaker speaks for, or `nil`.
        public var affiliation: String?

        /// Creates a speaker.
        public init(
            name: String?, aliases: [String] = [], mention: String? = nil, title: String? = nil,
            titleAliases: [String] = [], kind: String? = nil, affiliation: String? = nil
        ) {
            self.name = name
            self.aliases = aliases
            self.mention = mention
            self.title = title
            self.titleAliases = titleAliases
            self.kind = kind
            self.affiliation = affiliation
        }

        private enum CodingKeys: String, CodingKey {
            case name, aliases, mention, title, kind, affiliation
            case titleAliases = "title_aliases"
        }

        /// Reads a speaker; `aliases` and `title_aliases` may be absent or null.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decodeIfPresent(String.self, forKey: .name)
            aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
            mention = try container.decodeIfPresent(String.self, forKey: .mention)
            title = try container.decodeIfPresent(String.self, forKey: .title)
            titleAliases = try container.decodeIfPresent([String].self, forKey: .titleAliases) ?? []
            kind = try container.decodeIfPresent(String.self, forKey: .kind)
            affiliation = try container.decodeIfPresent(String.self, forKey: .affiliation)
        }
    }
}

/// A stance label written either as a string or as an object with a `label` key.
struct Label: Decodable {
    var value: String?

    private enum CodingKeys: String, CodingKey {
        case label
    }

    init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let text = try? single.decode(String.self) {
            value = text
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        value = try container.decodeIfPresent(String.self, forKey: .label)
    }
}

/// The closed sets of labels of the gold format.
public enum Vocabulary {
    /// Quote types.
    public static let quoteTypes: [String] = ["direct", "indirect", "mixed"]
    /// Quote stance labels.
    public static let quoteStances: [String] = ["normalization", "confrontation", "neutral"]
    /// Article (and actor) stance labels.
    public static let articleStances: [String] = ["normalization", "confrontation", "neutral", "mixed"]
}

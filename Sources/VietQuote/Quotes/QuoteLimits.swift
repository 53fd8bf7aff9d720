extension QuoteFinder {
    /// The window sizes of the Quotes stage, in tokens unless named words or paragraphs.
    enum Limits {
        /// Room made for a paragraph's cue hits at its first (most paragraphs with a cue have a
        /// few: one allocation instead of a growth by doubling).
        static let cueHitsReserved = 8
        /// `công bố thêm gần 9.900 trang`: a number or quantifier this many words after a cue
        /// particle makes it qualify the object (an approximator may stand before the number).
        static let particleObjectWords = 2
        /// `lời chỉ trích của X rằng …`: a possessor longer than this is a clause, not a speaker.
        static let possessorTokens = 12
        /// `Bạn Phương Thư (18 tuổi, Hà Nội)`: a bracketed aside about a speaker (age, home, unit)
        /// spans at most this many tokens, brackets included (`BracketCommaRule`); a longer one is a clause.
        static let bracketAsideTokens = 12
        /// `chia sẻ về gu bạn trai: "…"`: the colon that closes a topic and opens its quotation stands
        /// within this many tokens of the topic (silver: the topics run up to about 20 words).
        static let topicColonTokens = 24
        /// `nhắc nhở các giới tử về nội quy`: a cue's object before the topic word holds at most this
        /// many words (silver: an addressee or an opinion noun, 1–3 words; a longer run is a clause).
        static let topicObjectWords = 3
        /// `Bất chấp việc X cue …`: the nominaliser stands at most this many tokens into the subject
        /// (its preposition's phrase or a quantifier before it); deeper, it is inside a description of the speaker.
        static let nominalizerLeadTokens = 2
        /// A cue noun's content clause (`rằng`, `: "…"`) opens within this many tokens of the noun.
        static let nounClauseTokens = 16
        /// `Theo X, …`: the source's words run at most this far before the comma.
        static let sourceTokens = 24
        /// `Content, theo X.`: the content before a credit must hold this many words to be a quote.
        static let sourceLastContentWords = 4
        /// `content, X cue`: reported content before its speaker holds at least this many words.
        static let contentFirstWords = 6
        /// A headline `X: words` has its colon within this many tokens of the start.
        static let headlineSpeakerTokens = 8
        /// …and at least this many words after the colon.
        static let headlineContentWords = 3
        /// A floating quotation holds at least this many words…
        static let floatingWords = 3
        /// …and stands at most this many paragraphs after the last quote.
        static let floatingParagraphs = 2
        /// A quotation left open at a paragraph's end is closed at most this many paragraphs
        /// later, with the ones between free of marks (longer runs are rarely one quote).
        static let spanningParagraphs = 3
        /// Words before a colon and a quotation that name its topic or addressee hold at most this
        /// many words (silver: `nhắn nhủ đến các khách mời`, 2–7; longer runs are mostly clauses).
        static let topicColonWords = 8
        /// A headline or teaser cut off (`…`) with fewer content words than this is no quote.
        static let cutOffContentWords = 3
        /// A statement, appeal or announcement cue's unquoted content holds at least this many words.
        static let statementContentWords = 3
        /// `Mời bạn đọc tiếp tục chia sẻ`: a writer's opening phrase is the subject only with at
        /// most this many words between it and the cue (`Điều này khiến dư luận chú ý và nhiều
        /// người đã bày tỏ …` has a subject of its own).
        static let writerOpeningWords = 3
        /// A generic subject of the writer's advice (`AdviceModalRule`) is a short common noun of
        /// at most this many words (`Ba mẹ`, `các bậc phụ huynh`); a longer one names someone.
        static let adviceSubjectWords = 4
        /// A subject is at most this many tokens: longer, it is a clause.
        static let subjectTokens = 30
        /// A verb marker inside a subject at most this far before the cue ends the subject there.
        static let verbMarkerNearCue = 3
        /// After another predicate of the subject, the verb marker stands this far from the subject's start.
        static let verbMarkerAfterPredicate = 6
        /// `Name, apposition, cue`: the apposition is at most this many tokens…
        static let appositionTokens = 24
        /// …and holds at most this many commas of its own.
        static let appositionParts = 3
        /// `S aux V O, cue`: the clause's subject and its first tense or auxiliary word lie within this many tokens.
        static let clauseSubjectTokens = 10
        /// `cho biết sau khi A, B`: the main clause B after the time clause holds this many words.
        static let mainClauseWords = 3
        /// A venue before `rằng` (`nói với các phóng viên tại … rằng`) is at most this long.
        static let venueTokens = 30
        /// `nói với Reuters, …`: the phrase of whom or where before the comma is this short.
        static let addresseeTokens = 5
        /// A venue phrase at the content's start runs at most this far to its comma.
        static let leadingVenueTokens = 10
        /// A venue at the content's end stands within this many tokens past the venue word(s).
        static let trailingVenueTokens = 6
        /// `…, nhưng không nêu rõ …`: a negated cue this close after the turn ends the content.
        static let deniedSayingTokens = 4
        /// `X cue … :` at a paragraph's end introduces the next paragraph within this many tokens.
        static let introductionTokens = 12
        /// `chỉ trích ông Erdogan`: a judging cue's object this short, after an honorific, is a person.
        static let personOnlyTokens = 4
        /// `Trong vòng 24 giờ sau khi X cue …`: a time phrase before a fronted time clause is at
        /// most this many tokens (silver: `Trong vòng 24 giờ`, `Chỉ vài ngày`; longer is a clause).
        static let frontedTimePhraseTokens = 5
    }
}

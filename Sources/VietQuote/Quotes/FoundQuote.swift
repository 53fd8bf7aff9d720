/// How a quote is worded (`type` in the gold format).
public enum QuoteType: String, Sendable, Hashable, Codable, CaseIterable {
    /// Wholly inside quotation marks.
    case direct
    /// Reported in the writer's words.
    case indirect
    /// Reported, with quoted fragments inside.
    case mixed
}

/// A token range inside one paragraph.
struct TokenSpan: Sendable, Hashable {
    var paragraph: Int
    var range: Range<Int>
}

/// A quote as the Quotes stage finds it, before speakers are resolved.
struct FoundQuote: Sendable {
    var content: TokenSpan
    /// For a quote over several paragraphs (`ParagraphSpanningQuoteRule`), its words in the
    /// last one: the content runs from `content`'s start to this span's end.
    var continuation: TokenSpan? = nil
    var type: QuoteType
    var cue: TokenSpan?
    var cueEntry: CueEntry?
    /// The words naming the speaker at this quote; nil for a floating quote, whose speaker
    /// is the previous quote's.
    var mention: TokenSpan?
    /// The rule that found the quote (see `QuoteRule`).
    var rule: QuoteRule
    /// The rules that moved the edges of its cue or subject (`ExpressedFeelingRule`,
    /// `SubjectDateRule`, `BodyNameCoordinatorRule`); the output's `explanation.refinements`.
    var refinements: [QuoteRefinement] = []

    /// `refinements`, each rule once, in the order they acted.
    var distinctRefinements: [QuoteRefinement] {
        refinements.count < 2 ? refinements : refinements.enumerated().filter { position, rule in
            !refinements[..<position].contains(rule)
        }.map(\.element)
    }
}

/// The construction rules of the Quotes stage; each quote names the one that found it.
public enum QuoteRule: String, Sendable, Hashable, Codable, CaseIterable {
    /// `X cue content` (`Lavrov tuyên bố Moscow sẵn sàng …`).
    case speakerCueContent = "speaker-cue-content"
    /// A second cue joined to the first one's subject (`Nga cho biết A và phủ nhận B`).
    case coordinatedCue = "coordinated-cue"
    /// `"…", X cue` and `"…" - X cue`: the quote stands before its speaker.
    case quoteFirst = "quote-first"
    /// `content, X cue`: reported words before their speaker.
    case contentFirst = "content-first"
    /// `Theo X, content`.
    case sourcePreposition = "theo-source"
    /// `M dẫn lời Y rằng …`: Y speaks, M passes the words on.
    case medium = "medium-quotes-speaker"
    /// `X cue:` at the end of a paragraph, the quote in the next one.
    case cueThenParagraph = "cue-then-quoted-paragraph"
    /// A headline `X: words`.
    case headlineColon = "headline-colon"
    /// A quoted paragraph (or a quote right after an attributed one) with no cue of its own.
    case floating = "floating-quote"

    // The sieves that only read part of a cue or reject it: no quote carries these.

    /// `"…" – Đây là khẳng định của X` (its quote carries `quote-first`).
    case demonstrative = "demonstrative"
    /// A cue word used as a noun (`lời cảnh báo`): a quote only with a content clause.
    case cueNoun = "cue-noun"
    /// Words not said: a negated or passive cue, a cue made a noun by the word after it.
    case unsaid = "unsaid-cue"
    /// `Mời bạn đọc chia sẻ …`, `Điều này cũng khẳng định …`: the writer's phrase as subject, no quote.
    case writerSubject = "writer-subject"
    /// `Name, apposition, cue` (its quote carries `speaker-cue-content`).
    case appositionSubject = "apposition-subject"
    /// `X - cue` (its quote carries `speaker-cue-content`).
    case dashSubject = "dash-subject"
    /// `S aux V O, cue …`: the subject of the clause before the comma (its quote carries `speaker-cue-content`).
    case clauseSubject = "clause-subject"
    /// `N mà X cue …`: the subject of a relative clause (its quote carries `speaker-cue-content`).
    case relativeClauseSubject = "relative-clause-subject"
    /// `X cue`: the noun phrase before the cue (its quote carries `speaker-cue-content`).
    case nounPhraseSubject = "noun-phrase-subject"
    /// `Trận đấu này cho thấy …`: a subject headed by a thing or event noun, no quote.
    case thingSubject = "thing-subject"
    /// `Một số bình luận cho rằng …`: a cue noun right after a quantifier heads the subject, no cue.
    case quantifiedCueNoun = "quantified-cue-noun"
    /// `Việc anh hối thúc vợ …`: a subject that opens with the nominaliser `việc`, a noun phrase, no quote.
    case nominalClause = "nominal-clause"
    /// `chỉ trích về …`: a cue with a topic and no content, a credit only.
    case topicOnly = "topic-without-content"
    /// `tuyên án phúc thẩm đối với vụ án …`: a ruling that states no decision, a credit only.
    case rulingWithoutDecision = "ruling-without-decision"
    /// `gọi 119`, `gọi cho Nghĩa`: a naming cue with no `là` after it is a call, no quote.
    case callingCue = "calling-cue"
    /// `tiết lộ lý do ly hôn`: a reason or cause named as the object and not stated, a credit only.
    case reasonTopic = "reason-topic"
    /// `nhắc nhở các giới tử về nội quy`: a cue's object ending on `về` and a topic that states nothing, a credit only.
    case topicAfterObject = "topic-after-object"
    /// `nhớ lại Baek Hyun Woo`: a recollection cue before a noun phrase with no clause is remembering, no quote.
    case recallObject = "recall-object"
    /// `Những thách thức này đòi hỏi sự …`: `đòi hỏi` "require" with a quality or duty object and no speaker, no quote.
    case requirementSense = "requirement-sense"
    /// `X cho biết, ông đã khuyến khích …`: a person pronoun opening a statement's content is its speaker, no quote of its own.
    case pronounInContent = "pronoun-in-content"
    /// `Cho biết X, ông Y cue …`: a cue that opens the sentence with words of its own is the main clause subject's quote.
    case frontedCue = "fronted-cue"
    /// `Ba mẹ nên khuyến khích con …`: a modal of advice before an appeal cue after a generic subject is the writer's advice, no quote.
    case adviceModal = "advice-modal"
    /// `những đoạn văn mô tả quan hệ tình dục`: a describing cue that labels nothing (no `là`, `như`, quotation) is a description, no quote.
    case describingCue = "describing-cue"
    /// `đáp ứng yêu cầu`, `tiêu chí đánh giá`: a cue noun that is the object of the verb before it or
    /// names the noun before it is no one's words, a quote only with a content clause.
    case governedCueNoun = "governed-cue-noun"
    // quotes24 (read16 1a):
    /// `chia sẻ nỗi niềm với Trí`: a statement cue whose object is headed by a topic noun and states no clause, a credit only.
    case topicNoun = "topic-noun"
    // quotes25 (issue 14 item 7):
    /// `Bất chấp thông báo gây sốc này, …`: a cue noun that is the object of the preposition or
    /// conjunction before it is no one's words, a quote only with a content clause.
    case prepositionCueNoun = "preposition-cue-noun"
    // pronoun20 (issue 14 items 2, 7):
    /// `Con cảm ơn mẹ vì …`: a letter's writer calling themself `Con` to the person written to, no quote.
    case letterWriter = "letter-writer"
    // quotes27 (issue 14 item 7):
    /// `Besiktas đe dọa Quỷ đỏ`, `khẳng định bản thân trong …`: a cue whose object is the person acted on
    /// (a name alone, a threat's person, the reflexive) is an act, no quote.
    case personObject = "person-object"
    // quotes28 (issue 14):
    /// `Ông X cho biết, … cơ quan quản lý sẽ thông tin …`: a body with no name as a subject inside a
    /// named speaker's content is part of that content, no quote of its own.
    case bodyInContent = "body-in-content"
    /// `A được X cho rằng B`: the agent of a passive cue speaks the clause after the cue.
    case agentivePassive = "agentive-passive"
}

/// The rules that read a cue's or a subject's edges: a found quote lists the ones that
/// moved its cue or its speaker's span (`FoundQuote.refinements`); none of them finds a quote.
package enum QuoteRefinement: String, Sendable, Hashable, Codable, CaseIterable {
    /// `Bộ Thông tin và Truyền thông`: a cue word inside a body's name is no cue.
    case cueInBodyName = "cue-in-body-name"
    /// `Nguyễn Viết Chữ`: a capitalised cue word inside a personal name is no cue.
    case cueInPersonalName = "cue-in-personal-name"
    /// `… - Ảnh: NGỌC PHƯỢNG`: a caption's credit ends the content.
    case photoCredit = "photo-credit"
    /// `bày tỏ hài lòng về`: a feeling noun and its preposition belong to the expressing cue.
    case expressedFeeling = "expressed-feeling"
    /// `Quân đội Ukraine hôm 12-5 cho biết`: a date between subject and cue.
    case dateInSubject = "date-in-subject"
    /// `Bộ Khoa học và Công nghệ cho biết`: a coordinator inside a body's name.
    case coordinatorInBodyName = "coordinator-in-body-name"
    /// `lên tiếng phủ nhận`: a lead before the cue is no cue of its own.
    case leadCue = "lead-cue"
    /// `HĐXX tuyên giao cho SCB …`: a ruling cue after a court in its sentence.
    case courtRuling = "court-ruling"
    /// `Giám đốc thể thao của Barca là Deco khẳng định`: the name after a copula in the subject.
    case copulaInSubject = "copula-in-subject"
    /// `từ chối bình luận`: a refusal right before a verb of saying belongs to the cue.
    case refusalCue = "refusal-cue"
    /// `…, trong đó một số người tuyên bố`: the word that opens a later subject's clause ends the earlier content.
    case clauseOpenerCut = "clause-opener-cut"
    /// `giải thích thêm`, `nhấn mạnh lại`: an adverb of addition or repetition belongs to the cue.
    case cueParticle = "cue-particle"
    /// `Bà cũng đưa ra mức thưởng … đe dọa`: an auxiliary inside the subject opens its predicate; the speaker ends before it.
    case auxiliaryInSubject = "auxiliary-in-subject"
    /// `Theo Matija Babić, nhà sáng lập Taste Atlas, …`: a title apposition after the source is its mention's.
    case sourceApposition = "source-apposition"
    /// `Theo X, A, nhưng Y cho biết B`: a later speaker after a turn ends the frame's content; the frame keeps its quote.
    case frameTurn = "frame-turn"
    /// `"…" - Jeffrey Lewis, nhà phân tích … cho hay`: the name after a dash is the speaker's; the quotation alone is the content.
    case dashNameAttribution = "dash-name-attribution"
    /// `Bộ Y tế cập nhật thông tin: …`: a blocker's cue before a colon or quotation mark announces what follows.
    case announcedObject = "announced-object"
    /// `cho biết trong những ngày nghỉ lễ …, Bắc Bộ … sẽ …`: a time or capacity phrase after the cue opens the content.
    case contentFrame = "content-frame"
    /// `Đại diện trường Quốc tế TP.HCM cho biết`: an abbreviation's full stop inside the subject is no clause mark.
    case abbreviationStop = "abbreviation-stop"
    /// `[… tuyên bố giải tán Quốc ...](url)`: an aggregator's link text cut off with an ellipsis ends the content before it.
    case linkTextCut = "link-text-cut"
    /// `“A.` ¶ `B”, ông X nói.`: a quotation left open at a paragraph's end and closed in a later one is one quote.
    case paragraphSpanning = "paragraph-spanning"
    /// `lý giải lý do xin rút: "…"`: the words before the colon say what the quotation is; the quotation is the content.
    case topicColon = "topic-colon"
    /// `Trung đoàn Thông tin 463`: a capitalised cue of several words inside a sentence is a word of a name, no cue.
    case cueInNameWord = "cue-in-name-word"
    /// `Bạn Phương Thư (18 tuổi, Hà Nội) hào hứng chia sẻ`: a comma inside a bracket the subject closes is no clause mark.
    case commaInBracket = "comma-in-bracket"
    // quotes24 (read16 misses 1, 3):
    /// `"…", chị nói`: a lower-case pronoun or kinship term alone as the subject names the person named before.
    case pronounSubject = "pronoun-subject"
    /// `sau khi X tuyên bố A, B …`: a cue in a time clause; its content ends at the clause's first mark.
    case timeClauseEnd = "time-clause-end"
}

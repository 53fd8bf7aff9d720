/// The numbers of the Speakers stage, each with its reason.
enum SpeakerLimits {
    /// A name run of more than 6 words is a list or a headline, never one person's fuller name.
    static let nameRunWords = 6
    /// `fullest` follows at most 3 longer forms (`Lula` → `Luiz Inacio Lula` → … `da Silva`).
    static let fullerFormSteps = 3
    /// A last word of 5 letters or more may be a transliteration with its final letter
    /// doubled (`Zelensky` / `Zelenskyy`); shorter words would join unrelated names.
    static let doubledLetterWordLength = 5
    /// A statement's issuer is named in the statement's paragraph or the 2 before it.
    static let issuerParagraphsBefore = 2
    /// An organisation head that takes a country after it has at most 5 words
    /// (`Bộ Ngoại giao`, `Quân chủng Hải quân`): the look-back before a country.
    static let headWordsBeforeCountry = 5
    /// A body named inside a title has at most 6 words (`Hội đồng An ninh Quốc gia`).
    static let bodyWordsInTitle = 6
    /// A quantifier before an unnamed source has at most 2 words (`một số`, `các`).
    static let quantifierWords = 2
}

public import Foundation

/// The gold annotation of a corpus: each gold file with its article, checked and with
/// every quote located in the article.
public struct GoldCorpus: Sendable {
    /// One gold-annotated article.
    public struct Article: Sendable {
        /// The stem shared by the article and its gold file.
        public let name: String
        /// The article text exactly as read.
        public let text: String
        /// The gold annotation.
        public let gold: AnnotatedDocument
        let article: NormalizedArticle
        /// The NFC scalar range of each gold quote.
        let spans: [Range<Int>]
        /// The token index range of each gold quote.
        let tokenSpans: [Range<Int>]

        /// Checks `gold` against `text` and locates its quotes.
        /// - Parameters:
        ///   - name: The stem; the gold `document` field must equal it when present.
        ///   - file: How to name the gold file in errors (a path).
        /// - Throws: ``EvaluationError`` for the first fault found.
        public init(name: String, text: String, goldData: Data, file: String) throws(EvaluationError) {
            let gold = try JSONReading.document(goldData, file: file)
            if let document = gold.document, document != name {
                throw EvaluationError(
                    .documentMismatch, file: file,
                    reason: "document \"\(document)\" does not match the file name \"\(name)\"")
            }
            let article = NormalizedArticle(text)
            try Self.checkArticleStance(gold.stance, file: file)
            var spans: [Range<Int>] = []
            for (index, quote) in gold.quotes.enumerated() {
                spans.append(try Self.check(quote, index: index, article: article, file: file))
            }
            self.name = name
            self.text = text
            self.gold = gold
            self.article = article
            self.spans = spans
            self.tokenSpans = spans.map { article.tokens.covered(by: $0) }
        }

        private static func checkArticleStance(_ stance: AnnotatedDocument.ArticleStance?, file: String) throws(EvaluationError) {
            guard let stance else { return }
            guard let label = stance.label else {
                throw EvaluationError(.missingField, file: file, reason: "article stance has no \"label\"")
            }
            guard Vocabulary.articleStances.contains(label) else {
                throw EvaluationError(
                    .unknownLabel, file: file,
                    reason: "unknown article stance label \"\(label)\" (expected one of \(Vocabulary.articleStances.joined(separator: ", ")))")
            }
            for (side, label) in stance.actors.sorted(by: { $0.key < $1.key })
            where !Vocabulary.articleStances.contains(label) {
                throw EvaluationError(
                    .unknownLabel, file: file,
                    reason: "unknown stance label \"\(label)\" of actor \"\(side)\"")
            }
        }

        /// Checks one quote and returns its NFC range in the article.
        private static func check(
            _ quote: AnnotatedDocument.Quote, index: Int, article: NormalizedArticle, file: String
        ) throws(EvaluationError) -> Range<Int> {
            func fail(_ code: EvaluationError.Code, _ reason: String) -> EvaluationError {
                EvaluationError(code, file: file, quoteIndex: index, quoteContent: quote.content, reason: reason)
            }
            guard let content = quote.content else { throw fail(.missingField, "missing field \"content\"") }
            guard let type = quote.type else { throw fail(.missingField, "missing field \"type\"") }
            guard let speaker = quote.speaker else { throw fail(.missingField, "missing field \"speaker\"") }
            guard speaker.name != nil else { throw fail(.missingField, "missing field \"speaker.name\"") }
            guard speaker.kind != nil else { throw fail(.missingField, "missing field \"speaker.kind\"") }
            guard let stance = quote.stance else { throw fail(.missingField, "missing field \"stance\"") }
            guard Vocabulary.quoteTypes.contains(type) else {
                throw fail(.unknownType, "unknown type \"\(type)\" (expected direct, indirect or mixed)")
            }
            guard Vocabulary.quoteStances.contains(stance) else {
                throw fail(.unknownLabel, "unknown stance label \"\(stance)\" (expected normalization, confrontation or neutral)")
            }
            let occurrence = quote.occurrence ?? 1
            guard occurrence >= 1 else { throw fail(.contentNotFound, "occurrence \(occurrence) is not a positive number") }
            guard let range = article.locate(content, occurrence: occurrence) else {
                let found = (1...).prefix { article.locate(content, occurrence: $0) != nil }.count
                throw fail(
                    .contentNotFound,
                    found == 0
                        ? "content not found in the article (after NFC)"
                        : "content found \(found) time(s), not at occurrence \(occurrence)")
            }
            return range
        }
    }

    /// The articles, ordered by name.
    public let articles: [Article]

    /// Creates a corpus from checked articles (ordered by name here).
    public init(articles: [Article]) {
        self.articles = articles.sorted { $0.name < $1.name }
    }

    /// Reads every `.json` file of `gold` and the `.txt` article of the same stem in
    /// `corpus`, checking each gold file.
    /// - Parameters:
    ///   - corpus: The folder of `.txt` articles.
    ///   - gold: The folder of `.json` gold files.
    /// - Throws: ``EvaluationError``: an unreadable folder or file, a gold folder with
    ///   no `.json` file, a gold file without its article, malformed JSON, a missing
    ///   required field, an unknown type or label, content not found at its occurrence.
    public static func load(corpus: URL, gold: URL) throws -> GoldCorpus {
        let entries: [URL]
        do {
            entries = try FileManager.default.contentsOfDirectory(at: gold, includingPropertiesForKeys: nil)
        } catch {
            throw EvaluationError(.unreadable, file: gold.path, reason: "cannot read the gold folder")
        }
        let goldFiles = entries.filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        guard !goldFiles.isEmpty else {
            throw EvaluationError(.emptyGoldFolder, file: gold.path, reason: "the gold folder holds no .json file")
        }
        var articles: [Article] = []
        for file in goldFiles {
            let name = file.deletingPathExtension().lastPathComponent
            let textFile = corpus.appendingPathComponent(name + ".txt")
            guard let textData = try? Data(contentsOf: textFile) else {
                throw EvaluationError(
                    .missingArticle, file: file.path, reason: "no article \(textFile.path) for this gold file")
            }
            guard let goldData = try? Data(contentsOf: file) else {
                throw EvaluationError(.unreadable, file: file.path, reason: "cannot read the gold file")
            }
            let text = String(decoding: textData, as: UTF8.self)
            articles.append(try Article(name: name, text: text, goldData: goldData, file: file.path))
        }
        return GoldCorpus(articles: articles)
    }
}

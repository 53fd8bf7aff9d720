import Foundation
@testable import VietQuote

/// Seeded Vietnamese news sentences for the fuzz tests, built from the project's own lexicons
/// (cues, titles, actors, organisations, function words) and from the dev corpus and its gold
/// (person names, quote contents, real sentences), in the constructions `QuoteRule` names, then
/// mutated. Everything comes from one seed, so a failing case can be replayed from its label.
struct VietnameseSentenceGenerator {
    /// SplitMix64, the generator of the other fuzz tests: the same on every platform.
    typealias Random = FuzzTests.Generator

    /// The words the sentences are made of.
    struct Material: Sendable {
        var cues: [String] = []
        var mediumCues: [String] = []
        var titles: [String] = []
        var titlePrefixes: [String] = []
        var actors: [String] = []
        var organizations: [String] = []
        var venues: [String] = []
        var adverbials: [String] = []
        var temporals: [String] = []
        var honorifics: [String] = []
        var anaphors: [String] = []
        var complementizers: [String] = []
        var persons: [String] = []
        var contents: [String] = []
        var realSentences: [String] = []

        /// The lexicons through the library (`LexiconFiles.builtIn`), the dev gold and corpus from disk.
        static let shared: Material = {
            var material = Material()
            let files = LexiconFiles.builtIn
            for row in rows(files, "cues.tsv") {
                switch row["category"] {
                case "blocker", "source": continue
                case "medium": material.mediumCues.append(row.fields[0])
                default: material.cues.append(row.fields[0])
                }
            }
            for row in rows(files, "titles.tsv") {
                if row["kind"] == "prefix" { material.titlePrefixes.append(row.fields[0]) }
                else if row["kind"] != "suffix" { material.titles.append(row.fields[0]) }
            }
            material.actors = rows(files, "actors.tsv").map { $0.fields[0] }
            material.organizations = rows(files, "organizations.tsv").map { $0.fields[0] }
            for row in rows(files, "function_words.tsv") {
                let phrase = row.fields[0]
                switch row["class"] {
                case "venue": material.venues.append(phrase)
                case "adverbial_head": material.adverbials.append(phrase)
                case "temporal": material.temporals.append(phrase)
                case "honorific": material.honorifics.append(phrase)
                case "anaphor_person": material.anaphors.append(phrase)
                case "complementizer": material.complementizers.append(phrase)
                default: break
                }
            }
            material.readDev()
            return material
        }()

        /// The rows of a lexicon, read with the columns its own header names.
        static func rows(_ files: LexiconFiles, _ name: String) -> [LexiconTable.Row] {
            let text = files.texts[name] ?? ""
            let header = text.split(separator: "\n").first { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            let columns = header.map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) } ?? []
            return ((try? files.table(name, columns: columns))?.rows ?? []).filter { !$0.fields[0].isEmpty }
        }

        /// Person names and quote contents of the dev gold; sentences of the dev articles.
        mutating func readDev() {
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("evaluation")
            let gold = root.appendingPathComponent("gold/dev"), corpus = root.appendingPathComponent("corpus/dev")
            var names = Set<String>(), contents = Set<String>()
            for name in ((try? FileManager.default.contentsOfDirectory(atPath: gold.path)) ?? []).sorted() {
                guard let data = FileManager.default.contents(atPath: gold.appendingPathComponent(name).path),
                      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                      let quotes = object["quotes"] as? [[String: Any]] else { continue }
                for quote in quotes {
                    if let content = quote["content"] as? String { contents.insert(content) }
                    if let speaker = quote["speaker"] as? [String: Any], speaker["kind"] as? String == "person",
                       let name = speaker["name"] as? String, name.contains(" ") { names.insert(name) }
                }
            }
            persons = names.sorted()
            self.contents = contents.sorted()
            for name in ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).sorted() where name.hasSuffix(".txt") {
                guard let text = try? String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8) else { continue }
                for paragraph in text.split(separator: "\n") where paragraph.count > 40 && !paragraph.hasPrefix("!") {
                    realSentences += paragraph.components(separatedBy: ". ").filter { $0.count > 20 }
                }
            }
        }
    }

    let material: Material
    var random: Random

    init(seed: UInt64, material: Material = .shared) {
        self.material = material
        self.random = Random(state: seed)
    }

    mutating func pick(_ items: [String]) -> String { items.isEmpty ? "" : items[Int.random(in: 0..<items.count, using: &random)] }
    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }

    static let openers = ["“", "\"", "'", "‘", "«", "„"]
    static let closers = ["”", "\"", "'", "’", "»", "“"]
    static let dashes = ["-", "–", "—"]

    /// A pair of quotation marks, mostly matched, sometimes crossed.
    mutating func marks() -> (String, String) {
        let index = Int.random(in: 0..<Self.openers.count, using: &random)
        return chance(85) ? (Self.openers[index], Self.closers[index]) : (pick(Self.openers), pick(Self.closers))
    }

    /// `Trong cuộc phỏng vấn tại show Here to Hear,` / `Ngày 5/3,` / `Sau khi …,`.
    mutating func scene() -> String {
        switch Int.random(in: 0..<4, using: &random) {
        case 0: return capitalised(pick(material.venues)) + (chance(50) ? " tại \(pick(material.organizations))" : "") + ","
        case 1: return capitalised(pick(material.adverbials)) + (chance(50) ? " \(Int.random(in: 1...28, using: &random))/\(Int.random(in: 1...12, using: &random))" : "") + ","
        case 2: return capitalised(pick(material.temporals)) + " " + clause() + ","
        default: return "Phát biểu " + pick(material.venues) + ","
        }
    }

    /// A speaker: a person with title and apposition, an organisation, a country, a pronoun.
    mutating func speaker() -> String {
        switch Int.random(in: 0..<6, using: &random) {
        case 0, 1:
            let title = (chance(20) ? pick(material.titlePrefixes) + " " : "") + pick(material.titles)
            let person = pick(material.persons)
            let named = chance(60) ? "\(title) \(person)" : "\(pick(material.honorifics)) \(person)"
            return chance(30) ? "\(capitalised(named)), \(title.lowercased()) \(pick(material.organizations))," : capitalised(named)
        case 2: return pick(material.organizations)
        case 3: return pick(material.actors)
        case 4: return capitalised(pick(material.anaphors))
        default: return "Người phát ngôn \(pick(material.organizations)) \(pick(material.persons))"
        }
    }

    /// Reported words: a real quote content or a piece of a real sentence.
    mutating func clause() -> String {
        let content = chance(70) ? pick(material.contents) : pick(material.realSentences)
        return content.count > 300 ? String(content.prefix(Int.random(in: 20...300, using: &random))) : content
    }

    /// One sentence (or two paragraphs) in one of the constructions of `QuoteRule`.
    mutating func construction() -> String {
        let speaker = chance(30) ? "\(scene()) \(self.speaker())" : self.speaker()
        let cue = pick(material.cues)
        let (open, close) = marks()
        let content = clause()
        switch Int.random(in: 0..<12, using: &random) {
        case 0: return "\(speaker) \(cue) \(pick(material.complementizers)) \(content)."
        case 1: return "\(speaker) \(cue): \(open)\(content)\(close)."
        case 2: return "\(speaker) \(cue), \(content)."
        case 3: return "\(open)\(content)\(close), \(speaker) \(cue)."
        case 4: return "\(open)\(content)\(close) \(pick(Self.dashes)) \(speaker) \(cue)."
        case 5: return "\(capitalised(content)), \(speaker) \(cue)."
        case 6: return "Theo \(self.speaker()), \(content)."
        case 7: return "\(pick(material.organizations)) \(pick(material.mediumCues)) \(self.speaker()) \(cue) \(content)."
        case 8: return "\(speaker) \(cue):\n\n\(open)\(capitalised(content))\(close)"
        case 9:   // a split quote
            let (first, second) = split(content)
            return "\(open)\(first)\(close), \(speaker) \(cue), \(open)\(second)\(close)."
        case 10:  // brackets: the title or an aside in brackets
            return "\(speaker) (\(pick(material.titles))) \(cue) \(pick(["[", "("]))\(content)\(pick(["]", ")"]))."
        default:  // an attributed quote, then a floating one
            return "\(speaker) \(cue): \(open)\(content)\(close)\n\n\(open)\(capitalised(clause()))\(close)"
        }
    }

    mutating func split(_ text: String) -> (String, String) {
        let words = text.split(separator: " ")
        guard words.count > 1 else { return (text, text) }
        let at = Int.random(in: 1..<words.count, using: &random)
        return (words[..<at].joined(separator: " "), words[at...].joined(separator: " "))
    }

    func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    // MARK: - Mutations

    /// Things a mutation inserts: marks, commas, cues, names, and the characters the Text stage
    /// removes or replaces (zero-width, BOM, soft hyphen, CR LF, NBSP).
    mutating func insertion() -> String {
        switch Int.random(in: 0..<7, using: &random) {
        case 0: return pick(Self.openers + Self.closers)
        case 1: return pick([",", ":", ".", ";", " - ", " (", ") ", "[", "]", "…"])
        case 2: return " \(pick(material.cues)) "
        case 3: return " \(pick(material.persons)) "
        case 4: return pick(["\u{FEFF}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{00AD}"])
        case 5: return pick(["\r\n", "\r", "\n\n", "\u{00A0}", "\t", "\u{2028}", "\u{3000}"])
        default: return pick(["e\u{0301}", "a\u{0323}", "\u{0301}", " rằng ", " dẫn lời ", "Theo "])
        }
    }

    /// `sentence` changed one to four times: a mark, comma, cue or name dropped, inserted, doubled
    /// or swapped; the sentence cut; another joined to it.
    mutating func mutated(_ sentence: String) -> String {
        var scalars = Array(sentence.unicodeScalars)
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let at = scalars.isEmpty ? 0 : Int.random(in: 0...scalars.count, using: &random)
            switch Int.random(in: 0..<8, using: &random) {
            case 0, 1: scalars.insert(contentsOf: insertion().unicodeScalars, at: at)
            case 2:   // drop a mark, comma or colon
                if let index = scalars.indices.filter({ "“”\"'‘’«»,:-–—()[]".unicodeScalars.contains(scalars[$0]) })
                    .randomElement(using: &random) { scalars.remove(at: index) }
            case 3:   // double a mark
                if let index = scalars.indices.filter({ "“”\"'‘’«»,:".unicodeScalars.contains(scalars[$0]) })
                    .randomElement(using: &random) { scalars.insert(scalars[index], at: index) }
            case 4:   // swap two words
                var words = String(String.UnicodeScalarView(scalars)).split(separator: " ", omittingEmptySubsequences: false)
                if words.count > 2 {
                    let index = Int.random(in: 0..<(words.count - 1), using: &random)
                    words.swapAt(index, index + 1)
                    scalars = Array(words.joined(separator: " ").unicodeScalars)
                }
            case 5: scalars = Array(scalars.prefix(at))   // cut
            case 6: scalars.append(contentsOf: (pick([" ", "", "\n"]) + construction()).unicodeScalars)   // join
            default:  // drop a word (a cue, a name)
                var words = String(String.UnicodeScalarView(scalars)).split(separator: " ")
                if !words.isEmpty { words.remove(at: Int.random(in: 0..<words.count, using: &random)) }
                scalars = Array(words.joined(separator: " ").unicodeScalars)
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// A case: a generated construction or a real sentence, mutated most of the time.
    mutating func nextCase() -> String {
        let sentence = chance(25) ? pick(material.realSentences) : construction()
        return chance(75) ? mutated(sentence) : sentence
    }
}

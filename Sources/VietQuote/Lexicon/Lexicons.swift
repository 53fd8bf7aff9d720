public import Foundation

/// The raw lexicon files, by file name: the built-in ones compiled from `lexicons/`,
/// or a folder given at run time (`--lexicons DIR`).
public struct LexiconFiles: Sendable {
    /// Where the files came from, for error messages (`lexicons/` or the folder given).
    public var origin: String
    var texts: [String: String]
    /// Whether `table` numbers the words of each table it reads (`WordTable.numberWords`):
    /// every lexicon but the built-in ones, whose words are numbered when the table loads.
    private var numbersWords = true

    /// The lexicons compiled into the library from the package's `lexicons/` folder.
    public static var builtIn: LexiconFiles {
        var files = LexiconFiles(origin: "lexicons", texts: EmbeddedLexicons.files)
        files.numbersWords = false
        return files
    }

    /// Every `.tsv` file of `directory`.
    public init(directory: URL) throws(LexiconError) {
        origin = directory.path
        texts = [:]
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw LexiconError(file: directory.path, line: 0, reason: "cannot list the folder (\(error.localizedDescription))")
        }
        for name in names where name.hasSuffix(".tsv") {
            let url = directory.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw LexiconError(file: url.path, line: 0, reason: "cannot read the file")
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                throw LexiconError(file: url.path, line: 0, reason: "not valid UTF-8")
            }
            texts[name] = text
        }
    }

    init(origin: String, texts: [String: String]) {
        self.origin = origin
        self.texts = texts
    }

    /// The parsed table of `name`, checked against its expected columns.
    package func table(_ name: String, columns: [String]) throws(LexiconError) -> LexiconTable {
        let path = "\(origin)/\(name)"
        guard let text = texts[name] else {
            throw LexiconError(file: path, line: 0, reason: "missing lexicon file")
        }
        let table = try LexiconTable(file: path, text: text, expected: columns)
        if numbersWords { try WordTable.numberWords(of: table) }
        return table
    }
}

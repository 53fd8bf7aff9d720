import Foundation

/// One article to read: a file, or standard input.
struct InputArticle {
    var document: String
    var path: String?
}

enum Inputs {
    /// Files as given; folders expand to every `.txt` below them, in sorted order;
    /// nothing or `-` is standard input.
    static func articles(_ arguments: [String]) throws -> [InputArticle] {
        if arguments.isEmpty { return [InputArticle(document: "stdin", path: nil)] }
        var result: [InputArticle] = []
        let manager = FileManager.default
        for argument in arguments {
            if argument == "-" {
                result.append(InputArticle(document: "stdin", path: nil))
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                result.append(InputArticle(document: stem(argument), path: argument))
                continue
            }
            if isDirectory.boolValue {
                let root = URL(fileURLWithPath: argument)
                var files: [String] = []
                if let enumerator = manager.enumerator(at: root, includingPropertiesForKeys: nil) {
                    for case let url as URL in enumerator where url.pathExtension == "txt" {
                        files.append(url.path)
                    }
                }
                for file in files.sorted() { result.append(InputArticle(document: stem(file), path: file)) }
            } else {
                result.append(InputArticle(document: stem(argument), path: argument))
            }
        }
        return result
    }

    static func stem(_ path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }

    /// The article's text, or the reason it cannot be read.
    static func read(_ article: InputArticle) -> Result<String, ReadError> {
        let data: Data
        if let path = article.path {
            guard let contents = FileManager.default.contents(atPath: path) else {
                return .failure(ReadError(reason: "cannot read \(path)"))
            }
            data = contents
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            return .failure(ReadError(reason: "not valid UTF-8 text"))
        }
        if text.unicodeScalars.contains(where: { $0.value == 0 }) {
            return .failure(ReadError(reason: "binary file (NUL bytes)"))
        }
        return .success(text)
    }
}

struct ReadError: Error {
    var reason: String
}

// Writes seed inputs for the libFuzzer target: sentences (and a few whole paragraphs) of
// the articles of a JSON Lines corpus, one file each. Usage: seeds CORPUS.jsonl FOLDER COUNT
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 4, let count = Int(arguments[3]) else {
    FileHandle.standardError.write(Data("usage: seeds CORPUS.jsonl FOLDER COUNT\n".utf8)); exit(2)
}
let folder = URL(fileURLWithPath: arguments[2])
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
let lines = try String(contentsOfFile: arguments[1], encoding: .utf8).split(separator: "\n")
var written = 0
// Every k-th record, so that the seeds come from the whole corpus.
let stride = max(1, lines.count / count)
for (number, line) in lines.enumerated() where number % stride == 0 && written < count {
    guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
          let text = object["text"] as? String else { continue }
    // The paragraph with the most quotation marks or cues: the one most likely to hold a quote.
    let paragraphs = text.components(separatedBy: "\n").filter { $0.count > 40 && !$0.hasPrefix("![") }
    guard let paragraph = paragraphs.max(by: { score($0) < score($1) }) else { continue }
    let seed = number % 3 == 0 ? paragraph : sentence(of: paragraph)
    try Data(seed.utf8).write(to: folder.appendingPathComponent(String(format: "seed-%05d", number)))
    written += 1
}
print("\(written) seeds in \(folder.path)")

func score(_ paragraph: String) -> Int {
    paragraph.filter { "\"“”:".contains($0) }.count + (paragraph.contains(" cho biết") ? 2 : 0)
        + (paragraph.contains(" nói") ? 1 : 0)
}

/// The sentence of `paragraph` with a quotation mark or a cue, else the first.
func sentence(of paragraph: String) -> String {
    let sentences = paragraph.components(separatedBy: ". ")
    return sentences.first { $0.contains("\"") || $0.contains("“") || $0.contains(" cho biết") } ?? sentences[0]
}

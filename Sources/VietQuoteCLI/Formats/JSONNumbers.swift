import Foundation

/// Numbers in the JSON the tool writes, rounded to `decimals` places: `-0.69`, not
/// `-0.6900000000000001`. Works on the encoded text, so every number of every field
/// (scores, contributions, means) is rounded the same way, now and when fields are
/// added; integers and the contents of strings are left alone.
enum JSONNumbers {
    /// Four decimals: a score's third decimal is what the tables show; one more keeps
    /// means apart without printing binary noise.
    static let decimals = 4

    static func rounded(_ json: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(json.unicodeScalars)
        var index = 0
        var inString = false
        while index < scalars.count {
            let scalar = scalars[index]
            if inString {
                out.append(scalar)
                if scalar == "\\", index + 1 < scalars.count {
                    out.append(scalars[index + 1])
                    index += 2
                    continue
                }
                if scalar == "\"" { inString = false }
                index += 1
                continue
            }
            if scalar == "\"" {
                inString = true
                out.append(scalar)
                index += 1
                continue
            }
            guard scalar == "-" || ("0"..."9").contains(scalar) else {
                out.append(scalar)
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, isNumberScalar(scalars[end]) { end += 1 }
            var token = String.UnicodeScalarView()
            token.append(contentsOf: scalars[index..<end])
            out.append(contentsOf: round(String(token)).unicodeScalars)
            index = end
        }
        return String(out)
    }

    static func isNumberScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || scalar == "-" || scalar == "+" || scalar == "." || scalar == "e" || scalar == "E"
    }

    /// An integer as it is; a fraction rounded, in the shortest form that reads back the
    /// same (`0.5`, `-0.69`, `0` for a rounded zero).
    static func round(_ token: String) -> String {
        guard token.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }), let value = Double(token) else { return token }
        let scale = pow(10.0, Double(decimals))
        let rounded = (value * scale).rounded() / scale
        if rounded == 0 { return "0" }
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        return "\(rounded)"
    }
}

/// Rows as JSON objects (sorted keys, slashes as they are, numbers rounded).
enum JSONRows {
    static func line(_ row: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(row)).map { JSONNumbers.rounded(String(decoding: $0, as: UTF8.self)) } ?? "{}"
    }
}

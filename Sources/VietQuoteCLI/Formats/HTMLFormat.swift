import Foundation
import VietQuote

/// `--format html`: one self-contained page (inline style, no script, no external file).
/// A summary of the corpus comes first, so the article chunks are made as the
/// articles come and kept on disk by the command; the summary counts stay in memory.
struct HTMLFormat: ArticleFormat {
    var needsPage: Bool { true }

    /// The page before the articles: the style and the summary table; then `trend` (the
    /// trend chart and table, when the articles are dated) before the sides.
    static func head(_ summary: CorpusSummary, trend: String = "") -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>VietQuote report</title>
            <style>\(style)</style>
            </head><body>
            <h1>VietQuote report</h1>
            <table class="summary"><tbody>
            <tr><th>articles</th><td>\(summary.articles)</td></tr>
            <tr><th>unreadable</th><td>\(summary.failed)</td></tr>
            <tr><th>quotes</th><td>\(summary.quotes)</td></tr>
            <tr><th>speakers</th><td>\(summary.speakers.count)</td></tr>
            <tr><th>sides</th><td>\(summary.sides.count)</td></tr>
            </tbody></table>

            """
        out += trend
        out += "<h2>Sides</h2>\n<table class=\"sides\"><thead><tr><th>side</th><th>quotes</th><th>mean stance</th><th>label</th></tr></thead><tbody>\n"
        for side in summary.sortedSides() {
            let label = StanceBand.label(side.mean)
            out += "<tr><td>\(escape(side.name))</td><td>\(side.count)</td><td class=\"num\">\(Numbers.score(side.mean))</td>"
            out += "<td><span class=\"label \(label)\">\(label)</span></td></tr>\n"
        }
        out += "</tbody></table>\n"
        out += """
            <p class="legend">Quotes: <mark class="q normalization">normalization</mark> \
            <mark class="q confrontation">confrontation</mark> <mark class="q neutral">neutral</mark>; \
            <u class="cue">cue</u>; <b class="ev pos">evidence +</b> <b class="ev neg">evidence −</b>; \
            grey: lines dropped as boilerplate.</p>

            """
        return out
    }

    static func tail() -> String { "</body></html>\n" }

    func chunk(_ result: ArticleResult, text: String?, paragraphs: [Paragraph]?) -> String {
        var out = "<section class=\"article\">\n<h2>\(Self.escape(result.document))"
        if let stance = result.stance, !result.quotes.isEmpty {
            out += " <span class=\"label \(stance.label.rawValue)\">\(stance.label.rawValue) \(Numbers.score(stance.score))</span>"
        }
        out += " <small>\(result.quotes.count) quote\(result.quotes.count == 1 ? "" : "s")</small></h2>\n"
        if let error = result.error {
            return out + "<p class=\"error\">\(Self.escape(error))</p>\n</section>\n"
        }
        guard let text, let paragraphs else { return out + "</section>\n" }
        let page = Page(text: text, result: result)
        var dropped: [String] = []
        func flushDropped() {
            guard !dropped.isEmpty else { return }
            out += "<details class=\"dropped\"><summary>\(dropped.count) dropped line\(dropped.count == 1 ? "" : "s")</summary>\n"
            out += dropped.joined()
            out += "</details>\n"
            dropped = []
        }
        for paragraph in paragraphs {
            let range = page.source.originalRange(paragraph.range)
            if paragraph.isKept {
                flushDropped()
                out += "<p class=\"\(paragraph.role.rawValue)\">\(page.render(range))</p>\n"
            } else {
                dropped.append("<p title=\"\(Self.escape(paragraph.reason))\">\(Self.escape(page.plain(range)))</p>\n")
            }
        }
        flushDropped()
        return out + "</section>\n"
    }

    /// Text safe inside an element or an attribute value.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { appendEscaped(scalar, to: &out) }
        return out
    }

    static func appendEscaped(_ scalar: Unicode.Scalar, to out: inout String) {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.unicodeScalars.append(scalar)
        }
    }

    static let style = """
        body{font:15px/1.55 system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
        table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:.2em .6em;text-align:left}
        td.num{text-align:right;font-variant-numeric:tabular-nums}
        section.article{border-top:2px solid #888;margin-top:2em}
        p.headline{font-weight:bold;font-size:1.15em}p.lead{font-style:italic}p.caption{font-size:.9em;color:#555}
        mark.q{padding:0 .1em;border-radius:3px}
        .normalization{background:#c8efc8}.confrontation{background:#f7c6c6}.neutral{background:#ececec}.mixed{background:#e4d2f5}
        span.label{font-size:.8em;padding:.05em .4em;border-radius:3px}
        span.who{font-size:.78em;background:#234;color:#fff;border-radius:3px;padding:0 .35em;margin:0 .25em;white-space:nowrap}
        u.cue{text-decoration:underline 2px #036;text-underline-offset:3px}
        b.ev{font-weight:600}b.ev.pos{color:#0a5d0a;border-bottom:2px dotted #0a5d0a}b.ev.neg{color:#9b0d0d;border-bottom:2px dotted #9b0d0d}
        details.dropped{color:#999;font-size:.85em;margin:.3em 0}details.dropped p{margin:.15em 0}
        p.error{color:#a00}
        """
}

/// Labels of a mean, with the cut-off the library uses for groups.
enum StanceBand {
    static func label(_ score: Double) -> String {
        if score >= StanceThresholds.group { return "normalization" }
        if score <= -StanceThresholds.group { return "confrontation" }
        return "neutral"
    }
}

/// One article's text with its quotes, cues and evidence placed on original offsets.
private struct Page {
    let source: SourceText
    let scalars: [Unicode.Scalar]
    /// Spans to mark, properly nested: quotes, the evidence inside them, cues outside.
    var spans: [Span] = []

    struct Span {
        var range: Range<Int>
        var open: String
        var close: String
        /// Written after the close tag, only where the span really ends.
        var after: String = ""
    }

    init(text: String, result: ArticleResult) {
        source = SourceText(text)
        scalars = Array(text.unicodeScalars)
        var quoteRanges: [Range<Int>] = []
        for quote in result.quotes {
            let range = quote.start..<quote.end
            guard range.lowerBound >= 0, range.upperBound <= scalars.count, !range.isEmpty,
                  !quoteRanges.contains(where: { $0.overlaps(range) }) else { continue }
            quoteRanges.append(range)
            let label = quote.stance?.label.rawValue ?? "neutral"
            var who = HTMLFormat.escape(quote.speaker.name)
            if let title = quote.speaker.title { who += " · " + HTMLFormat.escape(title) }
            if let side = quote.speaker.sideLabel { who += " · " + HTMLFormat.escape(side) }
            if let stance = quote.stance { who += " · " + Numbers.score(stance.score) }
            let tip = "\(quote.type.rawValue), \(quote.explanation.quoteRule); speaker: \(quote.explanation.speakerRule)"
            spans.append(Span(
                range: range, open: "<mark class=\"q \(label)\" title=\"\(HTMLFormat.escape(tip))\">", close: "</mark>",
                after: "<span class=\"who\">\(who)</span>"))
            // Evidence: offsets into the content, which is the span itself when NFC left it alone.
            let sameLength = quote.content.unicodeScalars.count == range.count
            for evidence in quote.stance?.evidence ?? [] where evidence.kind == .term {
                guard sameLength, let inner = evidence.range, !inner.isEmpty, inner.upperBound <= range.count else { continue }
                let sign = evidence.contribution >= 0 ? "pos" : "neg"
                spans.append(Span(
                    range: (range.lowerBound + inner.lowerBound)..<(range.lowerBound + inner.upperBound),
                    open: "<b class=\"ev \(sign)\" title=\"\(HTMLFormat.escape(evidence.category)) \(Numbers.score(evidence.contribution))\">",
                    close: "</b>"))
            }
        }
        // Cues: the occurrence of the cue's words nearest to its quote, outside every quote.
        for quote in result.quotes {
            guard let cue = quote.cue, !cue.isEmpty else { continue }
            let needle = Array(cue.unicodeScalars)
            let low = max(0, quote.start - 400), high = min(scalars.count, quote.end + 400)
            var best: Range<Int>?
            var bestDistance = Int.max
            var index = low
            while index + needle.count <= high {
                if scalars[index] == needle[0], Array(scalars[index..<(index + needle.count)]) == needle {
                    let candidate = index..<(index + needle.count)
                    let distance = candidate.upperBound <= quote.start ? quote.start - candidate.upperBound : candidate.lowerBound - quote.end
                    if distance >= 0, distance < bestDistance,
                       !quoteRanges.contains(where: { $0.overlaps(candidate) }),
                       !spans.contains(where: { $0.open.hasPrefix("<u") && $0.range.overlaps(candidate) }) {
                        best = candidate
                        bestDistance = distance
                    }
                }
                index += 1
            }
            if let best { spans.append(Span(range: best, open: "<u class=\"cue\">", close: "</u>")) }
        }
        spans.sort { $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound : $0.range.upperBound > $1.range.upperBound }
    }

    func plain(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[clamped(range)])
        return String(view)
    }

    func clamped(_ range: Range<Int>) -> Range<Int> {
        min(range.lowerBound, scalars.count)..<min(range.upperBound, scalars.count)
    }

    /// The text of `range`, escaped, with the spans that meet it (clipped to it).
    func render(_ range: Range<Int>) -> String {
        let range = clamped(range)
        let local = spans.filter { $0.range.overlaps(range) }
        var out = ""
        var stack: [Span] = []
        var next = 0
        func closeEnding(at position: Int) {
            while let top = stack.last, min(top.range.upperBound, range.upperBound) <= position {
                out += top.close
                if top.range.upperBound <= range.upperBound { out += top.after }
                stack.removeLast()
            }
        }
        for position in range {
            closeEnding(at: position)
            while next < local.count, max(local[next].range.lowerBound, range.lowerBound) <= position {
                let span = local[next]
                next += 1
                // Skip a span that is not nested in the open ones.
                if let top = stack.last, span.range.upperBound > top.range.upperBound { continue }
                out += span.open
                stack.append(span)
            }
            HTMLFormat.appendEscaped(scalars[position], to: &out)
        }
        closeEnding(at: range.upperBound)
        while let top = stack.popLast() { out += top.close }
        return out
    }
}

import Foundation
import VietQuote

/// `--format html`: one self-contained page (inline style, no script, no external file).
/// A summary of the corpus comes first, so the article chunks are made as the
/// articles come and kept on disk by the command; the summary counts stay in memory.
struct HTMLFormat: ArticleFormat {
    var needsPage: Bool { true }

    /// The page before the articles (see `HTMLReport`).
    static func head(_ summary: CorpusSummary) -> String { HTMLReport.head(summary) }

    static func tail() -> String { HTMLReport.tail() }

    func chunk(_ result: ArticleResult, text: String?, paragraphs: [Paragraph]?) -> String {
        let page = text.map { Page(text: $0, result: result) }
        var out = "<section class=\"article\" id=\"\(HTMLAnchors.article(result.document))\">\n"
        out += heading(result, page: page, paragraphs: paragraphs ?? [])
        if let error = result.error {
            return out + "<p class=\"error\">\(Self.escape(error))</p>\n</section>\n"
        }
        guard let page, let paragraphs else { return out + "</section>\n" }
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
                // A markdown link line (an aggregator's headline) shows its text only.
                let shown = MarkdownLink(page.plain(range)).map { range.lowerBound + $0.text.lowerBound..<range.lowerBound + $0.text.upperBound } ?? range
                out += "<p class=\"\(paragraph.role.rawValue)\">\(page.render(shown, end: range.upperBound))</p>\n"
            } else {
                dropped.append("<p title=\"\(Self.escape(paragraph.reason))\">\(Self.escape(page.plain(range)))</p>\n")
            }
        }
        flushDropped()
        return out + "</section>\n"
    }

    /// The article's headline (a link to its source when the page gives an http or https
    /// one), then its name, label and number of quotes.
    func heading(_ result: ArticleResult, page: Page?, paragraphs: [Paragraph]) -> String {
        var headline: String?
        var source: String?
        if let page {
            for paragraph in paragraphs {
                let line = page.plain(page.source.originalRange(paragraph.range))
                let link = MarkdownLink(line)
                if source == nil, let link, link.isWebAddress { source = link.address }
                if headline == nil, paragraph.role == .headline {
                    headline = link.map { String(line.unicodeScalars.dropFirst(1).prefix($0.text.count)) } ?? line
                }
            }
        }
        var out = "<h3>"
        let title = Self.escape(headline ?? result.document)
        out += source.map { "<a href=\"\(Self.escape($0))\" rel=\"noopener noreferrer\">\(title)</a>" } ?? title
        out += "</h3>\n<div class=\"meta\">\(Self.escape(result.document))"
        if let stance = result.stance, !result.quotes.isEmpty {
            out += " <span class=\"label \(stance.label.rawValue)\">\(stance.label.rawValue) \(Numbers.score(stance.score))</span>"
        }
        return out + " \(result.quotes.count) quote\(result.quotes.count == 1 ? "" : "s")</div>\n"
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
}

/// One article's text with its quotes, cues and evidence placed on original offsets.
struct Page {
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
        let marked = QuoteOverlap.holders(result.quotes, count: scalars.count)
        for (index, quote) in result.quotes.enumerated() where marked[index] == index {
            let range = quote.start..<quote.end
            quoteRanges.append(range)
            let label = quote.stance?.label.rawValue ?? "neutral"
            var who = HTMLFormat.escape(quote.speaker.name)
            if let title = quote.speaker.title { who += " · " + HTMLFormat.escape(title) }
            if let side = quote.speaker.sideLabel { who += " · " + HTMLFormat.escape(side) }
            if let stance = quote.stance { who += " · " + Numbers.score(stance.score) }
            let tip = "\(quote.type.rawValue), \(quote.explanation.quoteRule.rawValue); speaker: \(quote.explanation.speakerRule)"
            let classes = ([label] + SpeakerKey.sides(of: quote.speaker).map(HTMLAnchors.sideClass)).joined(separator: " ")
            let id = HTMLAnchors.quote(result.document, index)
            spans.append(Span(
                range: range, open: "<mark class=\"q \(classes)\" id=\"\(id)\" title=\"\(HTMLFormat.escape(tip))\">", close: "</mark>",
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
        range.clamped(toCount: scalars.count)
    }

    /// The text of `range`, escaped, with the spans that meet it (clipped to it). A span's
    /// `after` is written where it ends, if that is before `end` (default: the range's end;
    /// a markdown headline's text passes its line's end, where a quote may end with `]`).
    func render(_ range: Range<Int>, end: Int? = nil) -> String {
        let range = clamped(range)
        let end = max(end ?? range.upperBound, range.upperBound)
        let local = spans.filter { $0.range.overlaps(range) }
        var out = ""
        var stack: [Span] = []
        var next = 0
        func closeEnding(at position: Int) {
            while let top = stack.last, min(top.range.upperBound, range.upperBound) <= position {
                out += top.close
                if top.range.upperBound <= end { out += top.after }
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

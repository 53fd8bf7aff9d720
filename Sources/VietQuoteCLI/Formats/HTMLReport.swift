import VietQuote

/// The parts of the HTML report around the article chunks: the head (style, CSS-only
/// filters, table of contents, summary, sides and speakers) and the tail. Everything is
/// inline: no script, nothing loaded; the only link out is each article's source.
enum HTMLReport {
    /// Rows shown in the sides and speakers tables (the rest is counted below them).
    static let tableRows = 200
    /// Sides that get a filter button: the most quoted ones.
    static let filterSides = 12
    /// Links to a group's quotes shown in its table row.
    static let rowLinks = 12

    static func head(_ summary: CorpusSummary) -> String {
        let sides = CorpusSummary.sorted(summary.sides)
        let filtered = Array(sides.prefix(filterSides))
        var out = """
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>VietQuote report</title>
            <style>\(HTMLStyle.page)\(HTMLStyle.filters(sides: filtered.map(\.name)))</style>
            </head><body>

            """
        out += filterInputs(sides: filtered.map(\.name))
        out += "<header>\n<h1>VietQuote report</h1>\n"
        out += tableOfContents(summary)
        out += filterBar(sides: filtered.map(\.name))
        out += "</header>\n<main>\n"
        out += """
            <h2 id="summary">Summary</h2>
            <table class="summary"><tbody>
            <tr><th>articles</th><td>\(summary.articles)</td></tr>
            <tr><th>unreadable</th><td>\(summary.failed)</td></tr>
            <tr><th>quotes</th><td>\(summary.quotes)</td></tr>
            <tr><th>speakers</th><td>\(summary.speakers.count)</td></tr>
            <tr><th>sides</th><td>\(summary.sides.count)</td></tr>
            </tbody></table>

            """
        out += chart(summary)
        out += groupTable(id: "sides", title: "Sides", groups: sides, speakers: false)
        out += groupTable(id: "speakers", title: "Speakers", groups: CorpusSummary.sorted(summary.speakers), speakers: true)
        out += legend
        out += "<h2 id=\"articles\">Articles</h2>\n"
        return out
    }

    /// The place for a summary chart over time (the trend helper's hook); empty for now.
    static func chart(_ summary: CorpusSummary) -> String { "" }

    static func tail() -> String { "</main>\n</body></html>\n" }

    /// One filter: its radio group, its input's id, and the button's text and class.
    struct FilterChoice {
        var group: String
        var id: String
        var text: String
        var buttonClass: String?
    }

    /// "all" and each stance, then "all" and each of `sides`; the styles' selectors use
    /// the same ids (`HTMLStyle.filters`).
    static func filterChoices(sides: [String]) -> [FilterChoice] {
        [FilterChoice(group: "fstance", id: "fall-st", text: "all")]
            + ["normalization", "confrontation", "neutral"].map { FilterChoice(group: "fstance", id: "fst-\($0)", text: $0, buttonClass: $0) }
            + [FilterChoice(group: "fside", id: "fall-sd", text: "all")]
            + sides.map { FilterChoice(group: "fside", id: "f" + HTMLAnchors.sideClass($0), text: $0) }
    }

    /// The radio buttons the filters read: hidden, before `header` and `main` so that
    /// `:checked ~ main …` selectors reach the page; "all" checked.
    static func filterInputs(sides: [String]) -> String {
        filterChoices(sides: sides).map { choice in
            "<input type=\"radio\" class=\"filter\" name=\"\(choice.group)\" id=\"\(choice.id)\"\(choice.id.hasPrefix("fall-") ? " checked" : "")>"
        }.joined() + "\n"
    }

    /// The buttons: one line per radio group.
    static func filterBar(sides: [String]) -> String {
        var out = "<div class=\"filters\">"
        for choice in filterChoices(sides: sides) {
            if choice.id.hasPrefix("fall-") {
                out += (choice.group == "fstance" ? "" : "<br>") + "<span class=\"fname\">\(choice.group == "fstance" ? "Stance" : "Side")</span>"
            }
            let buttonClass = choice.buttonClass.map { " class=\"\($0)\"" } ?? ""
            out += " <label for=\"\(choice.id)\"\(buttonClass)>\(HTMLFormat.escape(choice.text))</label>"
        }
        return out + "</div>\n"
    }

    static func tableOfContents(_ summary: CorpusSummary) -> String {
        var out = """
            <nav class="toc"><a href="#summary">Summary</a> · <a href="#sides">Sides</a> · \
            <a href="#speakers">Speakers</a> · <a href="#articles">Articles</a>
            <details><summary>\(summary.contents.count) article\(summary.contents.count == 1 ? "" : "s")</summary><ol>

            """
        for entry in summary.contents {
            out += "<li><a href=\"#\(HTMLAnchors.article(entry.document))\">\(HTMLFormat.escape(entry.document))</a> <small>\(entry.quotes)</small></li>\n"
        }
        return out + "</ol></details></nav>\n"
    }

    /// Sides or speakers: name (a link to the first quote), counts per label, the label
    /// by the rule for sides, the mean, and links to the first quotes.
    static func groupTable(id: String, title: String, groups: [CorpusSummary.Group], speakers: Bool) -> String {
        var out = "<h2 id=\"\(id)\">\(title)</h2>\n<div class=\"wide\"><table class=\"groups\"><thead><tr><th>\(speakers ? "speaker" : "side")</th>"
        if speakers { out += "<th class=\"opt\">title</th><th>side</th>" }
        out += "<th>quotes</th><th class=\"opt\" title=\"normalization / confrontation / neutral quotes\">norm. / conf. / neutral</th>"
        out += "<th>label by its quotes</th><th>mean score</th><th class=\"opt\">quotes in the text</th></tr></thead><tbody>\n"
        for group in groups.prefix(tableRows) {
            let tally = group.tally
            let first = group.links.first.map { "<a href=\"#\(HTMLAnchors.quote($0.document, $0.quote))\">\(HTMLFormat.escape(group.name))</a>" } ?? HTMLFormat.escape(group.name)
            out += "<tr><td>\(first)</td>"
            if speakers { out += "<td class=\"opt\">\(HTMLFormat.escape(group.title ?? ""))</td><td>\(HTMLFormat.escape(group.side ?? ""))</td>" }
            out += "<td class=\"num\">\(group.quotes)</td><td class=\"num opt\">\(tally.normalization) / \(tally.confrontation) / \(tally.neutral)</td>"
            out += "<td><span class=\"label \(tally.label.rawValue)\">\(tally.label.rawValue)</span></td>"
            out += "<td class=\"num\">\(Numbers.score(tally.mean))</td><td class=\"links opt\">"
            out += group.links.prefix(rowLinks).enumerated().map { "<a href=\"#\(HTMLAnchors.quote($1.document, $1.quote))\">\($0 + 1)</a>" }.joined(separator: " ")
            if group.quotes > rowLinks { out += " …" }
            out += "</td></tr>\n"
        }
        out += "</tbody></table></div>\n"
        if groups.count > tableRows {
            out += "<p class=\"more\">\(groups.count - tableRows) more \(speakers ? "speakers" : "sides") with fewer quotes (all of them: <code>vietquote \(speakers ? "speakers" : "stance")</code>).</p>\n"
        }
        return out
    }

    static let legend = """
        <p class="legend">Quotes: <mark class="q normalization">normalization</mark> \
        <mark class="q confrontation">confrontation</mark> <mark class="q neutral">neutral</mark>; \
        <u class="cue">cue</u>; <b class="ev pos">evidence +</b> <b class="ev neg">evidence −</b>; \
        grey: lines dropped as boilerplate. A side's or speaker's label is decided by its quotes' \
        labels: the more frequent of normalization and confrontation, neutral when neutral quotes \
        outnumber each; on a tie of the two, the mean score (shown beside it) decides.</p>

        """
}

/// Anchors and class names built from document and side names: every character that is
/// not an ASCII letter or digit is written as its hexadecimal value between `_`, so that
/// two names never share an anchor and any name is a valid fragment, class and selector.
enum HTMLAnchors {
    static func article(_ document: String) -> String { "a-" + encoded(document) }
    static func quote(_ document: String, _ index: Int) -> String { "q\(index + 1)-" + encoded(document) }
    static func sideClass(_ side: String) -> String { "sd-" + encoded(side) }

    static func encoded(_ name: String) -> String {
        var out = ""
        for scalar in name.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "_" + String(scalar.value, radix: 16) + "_"
            }
        }
        return out
    }
}

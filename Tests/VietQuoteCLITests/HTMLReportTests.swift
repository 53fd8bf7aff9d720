import Foundation
import Testing
import VietQuoteTestSupport

/// The HTML report: the headline links to the article's source (only an http or https
/// address), a table of contents and per-side and per-speaker tables whose links all
/// land on a quote, CSS-only filters, labels of 14 px or more, a print style, and nothing
/// loaded from outside.
@Suite struct HTMLReportTests {
    /// Every `href` value of a page, unescaped of `&amp;`.
    static func links(_ html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().map {
            String($0.prefix { $0 != "\"" }).replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    /// Every `id` value of a page.
    static func ids(_ html: String) -> Set<String> {
        Set(html.components(separatedBy: " id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) })
    }

    static let body = "\n\nNgoại trưởng Nga Sergei Lavrov tuyên bố Moscow sẵn sàng đối thoại với Washington."

    @Test func anAggregatorsHeadlineLinksToItsSourceAndShowsAsText() throws {
        let page = "[Nga sẵn sàng đối thoại với Mỹ](https://example.org/the-gioi/nga?id=1&p=2)" + Self.body
        let result = try VietQuoteBinary.run(["extract", "--format", "html"], stdin: Data(page.utf8))
        #expect(result.status == 0)
        #expect(result.out.contains("<h3><a href=\"https://example.org/the-gioi/nga?id=1&amp;p=2\" rel=\"noopener noreferrer\">Nga sẵn sàng đối thoại với Mỹ</a></h3>"))
        // The markdown never shows raw.
        #expect(!result.out.contains("](https"))
        #expect(!result.out.contains("[Nga sẵn sàng"))
        // The one address outside the page is the source.
        #expect(Self.links(result.out).filter { !$0.hasPrefix("#") } == ["https://example.org/the-gioi/nga?id=1&p=2"])
    }

    @Test(arguments: ["javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>", "JavaScript:alert(1)", "//evil.example/x"])
    func anAddressThatIsNotTheWebStaysText(address: String) throws {
        let page = "[Nga sẵn sàng đối thoại với Mỹ](\(address))" + Self.body
        let result = try VietQuoteBinary.run(["extract", "--format", "html"], stdin: Data(page.utf8))
        #expect(result.status == 0)
        #expect(Self.links(result.out).allSatisfy { $0.hasPrefix("#") }, "\(Self.links(result.out))")
        #expect(!result.out.lowercased().contains("<script"))
        #expect(result.out.contains("<h3>Nga sẵn sàng đối thoại với Mỹ</h3>"))
    }

    @Test func everyLinkOfTheDevReportLandsInThePage() throws {
        let result = try VietQuoteBinary.run(["extract", Repository.dev.path, "--format", "html"])
        #expect(result.status == 0)
        let html = result.out
        let ids = Self.ids(html)
        let links = Self.links(html)
        let inside = links.filter { $0.hasPrefix("#") }
        #expect(inside.count > 1000)
        let broken = inside.filter { !ids.contains(String($0.dropFirst())) }
        #expect(broken.isEmpty, "\(broken.prefix(5))")
        // Table of contents: each of the 100 articles; sides and speakers tables link to quotes.
        #expect(html.contains("<nav class=\"toc\">"))
        #expect(inside.filter { $0.hasPrefix("#a-") }.count == 100)
        #expect(html.contains("<h2 id=\"sides\">Sides</h2>") && html.contains("<h2 id=\"speakers\">Speakers</h2>"))
        #expect(html.contains(">Sergei Lavrov</a></td>"))
        // Outside links: at most one per article, each an http(s) source in a headline.
        let outside = links.filter { !$0.hasPrefix("#") }
        #expect(!outside.isEmpty && outside.count <= 100)
        #expect(outside.allSatisfy { $0.hasPrefix("https://") || $0.hasPrefix("http://") })
        #expect(html.components(separatedBy: "<h3><a href=\"http").count - 1 == outside.count)
        for needle in ["src=", "<link", "@import", "url(", "<script", "<iframe"] { #expect(!html.contains(needle)) }
    }

    @Test func filtersNeedNoScriptAndLabelsAreReadable() throws {
        let article = Repository.devArticle("000_7cdfa724fb714c90.txt").path
        let html = try VietQuoteBinary.run(["extract", article, "--format", "html"]).out
        // Radio inputs before main; a rule per stance and per side hides the other articles.
        for id in ["fall-st", "fst-normalization", "fst-confrontation", "fst-neutral", "fall-sd"] {
            #expect(html.contains("id=\"\(id)\""))
            #expect(html.contains("<label for=\"\(id)\""))
        }
        #expect(html.contains("#fst-confrontation:checked~main section.article:not(:has(mark.q.confrontation)){display:none}"))
        let russia = "sd-Nga"
        #expect(html.contains("id=\"f\(russia)\""))
        #expect(html.contains("#f\(russia):checked~main section.article:not(:has(mark.q.\(russia))){display:none}"))
        #expect(html.contains("<mark class=\"q normalization \(russia)\""))
        let inputs = try #require(html.range(of: "id=\"fall-st\""))
        let main = try #require(html.range(of: "<main>"))
        #expect(inputs.lowerBound < main.lowerBound)
        // Print style.
        #expect(html.contains("@media print{"))
        // Labels of 14 px or more: every px size in the style, and em sizes of a 16 px body.
        let style = try #require(html.components(separatedBy: "<style>").dropFirst().first?.components(separatedBy: "</style>").first)
        let screen = style.components(separatedBy: "@media print").first ?? style
        for size in screen.components(separatedBy: "font-size:").dropFirst().map({ String($0.prefix { $0 != ";" && $0 != "}" }) }) {
            if size.hasSuffix("px") { #expect((Double(size.dropLast(2)) ?? 0) >= 14, "\(size)") }
            if size.hasSuffix("em") { #expect((Double(size.dropLast(2)) ?? 0) * 16 >= 14, "\(size)") }
        }
        #expect(screen.contains("span.label{font-size:14px"))
        #expect(screen.contains("span.who{font-size:14px"))
    }
}

import Testing
@testable import VietQuote

/// A title head that names its own body speaks for the body's side
/// (Speakers/Titles/HeadBodySide.swift).
@Suite struct HeadBodySideTests {
    /// The first quote's speaker of `text`: title, affiliation and title rules.
    static func speaker(_ text: String) -> (title: String?, affiliation: String?, rules: [TitleRule])? {
        SpeakerRuleProbe.extractor.extract("Tin thế giới\n\n" + text, document: "t").quotes.first.map {
            ($0.speaker.title, $0.speaker.affiliation, $0.speaker.titleTrace?.rules ?? [])
        }
    }

    /// Dev 424_vnexpress_slovakia: the head `Chủ tịch Ủy ban châu Âu` holds the body `Ủy ban
    /// châu Âu` (organizations.tsv: EU).
    @Test func headNamingABodyTakesItsSide() {
        let found = Self.speaker("Chủ tịch Ủy ban châu Âu (EC) Ursula von der Leyen lên án sự việc, gọi đây là cuộc tấn công hèn hạ nhằm vào Thủ tướng Fico.")
        #expect(found?.title == "Chủ tịch Ủy ban châu Âu")
        #expect(found?.affiliation == "EU")
        #expect(found?.rules.contains(.headBody) == true)
    }

    /// Silver 2024-07-16-hungary: `châu Âu` inside the head `Bộ trưởng Các vấn đề châu Âu` is no
    /// body; the country linked after the head gives the side.
    @Test func sideWordInsideHeadIsNoBody() {
        let found = Self.speaker("\"EU là một tổ chức quốc tế được thành lập bởi các quốc gia thành viên. Ủy ban châu Âu là một cơ quan của EU\", Bộ trưởng Các vấn đề châu Âu của Hungary Janos Boka viết trên mạng xã hội.")
        #expect(found?.affiliation == "Hungary")
        #expect(found?.rules.contains(.headBody) == false)
    }
}

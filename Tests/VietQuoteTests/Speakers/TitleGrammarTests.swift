import Testing
@testable import VietQuote

/// The title grammar: office head + optional body phrase + optional country or body
/// (Speakers/Titles/TitleChain.swift, BodyNames.swift).
@Suite struct TitleGrammarTests {
    // dev 417: a body with a lower-case head and complement, then `của` and a bloc.
    @Test func lowerCaseBodyBeforeALinkedSide() {
        let found = SpeakerRuleProbe.decisions(
            "Người đứng đầu cơ quan ngoại giao của Liên minh châu Âu cho biết các nước thành viên phải tuân thủ phán quyết.")
        #expect(found.first?.speaker.title == "Người đứng đầu cơ quan ngoại giao của Liên minh châu Âu")
        #expect(found.first?.speaker.affiliation == "EU")
    }

    // dev 427, silver: a place noun and the place's name, then the person's name.
    @Test func placeAfterTheTitleLeavesThePersonsName() {
        let found = SpeakerRuleProbe.decisions(
            "Thống đốc tỉnh Zaporizhzhia Ivan Fedorov cho biết bom dẫn đường có thể bay đến thành phố trong vài phút.")
        #expect(found.first?.speaker.name == "Ivan Fedorov")
        #expect(found.first?.speaker.title == "Thống đốc tỉnh Zaporizhzhia")
    }

    // Silver: a place whose syllable is also a family name (`Nông`) stays the place's.
    @Test func familyNameInsideAPlaceStaysThePlaces() {
        let found = SpeakerRuleProbe.decisions(
            "Phó chủ tịch huyện Tam Nông Nguyễn Mạnh Hùng cho biết huyện đã di dời hơn 200 hộ dân.")
        #expect(found.first?.speaker.name == "Nguyễn Mạnh Hùng")
        #expect(found.first?.speaker.title == "Phó chủ tịch huyện Tam Nông")
    }

    // dev 434: the body's abbreviation in brackets is written as part of the title.
    @Test func bracketedAbbreviationOfTheBody() {
        let found = SpeakerRuleProbe.decisions(
            "Tổng thư ký Tổ chức Các quốc gia châu Mỹ (OAS) Luis Almagro lên án vụ binh biến ở Bolivia.")
        #expect(found.first?.speaker.name == "Luis Almagro")
        #expect(found.first?.speaker.title == "Tổng thư ký Tổ chức Các quốc gia châu Mỹ (OAS)")
    }

    // dev 118, 403: the person a post serves, with an honorific, is part of the title.
    @Test func principalWithHonorificIsPartOfTheTitle() {
        let found = SpeakerRuleProbe.decisions(
            "Manuel Adorni, phát ngôn viên của ông Milei, cho biết tổng thống sẽ không xin lỗi.")
        #expect(found.first?.speaker.name == "Manuel Adorni")
        #expect(found.first?.speaker.title == "phát ngôn viên của ông Milei")
    }

    // dev 440: a candidate for an office (titles.tsv prefix `ứng viên`).
    @Test func candidateKeepsTheOffice() {
        let found = SpeakerRuleProbe.decisions(
            "Ứng viên Tổng thống Mỹ của đảng Cộng hòa Donald Trump cho biết ông sẽ tranh luận thêm một lần nữa.")
        #expect(found.first?.speaker.name == "Donald Trump")
        #expect(found.first?.speaker.title == "Ứng viên Tổng thống Mỹ của đảng Cộng hòa")
    }
}

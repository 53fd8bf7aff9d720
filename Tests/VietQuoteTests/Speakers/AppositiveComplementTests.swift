import Testing
@testable import VietQuote

/// A title in an apposition runs over its complement to the closing comma
/// (Speakers/Titles/AppositiveComplement.swift).
@Suite struct AppositiveComplementTests {
    /// A sentence and the title its speaker must get.
    static let titled: [(sentence: String, title: String)] = [
        // Dev 425: a head with a lower-case body and `của` + place.
        ("Ông Tamaz Gambarashvili, người đứng đầu cơ quan quản lý quân sự của Vovchansk, nói với hãng tin Reuters rằng thị trấn vẫn do Ukraine kiểm soát.",
         "người đứng đầu cơ quan quản lý quân sự của Vovchansk"),
        // Dev 414: a body title with its topic (`về` + country).
        ("Bà Jeanine Hennis-Plasschaert, điều phối viên đặc biệt của Liên Hợp Quốc về Lebanon, kêu gọi các bên kiềm chế.",
         "điều phối viên đặc biệt của Liên Hợp Quốc về Lebanon"),
        // Dev 302: a place after the body the chain read is where the body stands.
        ("Ông Hong Min, nhà nghiên cứu tại Viện Thống nhất Quốc gia Hàn Quốc ở Seoul, cho biết Bình Nhưỡng muốn gây sức ép.",
         "nhà nghiên cứu tại Viện Thống nhất Quốc gia Hàn Quốc"),
        // A title closed by its own comma is not run on.
        ("Ông Sergei Lavrov, Ngoại trưởng Nga, cho biết Moscow sẵn sàng đàm phán.", "Ngoại trưởng Nga"),
    ]

    @Test(arguments: titled) func titleRunsToTheComma(_ example: (sentence: String, title: String)) {
        #expect(SpeakerRuleProbe.decisions(example.sentence).first?.speaker.title == example.title)
    }

    // Dev 421: the side right before the comma is the title's side.
    @Test func sideBeforeTheCommaIsTheTitles() {
        let found = SpeakerRuleProbe.decisions(
            "Nghị sĩ David Arakhamia, lãnh đạo đảng Đầy tớ của nhân dân cầm quyền trong quốc hội Ukraine, cho biết nhiều bộ trưởng sẽ bị thay thế.")
        #expect(found.first?.speaker.title == "lãnh đạo đảng Đầy tớ của nhân dân cầm quyền trong quốc hội Ukraine")
        #expect(found.first?.speaker.affiliation == "Ukraine")
    }

    // A verb of saying before the next comma: the clause is the sentence's, not the title's.
    @Test func clauseAfterTheTitleIsLeftOut() {
        let found = SpeakerRuleProbe.decisions(
            "Ông Yasunari Ueno, chuyên gia kinh tế cho biết, ngân hàng trung ương sẽ tăng lãi suất.")
        #expect(found.first?.speaker.title?.contains("cho biết") != true)
    }

    // A person's name after the title is another person's (`Chủ tịch Nghị viện châu Âu Roberta Metsola,`).
    @Test func nameAfterTheTitleIsLeftOut() {
        let found = SpeakerRuleProbe.decisions(
            "Ông Charles Michel, Chủ tịch Hội đồng châu Âu, và bà Roberta Metsola, Chủ tịch Nghị viện châu Âu Roberta Metsola, cho biết bạo lực không thể biện minh.")
        #expect(found.allSatisfy { $0.speaker.title?.hasSuffix("Metsola") != true })
    }
}

import Testing
@testable import VietQuote

/// A title's body with the body above it in brackets (Speakers/Titles/ParentBody.swift), and a
/// noun marker that ends a lower-case word of the body (`dân sự`, BodyNames.swift).
@Suite struct ParentBodyTests {
    // Dev 429: the department's title keeps its lower-case word `dân sự` and its ministry in brackets.
    @Test func bracketedMinistryIsPartOfTheTitle() {
        let found = SpeakerRuleProbe.decisions("""
            Trao đổi với PV Thanh Niên, ông Nguyễn Thắng Lợi, Phó tổng cục trưởng Tổng cục THA dân sự (Bộ Tư pháp), \
            cho biết bản án mà TAND TP.HCM tuyên chưa có hiệu lực pháp luật.
            """)
        #expect(found.first?.speaker.name == "Nguyễn Thắng Lợi")
        #expect(found.first?.speaker.title == "Phó tổng cục trưởng Tổng cục THA dân sự (Bộ Tư pháp)")
    }

    // A department and its ministry, the ministry's country giving no side to a title that has one.
    @Test func bracketedBodyAfterADepartment() {
        let found = SpeakerRuleProbe.decisions("""
            Ông Trần Văn Nam, Vụ trưởng Vụ Pháp chế (Bộ Công Thương), cho biết dự thảo sẽ được trình vào tháng sau.
            """)
        #expect(found.first?.speaker.title == "Vụ trưởng Vụ Pháp chế (Bộ Công Thương)")
    }

    // An age, a place or a side in brackets is no body the post belongs to.
    @Test func ageOrPlaceInBracketsStaysOut() {
        let age = SpeakerRuleProbe.decisions("Ông Trần Văn Nam, Giám đốc Sở Y tế (58 tuổi), cho biết bệnh viện đã đủ thuốc.")
        #expect(age.first?.speaker.title == "Giám đốc Sở Y tế")
        let place = SpeakerRuleProbe.decisions("Ông Trần Văn Nam, Giám đốc Sở Y tế (Hà Nội), cho biết bệnh viện đã đủ thuốc.")
        #expect(place.first?.speaker.title == "Giám đốc Sở Y tế")
    }
}

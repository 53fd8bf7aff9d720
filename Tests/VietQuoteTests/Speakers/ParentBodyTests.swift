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

    // Silver 2024-05-03-danh-ghen-moi-nhat: a department of the ministry named in brackets.
    @Test func bracketedBodyAfterADepartment() {
        let found = SpeakerRuleProbe.decisions("""
            Ngày 3/5, PGS-TS Lương Ngọc Khuê, Cục trưởng Cục Quản lý Khám chữa bệnh (Bộ Y tế) cho biết khi tổ chức tiêm \
            vắc-xin COVID-19 của Astra Zeneca, Tổ chức Y tế thế giới (WHO) cũng đã cảnh báo về tác dụng phụ.
            """)
        #expect(found.first?.speaker.title == "Cục trưởng Cục Quản lý Khám chữa bệnh (Bộ Y tế)")
    }

    // An age, a place or a side in brackets is no body the post belongs to.
    @Test func ageOrPlaceInBracketsStaysOut() {
        let age = SpeakerRuleProbe.decisions("Ông Trần Văn Nam, Giám đốc Sở Y tế (58 tuổi), cho biết bệnh viện đã đủ thuốc.")
        #expect(age.first?.speaker.title == "Giám đốc Sở Y tế")
        let place = SpeakerRuleProbe.decisions("Ông Trần Văn Nam, Giám đốc Sở Y tế (Hà Nội), cho biết bệnh viện đã đủ thuốc.")
        #expect(place.first?.speaker.title == "Giám đốc Sở Y tế")
    }
}

import Testing
@testable import VietQuote

/// `CausativeMention`: after a causative (`khiến`, class `causative` of function_words.tsv)
/// the one made to speak is the speaker, not the cause before it, and the trace says so.
@Suite struct CausativeMentionTests {
    // Silver 2024-04-21-midu, 2024-08-01-miu-le: `X khiến Y <cue>` — Y speaks.
    @Test(arguments: [
        ("Chính điều đó khiến người đẹp khẳng định bản thân đã tìm được hạnh phúc của đời mình.", "người đẹp"),
        ("Điều này khiến cộng đồng mạng cho rằng cả hai đang hẹn hò với nhau.", "cộng đồng mạng"),
    ])
    func theOneMadeToSpeakIsTheSpeaker(sentence: String, name: String) throws {
        let found = try #require(SpeakerRuleProbe.decisions(sentence).first)
        #expect(found.speaker.name == name)
        #expect(found.speaker.mention == name)
        #expect(found.rules.contains(.afterCausative))
    }

    // Silver 2024-07-10-bb-tran: the person the cause names (`Những màn bóng gió của BB Trần`)
    // is the antecedent of the pronoun after it, though the one made to speak is the speaker.
    @Test func personOfTheCauseIsTheAntecedentOfAPronoun() throws {
        let found = SpeakerRuleProbe.decisions("""
            Những màn bóng gió của BB Trần khiến cả hai vợ chồng trong clip phải thốt lên: "Em gái ơi, em sống hơi vội đó!".

            BB Trần vừa có màn trở lại gây sốt trong chương trình Anh Trai Vượt Ngàn Chông Gai. Anh từng tiết lộ rằng đã đầu tư không nhỏ vào cuộc thi.
            """)
        #expect(found.count == 2)
        #expect(found.first?.rules.contains(.afterCausative) == true)
        #expect(found.last?.rules.first == .pronounNearest)
        #expect(found.last?.speaker.name == "BB Trần")
    }

    // A cause that names no person (`Điều này`) adds no antecedent: the pronoun after it finds none.
    @Test func causeWithoutAPersonIsNoAntecedent() throws {
        let found = SpeakerRuleProbe.decisions("""
            Điều này khiến cộng đồng mạng cho rằng cả hai đang hẹn hò với nhau.

            Ông cho biết sẽ không bình luận thêm.
            """)
        #expect(found.last?.rules.first == .pronounUnresolved)
    }

    // Without a causative the subject is read whole as before, and no causative is traced.
    @Test func subjectWithoutACausativeStaysWhole() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Thanh tra Bộ GD-ĐT khẳng định nhà trường đã vi phạm quy định về tuyển sinh.").first)
        #expect(found.speaker.name == "Thanh tra Bộ GD-ĐT")
        #expect(!found.rules.contains(.afterCausative))
    }

    // `làm cho` ("work for") is no causative: the subject before it stays the speaker.
    @Test func workingForIsNoCausative() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Ông Nguyễn Văn Hùng, người làm cho công ty này nhiều năm, cho biết doanh thu đã giảm mạnh.").first)
        #expect(!found.rules.contains(.afterCausative))
    }
}

import Testing
@testable import VietQuote

@Suite struct PronounRuleTests {
    @Test func personalPronounIsTheNearestPersonBefore() {
        let found = SpeakerRuleProbe.decisions("""
            Ngoại trưởng Nga Sergei Lavrov tuyên bố Moscow sẵn sàng bình thường hóa quan hệ với Mỹ.

            "Chúng tôi không muốn đối đầu", ông nói.
            """)
        #expect(found.last?.rules == [.pronounNearest])
        #expect(found.last?.speaker.name == "Sergei Lavrov")
        #expect(found.last?.speaker.mention == "ông")
    }

    // Silver 2024-04-16-steve-jobs: the inclusive `chúng ta` is no speaker named before.
    @Test func inclusiveWeIsNoSpeakerBefore() {
        let found = SpeakerRuleProbe.decisions("""
            Nhà thiết kế Rob Janoff cho biết logo quả táo được vẽ trong hai tuần.

            Điều này khiến chúng ta có thể so sánh Apple với GDP của một quốc gia.
            """)
        #expect(found.count == 2)
        #expect(found.last?.rules.first == .pronounInclusive)
        #expect(found.last?.speaker.name == "")
        #expect(found.last?.speaker.kind == .source)
        #expect(found.last?.speaker.mention == "chúng ta")
    }

    // dev 107: `Bộ này` is the body named before, not a person.
    @Test func bodyAnaphorIsTheNearestBodyBefore() {
        let found = SpeakerRuleProbe.decisions("""
            Bộ ngoại giao Malaysia hôm 4/9 cho biết rằng họ sẽ lập báo cáo cảnh sát và tiến hành điều tra nội bộ về vụ rò rỉ công hàm ngoại giao mật của Bộ ngoại giao Trung Quốc gửi cho đại sứ quán Malaysia tại Bắc Kinh vào tháng 2.

            Bộ này nói rằng công hàm được đăng trong một bài báo của một cơ quan truyền thông Philippines vào ngày 29/8, nhưng không nêu rõ nội dung.
            """)
        #expect(found.last?.rules == [.pronounNearest])
        #expect(found.last?.speaker.name == "Bộ ngoại giao Malaysia")
        #expect(found.last?.speaker.kind == .organization)
    }

    // dev 413: an article whose first quote is `Ông cho hay`.
    @Test func pronounWithNoSpeakerBeforeStaysItself() {
        let found = SpeakerRuleProbe.decisions(
            "Ông cho hay, lính đánh thuê nước ngoài cho Ukraine tham gia vào các hoạt động tác chiến và một số nhiệm vụ khác.")
        #expect(found.map(\.rules) == [[.pronounUnresolved]])
        // Nobody named before: no speaker's name, not a person or source named `Ông`.
        #expect(found.first?.speaker.kind == .source)
        #expect(found.first?.speaker.name == "")
    }

    // silver 2024-05-18-nguyen-thanh-long: a body head with no body before keeps its words.
    @Test func bodyHeadWithNoBodyBeforeKeepsItsWords() {
        let found = SpeakerRuleProbe.decisions("Tòa cho rằng bị cáo biết rõ đề tài nghiên cứu là của Nhà nước.")
        #expect(found.map(\.rules) == [[.pronounUnresolved]])
        #expect(found.first?.speaker.kind == .source)
        #expect(found.first?.speaker.name == "Tòa")
    }

    // A kinship pronoun (speaker_pronouns.tsv) is the nearest person, not a name `Cô`.
    @Test func kinshipPronounIsTheNearestPerson() {
        let found = SpeakerRuleProbe.decisions("""
            Hoa hậu Nguyễn Thúc Thùy Tiên cho biết cô đã chuẩn bị cho cuộc thi suốt nhiều tháng.

            Cô cho rằng khán giả trẻ ngày nay rất tinh tế.
            """)
        #expect(found.last?.rules == [.pronounNearest])
        #expect(found.last?.speaker.name == "Nguyễn Thúc Thùy Tiên")
    }

    // `Anh` is the United Kingdom where the article writes `nước Anh`; elsewhere the pronoun.
    @Test func pronounThatIsASideIsTheSideOnlyWhereTheArticleWritesIt() {
        let country = SpeakerRuleProbe.decisions("""
            Thủ tướng Anh Keir Starmer tới Kiev.

            Anh cho biết sẽ tiếp tục viện trợ cho Ukraine.
            """)
        #expect(country.last?.rules == [.side])
        let pronoun = SpeakerRuleProbe.decisions("""
            Tiền vệ Nguyễn Quang Hải cho biết anh sẵn sàng trở lại đội tuyển.

            Anh cho biết thêm rằng mục tiêu là giành chức vô địch.
            """)
        #expect(pronoun.last?.rules == [.pronounNearest])
        #expect(pronoun.last?.speaker.name == "Nguyễn Quang Hải")
    }

    // dev 430: `Ông nói` opens the quotes of a person named before without a cue.
    @Test func pronounWithNoSpeakerIsThePersonNamedBefore() {
        let found = SpeakerRuleProbe.decisions("""
            Chủ tịch Triều Tiên Kim Jong-un đã thị sát cuộc thử nghiệm UAV tấn công.

            Ông nói: "Cần phải phát triển và sản xuất nhiều UAV hơn nữa".
            """)
        #expect(found.last?.rules == [.pronounNamedBefore])
        #expect(found.last?.speaker.name == "Kim Jong-un")
    }

    @Test func namedMentionIsNoPronoun() {
        let found = SpeakerRuleProbe.decisions("Ông Lavrov cho biết Nga sẵn sàng đàm phán.")
        #expect(found.first?.rules.contains(.pronounNearest) == false)
        #expect(found.first?.speaker.name == "Lavrov")
    }

    // Review10 m7: `Anh ấy`, `Anh ta` (the pronoun + a demonstrative) are the pronoun, never the
    // side England (was `side: actors.tsv:591`).
    @Test(arguments: ["Anh ấy", "Anh ta"])
    func pronounWithADemonstrativeIsNoSide(pronoun: String) {
        let found = SpeakerRuleProbe.decisions("""
            Diễn viên Nine Naphat cho biết bộ phim sẽ đóng máy vào cuối tháng này.

            \(pronoun) chia sẻ: "Tôi cần thời gian cho gia đình."
            """)
        #expect(found.count == 2)
        #expect(found.last?.speaker.name == "Nine Naphat")
        #expect(found.last?.speaker.kind == .person)
        #expect(found.last?.rules.first == .pronounNearest)
    }
    // Silver 2025-01-28-nhac-tet: `Đồng chí` "comrade" (speaker_pronouns.tsv) alone is the
    // official named before, not a name `Đồng chí` (main 12aa057: 8 quotes in 5 articles).
    @Test func comradeAloneIsTheOfficialBefore() {
        let found = SpeakerRuleProbe.decisions("""
            Phó Bí thư Thành ủy TPHCM Nguyễn Phước Lộc chúc nhạc sĩ Lư Nhất Vũ sớm bình phục sức khỏe để trở về bên gia đình và người thân. Đồng chí Nguyễn Phước Lộc cũng trân trọng cảm ơn sự chăm sóc nhiệt tình của đội ngũ y, bác sĩ Bệnh viện 115 dành cho nhạc sĩ Lư Nhất Vũ, cũng như các bệnh nhân đến thăm khám và điều trị tại bệnh viện. Đồng chí dặn dò các y, bác sĩ tích cực điều trị để nhạc sĩ Lư Nhất vũ sớm ổn định sức khỏe.
            """)
        #expect(found.first?.speaker.name == "Nguyễn Phước Lộc")
        #expect(found.last?.speaker.name == "Nguyễn Phước Lộc")
        #expect(found.last?.speaker.kind == .person)
        #expect(found.last?.rules.first == .pronounNearest)
    }
}

extension PronounRuleTests {
    // Silver 2024-12-04-quynh-dao: `văn sĩ` (titles.tsv) is a role before a name, so `bà cho biết`
    // with no speaker before is the writer named with it (was no name).
    @Test func pronounAfterAWritersRoleIsThatWriter() {
        let found = SpeakerRuleProbe.decisions("""
            Chiều 4-12, truyền thông Trung Quốc đưa tin nữ văn sĩ Quỳnh Dao từ bỏ cuộc đời ở tuổi 86.

            Trước khi ra đi, thông qua trang cá nhân, bà cho biết mình không muốn bị số phận chi phối.
            """)
        #expect(found.last?.speaker.name == "Quỳnh Dao")
    }
}

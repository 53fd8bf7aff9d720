import Testing
@testable import VietQuote

/// `LinkTextBracket`: the opening bracket of a link's text (`[headline](url)`) is no part of
/// the speaker; the mention starts after it and the trace says so.
@Suite struct LinkTextBracketTests {
    // Silver 2024-05-08-novaland, 2025-01-18-le-anh-phuong---giam-doc-dai-hoc-hue,
    // 2024-04-17-90%: the speaker was `[Công an`, `[Nhà đầu tư` (the bracket kept in the name).
    @Test(arguments: [
        "[Công an yêu cầu cung cấp nội dung gì liên quan dự án Aqua City ...](https://tuoitre.vn/cong-an-yeu-cau-cung-cap-noi-dung-gi-lien-quan-du-an-aqua-city-cua-novaland-20240508153350037.htm)",
        "[Công an thông tin vụ bắt Giám đốc Đại học Huế](https://dantri.com.vn/phap-luat/cong-an-thong-tin-vu-bat-giam-doc-dai-hoc-hue-20250118161929210.htm)",
        "[Nhà đầu tư đề xuất chỉ thu 90% giá vé tại trạm BOT Phú Hữu, TP.HCM](https://baodautu.vn/nha-dau-tu-de-xuat-chi-thu-90-gia-ve-tai-tram-bot-phu-huu-tphcm-d213260.html)",
    ])
    func bracketIsNoPartOfTheSpeaker(line: String) throws {
        let found = try #require(SpeakerRuleProbe.decisions(line).first)
        #expect(!found.speaker.name.hasPrefix("["))
        #expect(!found.speaker.mention.hasPrefix("["))
        #expect(found.rules.contains(.afterLinkBracket))
    }

    // Silver 2024-04-30-ngay-30-4: a footnote's number in brackets opens no link's text; the
    // bracket before a number is left as it is.
    @Test func footnoteNumberIsLeft() {
        let found = SpeakerRuleProbe.decisions(
            "[1] Thế giới ca ngợi thắng lợi vĩ đại của nhân dân ta, Nxb sự thật, Hà Nội, 1977, các tr.149, 283, 344, 392.")
        #expect(!found.contains { $0.rules.contains(.afterLinkBracket) })
    }

    // Review14 S1, silver 2024-07-24-co-ru-quoc-tang: a tag bracket (`[Photo]`: its `]` before no
    // `(`) opens no link's text; the trace never says it does.
    @Test func tagBracketIsNoLink() {
        let found = SpeakerRuleProbe.decisions(
            "[Photo] Thái Nguyên treo cờ rủ trước ngày Quốc tang Tổng Bí thư ...](https://thainguyentv.vn/photo-thai-nguyen-treo-co-ru-truoc-ngay-quoc-tang-tong-bi-thu-nguyen-phu-trong-105538.html)")
        #expect(!found.contains { $0.rules.contains(.afterLinkBracket) })
    }

    // The same headline as running text (no bracket) is read as before, with no such trace.
    @Test func headlineWithoutBracketHasNoTrace() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Công an yêu cầu cung cấp nội dung gì liên quan dự án Aqua City của Novaland.").first)
        #expect(!found.rules.contains(.afterLinkBracket))
    }
}

import Testing
@testable import VietQuote

/// `AnnouncedObjectRule` (a blocker's cue before a colon or quotation mark announces what
/// follows) on the sentence of review11 (minor 5) and the rows it must leave blocked.
@Suite struct AnnouncedObjectRuleTests: QuoteRuleSuite {
    // review11 m5: a quote before quotes13's `cập nhật thông tin` blocker, none after it.
    @Test func colonAfterTheBlockerAnnounces() throws {
        let body = "Bộ Y tế cập nhật thông tin: cả nước ghi nhận thêm 12 ca bệnh."
        let quote = try #require(quotes(body).first)
        #expect(quote.cue == "thông tin")
        #expect(quote.speaker.name == "Bộ Y tế")
        #expect(quote.content.hasPrefix("cả nước ghi nhận thêm 12 ca bệnh"))
        #expect(refinements(body) == [[.announcedObject]])
    }

    // With no colon the verb takes the information as its object: no quote.
    @Test func blockerWithoutAColonStands() {
        #expect(quotes("Người dân cần cập nhật thông tin thường xuyên để phòng bệnh.").isEmpty)
    }

    // A cue of saying before `thông tin` reports it: cues.tsv keeps `cho biết thêm thông tin:` blocked.
    @Test func cueHeadKeepsItsBlocker() {
        let found = quotes("Ông Nam cho biết thêm thông tin: cả nước ghi nhận thêm 12 ca bệnh.")
        #expect(!found.contains { $0.cue == "thông tin" })
    }

    // Silver: a quotation mark after a blocker opens a name, a capitalised cue is inside a
    // name, and a penalty is no telling: the blockers stand.
    @Test func namesAndPenaltiesKeepTheirBlockers() {
        #expect(quotes("Điệu nhảy với tên gọi \"lắc hông\" đang thu hút cộng đồng mạng.").isEmpty)
        #expect(!quotes("Theo sách của NXB Văn hóa Thông tin: dưới đây là bài cúng giao thừa.").contains { $0.cue == "Thông tin" })
        #expect(!quotes("UBKT quyết định thi hành kỷ luật cảnh cáo: Ban cán sự đảng UBND tỉnh.").contains { $0.cue == "cảnh cáo" })
    }
}

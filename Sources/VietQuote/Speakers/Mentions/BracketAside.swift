/// An unnamed source's words end before a bracket that its mention opens and does not close:
/// the bracket is the writer's aside (a place, an abbreviation, a note) whose closing mark
/// was dropped with the punctuation before the cue. The aside's side still counts.
///
/// Recognises: silver 2024-06-02-thay-minh-tue `cơ quan chức năng huyện Phong Điền (Thừa
/// Thiên Huế) đã xác nhận …` → `cơ quan chức năng huyện Phong Điền`; 2024-05-29-shein `Các nhà
/// chức trách ở Seoul (Hàn Quốc) cho biết …` → `Các nhà chức trách ở Seoul`, side Hàn Quốc
/// (`source: ends before a bracketed aside`).
/// Rejects: a bracket closed inside the mention (`Các tiểu vương quốc Ả Rập thống nhất
/// (UAE), Bahrain và Qatar`), and one that opens the source's words (nothing before it).
enum BracketAside {
    /// Where the unclosed bracket in `words` opens, or nil.
    static func start(in tokens: [Token], _ words: Range<Int>) -> Int? {
        var open: Int?
        for position in words where tokens[position].kind == .punctuation {
            if tokens[position].key == "(" {
                open = open ?? position
            } else if tokens[position].key == ")" {
                open = nil
            }
        }
        guard let open, open > words.lowerBound else { return nil }
        return open
    }
}

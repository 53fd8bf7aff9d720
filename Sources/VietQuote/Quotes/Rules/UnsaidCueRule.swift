/// Words not said: a negator or a passive before the cue (`không trả lời`, `bị cáo buộc`),
/// also over auxiliaries (`đã không ngay lập tức trả lời`), or a word after the cue that makes
/// it a noun (`tuyên bố này`, `tuyên bố được … đưa ra`). Otherwise it moves the subject's end
/// left over the auxiliaries (`đã`, `cũng`, `vừa`) for the subject sieves.
///
/// Example (rejected): "Điện Kremlin đã không ngay lập tức trả lời yêu cầu bình luận."
/// Passes: "Ông Peskov cũng cho biết …" (the subject ends before `cũng`).
struct UnsaidCueRule: AttributionRule {
    let id = QuoteRule.unsaid

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        let cue = reading.hit.range
        if view.phrase(.negator, endingAt: cue.lowerBound) != nil || view.phrase(.passive, endingAt: cue.lowerBound) != nil {
            return .rejected
        }
        let after = cue.upperBound
        if after < view.end, view.match(.venue, at: after) == nil, view.match(.nounFollower, at: after) != nil {
            return .rejected
        }
        // The subject: leftwards over auxiliaries to the noun phrase.
        while true {
            if view.phrase(.attribute, endingAt: reading.subjectEnd) != nil {
                break   // `một số nguồn không chính thức cho rằng`
            } else if let start = view.phrase(.auxiliary, endingAt: reading.subjectEnd), start < reading.subjectEnd {
                reading.subjectEnd = start
            } else if view.phrase(.negator, endingAt: reading.subjectEnd) != nil {
                return .rejected   // `đã không ngay lập tức trả lời`
            } else {
                break
            }
        }
        reading.cutPoint = reading.subjectEnd
        return .undecided
    }
}

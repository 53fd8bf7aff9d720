/// The report's style sheet: the page, the CSS-only filters and the print style.
enum HTMLStyle {
    static let page = """
        body{font:16px/1.6 system-ui,sans-serif;max-width:1100px;margin:0 auto;padding:0 1em 2em;color:#222}
        header{border-bottom:1px solid #ccc;padding:.5em 0}
        h1{margin:.3em 0}h2{margin:1.2em 0 .4em}
        nav.toc{font-size:15px}nav.toc ol{columns:2;font-size:14px;margin:.3em 0}
        div.filters{margin:.5em 0;font-size:14px;line-height:2.2}
        div.filters label{border:1px solid #889;border-radius:4px;padding:.15em .55em;cursor:pointer;white-space:nowrap}
        span.fname{font-weight:600;display:inline-block;min-width:3.5em}
        input.filter{position:absolute;opacity:0;pointer-events:none}
        div.wide{overflow-x:auto}
        table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;font-size:14px}
        td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}td.links a{margin-right:.3em}
        p.more,p.legend{font-size:14px;color:#444}
        section.article{border-top:2px solid #888;margin-top:2em;overflow-wrap:anywhere}
        section.article h3{font-size:1.25em;margin:.6em 0 .2em}
        div.meta{font-size:14px;color:#555}
        p.headline{font-weight:bold;font-size:1.15em}p.lead{font-style:italic}p.caption{font-size:.9em;color:#555}
        mark.q{padding:0 .1em;border-radius:3px;scroll-margin-top:2em}mark.q:target{outline:3px solid #e80}
        .normalization{background:#c8efc8}.confrontation{background:#f7c6c6}.neutral{background:#ececec}.mixed{background:#e4d2f5}
        span.label{font-size:14px;padding:.05em .4em;border-radius:3px;white-space:nowrap}
        span.who{font-size:14px;background:#234;color:#fff;border-radius:3px;padding:0 .35em;margin:0 .25em}
        u.cue{text-decoration:underline 2px #036;text-underline-offset:3px}
        b.ev{font-weight:600}b.ev.pos{color:#0a5d0a;border-bottom:2px dotted #0a5d0a}b.ev.neg{color:#9b0d0d;border-bottom:2px dotted #9b0d0d}
        details.dropped{color:#888;font-size:14px;margin:.3em 0}details.dropped p{margin:.15em 0}
        p.error{color:#a00}
        @media (max-width:600px){body{font-size:15px;padding:0 .6em 2em}nav.toc ol{columns:1}th.opt,td.opt{display:none}
        th,td{padding:.2em .4em}}
        @media print{input.filter,div.filters,nav.toc details,details.dropped{display:none}
        body{max-width:none;font-size:11pt}a{color:inherit}mark.q,span.label,span.who{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        section.article h3{break-after:avoid}tr,mark.q{break-inside:avoid}
        section.article h3 a[href^="http"]::after{content:" (" attr(href) ")";font-size:9pt;font-weight:normal;word-break:break-all}}

        """

    /// One rule set per filter: the checked stance or side leaves the other quotes
    /// unmarked and hides the articles without one of its quotes.
    static func filters(sides: [String]) -> String {
        var out = "label[for]:hover{background:#eef}\n"
        out += "#fall-st:checked~header label[for=fall-st],#fall-sd:checked~header label[for=fall-sd]{background:#234;color:#fff}\n"
        var selectors: [(input: String, quoteClass: String)] = []
        for label in ["normalization", "confrontation", "neutral"] { selectors.append(("fst-\(label)", label)) }
        for side in sides { selectors.append(("f" + HTMLAnchors.sideClass(side), HTMLAnchors.sideClass(side))) }
        for (input, quoteClass) in selectors {
            out += "#\(input):checked~header label[for=\(input)]{background:#234;color:#fff}"
            out += "#\(input):checked~main section mark.q:not(.\(quoteClass)){background:none}"
            out += "#\(input):checked~main section mark.q:not(.\(quoteClass))+span.who{display:none}"
            out += "#\(input):checked~main section.article:not(:has(mark.q.\(quoteClass))){display:none}\n"
        }
        return out
    }
}

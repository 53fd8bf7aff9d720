import Testing
@testable import VietQuote

/// Reading the lexicon files at start: the fields of their lines read by bytes are those read
/// by `Character`, and a phrase's match keys read without a `SourceText` are those read with one.
@Suite struct LexiconReadingTests {
    /// Every built-in lexicon file, by bytes and by characters: the same fields.
    @Test func fieldsByBytesAreFieldsByCharacters() {
        for (name, text) in LexiconFiles.builtIn.texts {
            let bytes = LexiconTable.fieldsOfLinesByBytes(text)
            #expect(bytes != nil, "\(name)")
            #expect(bytes == LexiconTable.fieldsOfLinesByCharacters(text), "\(name)")
        }
    }

    /// A CR, a combining mark, a scalar outside the ranges read by bytes (`©` is inside,
    /// `€` and an emoji are not) after a run of ASCII: read by characters.
    @Test func textsOutsideTheByteRangesAreReadByCharacters() {
        #expect(LexiconTable.fieldsOfLinesByBytes("phrase\tclass\r\nông\tperson") == nil)
        #expect(LexiconTable.fieldsOfLinesByBytes("phrase\tclass\nhoa\u{300}\tperson") == nil)
        #expect(LexiconTable.fieldsOfLinesByBytes("phrase\tclass\nabcdefghijk\u{20AC}") == nil)
        #expect(LexiconTable.fieldsOfLinesByBytes("phrase\tclass\nabcdefghijk\u{1F600}") == nil)
        #expect(LexiconTable.fieldsOfLinesByBytes("phrase\tclass\n# c\n\n  ông  \t©x") == [["phrase", "class"], nil, nil, ["ông", "©x"]])
        #expect(LexiconTable.fieldsOfLinesByBytes("") == [nil])
    }

    /// Every field of every built-in lexicon file: its match keys as `MatchKey.words` reads
    /// them are those of its `SourceText` tokenised with the process's word table.
    @Test func phraseKeysAreTheKeysOfTheirSourceText() {
        for (_, text) in LexiconFiles.builtIn.texts {
            for fields in LexiconTable.fieldsOfLinesByCharacters(text) {
                for field in fields ?? [] {
                    let source = SourceText(field)
                    let expected = Tokenizer.tokens(in: source, range: 0..<source.count).map(\.key)
                    #expect(MatchKey.words(field) == expected, "\(field)")
                }
            }
        }
    }

    /// Scalars normalising leaves as they are come back as they are; any other text, nil.
    @Test func unchangedScalarsAreTheSourceTextsScalars() {
        for text in ["Nguyễn Văn Hòa", "Ủy ban — “Hà Nội”", "a\nb", ""] {
            #expect(SourceText.unchangedScalars(text) == SourceText(text).scalars)
        }
        for text in ["a\tb", "a\u{A0}b", "hoa\u{300}", "a\r\nb", "x\u{200B}y"] {
            #expect(SourceText.unchangedScalars(text) == nil, "\(text.unicodeScalars.map(\.value))")
        }
    }
}

/// `LexiconTable.Row.shortDecimal`: the numbers of the lexicons read without the C library,
/// to the same doubles.
@Suite struct ShortDecimalTests {
    /// Every field of every built-in lexicon file that `Double` reads: a short decimal gives
    /// the same double (bit for bit), and most numeric fields are short decimals.
    @Test func lexiconNumbersAreReadAsDoubleReadsThem() {
        var read = 0
        for (_, text) in LexiconFiles.builtIn.texts {
            for fields in LexiconTable.fieldsOfLinesByCharacters(text) {
                for field in fields ?? [] {
                    guard let value = Double(field) else { continue }
                    if let short = LexiconTable.Row.shortDecimal(field) {
                        #expect(short.bitPattern == value.bitPattern, "\(field)")
                        read += 1
                    }
                }
            }
        }
        #expect(read > 1000)
    }

    @Test func edgesAreLeftToDouble() {
        for text in ["0.1", "-2.5", "-0", "0.000000000000001", "999999999999999", "0.3", "1.5", "12", "0.35"] {
            if let short = LexiconTable.Row.shortDecimal(text) {
                #expect(short.bitPattern == Double(text)!.bitPattern, "\(text)")
            }
        }
        for text in ["", "-", ".5", "5.", "+1", "1e3", "1.2.3", " 1", "1 ", "--1", "1234567890123456", "nan", "0x10"] {
            #expect(LexiconTable.Row.shortDecimal(text) == nil, "\(text)")
        }
        #expect(LexiconTable.Row.shortDecimal("0.1") == 0.1)
        #expect(LexiconTable.Row.shortDecimal("-0")!.sign == .minus)
    }
}

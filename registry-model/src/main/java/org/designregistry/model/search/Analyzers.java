package org.designregistry.model.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analysers of the index: English (stop words, Porter stemming) for the text fields that are
 * searched, and plain words (lower-cased, accents folded, no stemming) for the fields that
 * type-ahead prefixes and typo corrections are matched in.
 */
final class Analyzers {

    /** The analyser of every field: plain for the word fields, English for the rest. */
    static final Analyzer INDEX =
            new PerFieldAnalyzerWrapper(
                    new EnglishAnalyzer(),
                    Map.of(Fields.LABEL_WORDS, plain(), Fields.WORDS, plain()));

    private Analyzers() {}

    /** Returns the tokens the plain analyser makes of a text: lower-cased, unstemmed words. */
    static List<String> plainWords(String text) {
        return tokens(Fields.WORDS, text);
    }

    /** Returns the terms the English analyser makes of a text: stemmed, without stop words. */
    static List<String> englishTerms(String text) {
        return tokens(Fields.LABEL, text);
    }

    private static List<String> tokens(String field, String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = INDEX.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static Analyzer plain() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream filtered = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, filtered);
            }
        };
    }
}

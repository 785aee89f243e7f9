package org.designregistry.model.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.junit.jupiter.api.Test;

/**
 * Single-term values fit Lucene whatever their length, and the index survives one that does not.
 */
class IndexKeysTest {

    @Test
    void keepsValuesThatFitAsTheyAre() {
        String value = "x".repeat(IndexKeys.MAX_CHARS);
        assertThat(IndexKeys.key(value)).isSameAs(value);
        assertThat(IndexKeys.prefix(value)).isSameAs(value);
    }

    @Test
    void hashesLongKeysToDistinctTermsUnderLucenesLimit() {
        String common = "\u20ac".repeat(20_000);
        String a = IndexKeys.key(common + "a");
        String b = IndexKeys.key(common + "b");

        assertThat(a).isNotEqualTo(b).isEqualTo(IndexKeys.key(common + "a"));
        assertThat(a.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(IndexKeys.LUCENE_MAX_BYTES);
    }

    @Test
    void cutsLongPrefixesWithoutSplittingACharacter() {
        String value = "a".repeat(IndexKeys.MAX_CHARS - 1) + "\ud83d\ude00" + "b".repeat(10);
        String prefix = IndexKeys.prefix(value);

        assertThat(value).startsWith(prefix);
        assertThat(prefix).hasSize(IndexKeys.MAX_CHARS - 1);
    }

    @Test
    void leavesOutADocumentLuceneRefusesAndIndexesTheRest() throws Exception {
        try (SearchIndex index = SearchIndex.inMemory(ResourceDocuments.facetsConfig())) {
            List<String> refused = new ArrayList<>();
            int indexed =
                    index.replaceAll(
                            List.of(
                                            document("urn:ex:ok", "ok"),
                                            document("urn:ex:bad", "b".repeat(40_000)))
                                    .iterator(),
                            (doc, why) -> refused.add(doc.get(Fields.IRI) + ": " + why));

            assertThat(indexed).isOne();
            assertThat(index.size()).isOne();
            assertThat(refused)
                    .singleElement()
                    .asString()
                    .startsWith("urn:ex:bad: ")
                    .contains("immense");
        }
    }

    private static Document document(String iri, String key) {
        Document doc = new Document();
        doc.add(new StoredField(Fields.IRI, iri));
        doc.add(new StringField(Fields.DISPLAY_KEY, key, Field.Store.NO));
        return doc;
    }
}

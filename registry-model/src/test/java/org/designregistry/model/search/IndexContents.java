package org.designregistry.model.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Everything an index holds, keyed by resource IRI so that two indexes compare whatever their
 * segments and document numbers: each live document's stored fields, and each field's terms with
 * the resources (and term frequencies) that hold them. Facet values are indexed terms too.
 */
record IndexContents(
        SortedMap<String, SortedMap<String, List<String>>> stored,
        SortedMap<String, SortedMap<String, SortedMap<String, Integer>>> postings) {

    /** Returns the contents of a registry's index. */
    static IndexContents of(RegistrySearch search) {
        return search.read(
                searcher -> {
                    try {
                        return read(searcher.getIndexReader());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static IndexContents read(IndexReader reader) throws IOException {
        SortedMap<String, SortedMap<String, List<String>>> stored = new TreeMap<>();
        SortedMap<String, SortedMap<String, SortedMap<String, Integer>>> postings = new TreeMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader r = leaf.reader();
            Bits live = r.getLiveDocs();
            StoredFields fields = r.storedFields();
            String[] iris = new String[r.maxDoc()];
            for (int doc = 0; doc < r.maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                Document d = fields.document(doc);
                iris[doc] = d.get(Fields.IRI);
                SortedMap<String, List<String>> values = new TreeMap<>();
                d.getFields()
                        .forEach(
                                f ->
                                        values.computeIfAbsent(f.name(), k -> new ArrayList<>())
                                                .add(f.stringValue()));
                values.values().forEach(v -> v.sort(null));
                stored.put(iris[doc], values);
            }
            for (FieldInfo info : r.getFieldInfos()) {
                Terms terms = r.terms(info.name);
                if (terms == null) {
                    continue;
                }
                TermsEnum e = terms.iterator();
                for (BytesRef term = e.next(); term != null; term = e.next()) {
                    String text = term.utf8ToString();
                    PostingsEnum p = e.postings(null, PostingsEnum.FREQS);
                    for (int doc = p.nextDoc();
                            doc != DocIdSetIterator.NO_MORE_DOCS;
                            doc = p.nextDoc()) {
                        if (iris[doc] == null) {
                            continue;
                        }
                        postings.computeIfAbsent(info.name, k -> new TreeMap<>())
                                .computeIfAbsent(text, k -> new TreeMap<>())
                                .merge(iris[doc], p.freq(), Integer::sum);
                    }
                }
            }
        }
        return new IndexContents(stored, postings);
    }

    /** Returns the IRIs of the documents. */
    TreeSet<String> resources() {
        return new TreeSet<>(stored.keySet());
    }

    /** Returns the resources that hold a term in a field. */
    Map<String, Integer> holders(String field, String term) {
        return postings.getOrDefault(field, new TreeMap<>()).getOrDefault(term, new TreeMap<>());
    }
}

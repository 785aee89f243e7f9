package org.designregistry.model.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.DrillSideways.DrillSidewaysResult;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.designregistry.model.search.SearchResult.FacetCount;
import org.designregistry.model.search.SearchResult.Hit;

/**
 * Runs one search over one searcher: the query with its facet filters, the page of hits with
 * snippets, and the facet counts (drill sideways, so each facet's counts ignore its own filter).
 */
final class HitSearch {

    /** Best score first; equal scores by identifier, then label, for a stable order. */
    static final Sort ORDER =
            new Sort(SortField.FIELD_SCORE, new SortField(Fields.SORT, SortField.Type.STRING));

    /** Browsing without words: by identifier, then label. */
    static final Sort BROWSE_ORDER = new Sort(new SortField(Fields.SORT, SortField.Type.STRING));

    /** Snippets come from the description when it matched, else from a label. */
    private static final String[] SNIPPET_FIELDS = {
        Fields.DESCRIPTION, Fields.LABEL, Fields.ALT_LABEL
    };

    /** The most values of one facet a result lists, besides those filtered on. */
    static final int MAX_FACET_VALUES = 30;

    /** A description's opening, shown when no text matched (an identifier or facet search). */
    private static final int OPENING_LENGTH = 160;

    private final FacetedSearcher searcher;
    private final FacetsConfig config;
    private final TermLabels terms;
    private final Function<String, String> workstreamLabels;

    HitSearch(
            FacetedSearcher searcher,
            FacetsConfig config,
            TermLabels terms,
            Function<String, String> workstreamLabels) {
        this.searcher = searcher;
        this.config = config;
        this.terms = terms;
        this.workstreamLabels = workstreamLabels;
    }

    SearchResult run(Query query, SearchQuery search) throws IOException {
        if (searcher.facetState() == null) {
            return new SearchResult(0, search.offset(), List.of(), Map.of());
        }
        DrillDownQuery drill = new DrillDownQuery(config, query);
        search.filters()
                .forEach(
                        (facet, values) ->
                                values.stream()
                                        .sorted()
                                        .forEach(value -> drill.add(facet.key(), value)));
        DrillSideways sideways = new DrillSideways(searcher, config, searcher.facetState());
        int wanted = search.offset() + search.limit();
        // Without words every score is equal: order by identifier alone, and score nothing.
        boolean browsing = query instanceof MatchAllDocsQuery;
        DrillSidewaysResult result =
                sideways.search(
                        drill, null, null, wanted, browsing ? BROWSE_ORDER : ORDER, !browsing);
        ScoreDoc[] page =
                Arrays.copyOfRange(
                        result.hits.scoreDocs,
                        Math.min(search.offset(), result.hits.scoreDocs.length),
                        result.hits.scoreDocs.length);
        return new SearchResult(
                result.hits.totalHits.value,
                search.offset(),
                hits(page, query),
                facets(result, search.filters()));
    }

    private List<Hit> hits(ScoreDoc[] page, Query query) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        int[] docs = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
        UnifiedHighlighter highlighter =
                UnifiedHighlighter.builder(searcher, Analyzers.INDEX)
                        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                        .withMaxNoHighlightPassages(0)
                        // Offsets straight from the postings, per term: matching the whole query
                        // again for every hit ("weight matches") tripled the cost of a search.
                        // Typos and prefixes are expanded to plain terms before they get here.
                        .withWeightMatches(false)
                        .withHandleMultiTermQuery(false)
                        .withPassageRelevancyOverSpeed(false)
                        .build();
        int[] passages = new int[SNIPPET_FIELDS.length];
        Arrays.fill(passages, 1);
        Map<String, String[]> snippets =
                highlighter.highlightFields(SNIPPET_FIELDS, query, docs, passages);
        StoredFields stored = searcher.storedFields();
        List<Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document doc = stored.document(docs[i]);
            hits.add(
                    new Hit(
                            doc.get(Fields.IRI),
                            orEmpty(doc.get(Fields.IDENTIFIER)),
                            doc.get(Fields.DISPLAY),
                            orEmpty(doc.get(Fields.TYPE)),
                            orEmpty(doc.get(Fields.TYPE_LABEL)),
                            Float.isNaN(page[i].score) ? 0f : page[i].score,
                            snippet(snippets, i, doc)));
        }
        return hits;
    }

    private static String snippet(Map<String, String[]> snippets, int i, Document doc) {
        for (String field : SNIPPET_FIELDS) {
            String[] perDoc = snippets.get(field);
            if (perDoc != null && perDoc[i] != null) {
                return perDoc[i].replace('\u0000', ' ').strip();
            }
        }
        String description = doc.get(Fields.DESCRIPTION);
        if (description == null) {
            return "";
        }
        String opening =
                description.length() <= OPENING_LENGTH
                        ? description
                        : description.substring(0, OPENING_LENGTH).strip() + "…";
        return escape(opening);
    }

    private Map<SearchFacet, List<FacetCount>> facets(
            DrillSidewaysResult result, Map<SearchFacet, Set<String>> filters) throws IOException {
        Map<SearchFacet, List<FacetCount>> facets = new EnumMap<>(SearchFacet.class);
        for (SearchFacet facet : SearchFacet.values()) {
            FacetResult counts;
            try {
                counts = result.facets.getAllChildren(facet.key());
            } catch (IllegalArgumentException e) {
                // No document has a value for this facet.
                counts = null;
            }
            LabelAndValue[] all = counts == null ? new LabelAndValue[0] : counts.labelValues;
            Arrays.sort(
                    all,
                    Comparator.comparingLong((LabelAndValue lv) -> lv.value.longValue())
                            .reversed()
                            .thenComparing(lv -> lv.label));
            // The most frequent values, and any value filtered on, however rare.
            Set<String> chosen = filters.getOrDefault(facet, Set.of());
            List<FacetCount> values = new ArrayList<>();
            for (int i = 0; i < all.length; i++) {
                if (i < MAX_FACET_VALUES || chosen.contains(all[i].label)) {
                    values.add(
                            new FacetCount(
                                    all[i].label,
                                    label(facet, all[i].label),
                                    all[i].value.longValue()));
                }
            }
            facets.put(facet, List.copyOf(values));
        }
        return facets;
    }

    private String label(SearchFacet facet, String value) {
        return switch (facet) {
            case WORKSTREAM -> workstreamLabels.apply(value);
            case ILLUSTRATIVE -> Boolean.parseBoolean(value) ? "Illustrative" : "Not illustrative";
            default -> terms.labelOfKey(value);
        };
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                case '/' -> out.append("&#x2F;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}

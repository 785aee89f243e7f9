package org.designregistry.model.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.designregistry.model.Registry;
import org.designregistry.model.internal.Labels;
import org.designregistry.model.search.SearchResult.FacetCount;
import org.designregistry.ontology.RegistryOntology;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Facet counts over the MHHS sample, checked against SPARQL counts of the same graph (and against
 * the sample's documented figures where it states them).
 */
class RegistrySearchFacetTest {

    private static final String PREFIXES =
            """
            PREFIX dr: <https://w3id.org/design-registry#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    private static Registry mhhs;

    @BeforeAll
    static void open() {
        mhhs = SearchFixtures.mhhs();
    }

    @AfterAll
    static void close() {
        mhhs.close();
    }

    @Test
    void countsTheSampleByTypeIncludingRegistrySuperclasses() {
        Map<String, Long> types = counts(everything(), SearchFacet.TYPE);

        assertThat(types)
                .containsEntry("Interface", 79L)
                .containsEntry("BusinessProcess", 120L)
                .containsEntry("DataItem", 157L)
                .containsEntry("DesignArtefact", 35L)
                .containsEntry("Workstream", 5L)
                .containsEntry("Requirement", 64L);
        assertThat(types.get("Requirement"))
                .isEqualTo(
                        types.get("FunctionalRequirement") + types.get("NonFunctionalRequirement"));
        assertThat(types.get("GoverningBody")).isGreaterThan(types.get("WorkingGroup"));
        assertThat(types)
                .as("asserted types, by SPARQL")
                .containsAllEntriesOf(
                        sparql(
                                "SELECT ?key (COUNT(DISTINCT ?s) AS ?n) { ?s a ?c ."
                                        + " FILTER(STRSTARTS(STR(?c), STR(dr:)))"
                                        + " FILTER(?c NOT IN (dr:GoverningBody, dr:Requirement))"
                                        + " BIND(STRAFTER(STR(?c), '#') AS ?key) } GROUP BY ?key"));
    }

    @Test
    void countsTheSampleByWorkstreamStatusPhaseAndIllustrative() {
        SearchResult all = everything();

        assertThat(counts(all, SearchFacet.WORKSTREAM))
                .isEqualTo(
                        sparql(
                                "SELECT ?key (COUNT(DISTINCT ?s) AS ?n) { { ?s dr:ownedBy ?w }"
                                        + " UNION { ?w dr:ownerOf ?s } ?w dcterms:identifier ?key"
                                        + " } GROUP BY ?key"));
        assertThat(counts(all, SearchFacet.STATUS))
                .isEqualTo(
                        sparql(
                                "SELECT ?key (COUNT(DISTINCT ?s) AS ?n) { ?s dr:status ?st"
                                        + " BIND(STRAFTER(STR(?st), 'status/') AS ?key) } GROUP BY"
                                        + " ?key"));
        assertThat(counts(all, SearchFacet.PHASE))
                .isEqualTo(
                        sparqlWithTerms(
                                "SELECT ?key (COUNT(DISTINCT ?s) AS ?n) { ?s"
                                        + " dr:artefactType/dr:phase ?p BIND(STRAFTER(STR(?p),"
                                        + " 'phase/') AS ?key) } GROUP BY ?key"))
                .containsOnlyKeys("LogicalDesign", "PhysicalDesign", "Delivery", "Other");
        long illustrative =
                sparql(
                                "SELECT ('true' AS ?key) (COUNT(DISTINCT ?s) AS ?n) { ?s"
                                        + " dr:illustrative true }")
                        .get("true");
        assertThat(counts(all, SearchFacet.ILLUSTRATIVE))
                .containsEntry("true", illustrative)
                .containsEntry("false", all.total() - illustrative);
    }

    @Test
    void labelsFacetValuesForPeople() {
        SearchResult all = everything();

        assertThat(labels(all, SearchFacet.WORKSTREAM))
                .containsEntry("UMS", "Unmetered Supplies (UMS)")
                .containsEntry("Elexon-Central-Systems", "Elexon Central Systems");
        assertThat(labels(all, SearchFacet.STATUS)).containsEntry("InReview", "In Review");
        assertThat(labels(all, SearchFacet.TYPE))
                .containsEntry("DataItem", "data item")
                .containsEntry("Requirement", "requirement");
        assertThat(labels(all, SearchFacet.PHASE)).containsEntry("LogicalDesign", "Logical Design");
        assertThat(labels(all, SearchFacet.ILLUSTRATIVE)).containsEntry("true", "Illustrative");
    }

    @Test
    void listsTheMostFrequentValuesFirst() {
        List<Long> counts =
                everything().facets().get(SearchFacet.TYPE).stream()
                        .map(FacetCount::count)
                        .toList();

        assertThat(counts).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void filtersByAFacetAndStillCountsTheOtherValuesOfThatFacet() {
        SearchResult interfaces =
                mhhs.search().search(SearchQuery.of("").filter(SearchFacet.TYPE, "Interface"));

        assertThat(interfaces.total()).isEqualTo(79);
        assertThat(interfaces.hits()).allMatch(h -> h.type().equals("Interface"));
        assertThat(counts(interfaces, SearchFacet.TYPE))
                .isEqualTo(counts(everything(), SearchFacet.TYPE));
        assertThat(counts(interfaces, SearchFacet.WORKSTREAM))
                .isEqualTo(
                        sparql(
                                "SELECT ?key (COUNT(DISTINCT ?s) AS ?n) { ?s a dr:Interface ;"
                                        + " dr:ownedBy/dcterms:identifier ?key } GROUP BY ?key"));
    }

    @Test
    void treatsValuesOfOneFacetAsAlternativesAndFacetsAsConditions() {
        SearchResult either =
                mhhs.search()
                        .search(
                                SearchQuery.of("")
                                        .filter(SearchFacet.TYPE, "Interface", "DataItem"));
        SearchResult both =
                mhhs.search()
                        .search(
                                SearchQuery.of("")
                                        .filter(SearchFacet.TYPE, "Interface")
                                        .filter(SearchFacet.WORKSTREAM, "Registrations"));

        assertThat(either.total()).isEqualTo(79 + 157);
        assertThat(both.total())
                .isEqualTo(
                        sparql(
                                        "SELECT ('n' AS ?key) (COUNT(DISTINCT ?s) AS ?n) { ?s a"
                                                + " dr:Interface ; dr:ownedBy/dcterms:identifier"
                                                + " 'Registrations' }")
                                .get("n"))
                .isPositive();
    }

    @Test
    void filtersTextHitsAndCountsOnlyTheMatches() {
        SearchResult settlement = mhhs.search().search(SearchQuery.of("settlement"));
        SearchResult processes =
                mhhs.search()
                        .search(
                                SearchQuery.of("settlement")
                                        .filter(SearchFacet.TYPE, "BusinessProcess"));

        assertThat(processes.total())
                .isEqualTo(counts(settlement, SearchFacet.TYPE).get("BusinessProcess"))
                .isLessThan(settlement.total());
        assertThat(processes.hits())
                .allSatisfy(h -> assertThat(h.snippet()).containsIgnoringCase("<mark>settlement"));
    }

    @Test
    void listsTheThirtyMostFrequentValuesOfAFacetAndAnyValueFilteredOn() {
        // Workstream w<n> owns n resources, for n from 1 to 40.
        StringBuilder turtle = new StringBuilder();
        for (int n = 1; n <= 40; n++) {
            turtle.append("ex:w")
                    .append(n)
                    .append(" a dr:Workstream ; rdfs:label \"Stream ")
                    .append(n)
                    .append("\" ; dcterms:identifier \"w")
                    .append(n)
                    .append("\" .\n");
            for (int r = 0; r < n; r++) {
                turtle.append("ex:r")
                        .append(n)
                        .append('-')
                        .append(r)
                        .append(" rdfs:label \"Thing\" ; dr:ownedBy ex:w")
                        .append(n)
                        .append(" .\n");
            }
        }
        try (Registry many = org.designregistry.model.Registries.createInMemory()) {
            many.loadSources(List.of(SearchFixtures.turtle("many.ttl", turtle.toString())));

            List<FacetCount> top =
                    many.search()
                            .search(SearchQuery.of("thing"))
                            .facets()
                            .get(SearchFacet.WORKSTREAM);
            List<FacetCount> filtered =
                    many.search()
                            .search(SearchQuery.of("thing").filter(SearchFacet.WORKSTREAM, "w2"))
                            .facets()
                            .get(SearchFacet.WORKSTREAM);

            assertThat(top).hasSize(HitSearch.MAX_FACET_VALUES);
            assertThat(top.get(0)).isEqualTo(new FacetCount("w40", "Stream 40", 40));
            assertThat(top.get(top.size() - 1).value()).isEqualTo("w11");
            assertThat(filtered).hasSize(HitSearch.MAX_FACET_VALUES + 1);
            assertThat(filtered.get(filtered.size() - 1))
                    .isEqualTo(new FacetCount("w2", "Stream 2", 2));
        }
    }

    @Test
    void findsResourcesByTheLabelsOfTheirTypeStatusAndPhase() {
        Map<String, Long> statuses =
                counts(
                        mhhs.search()
                                .search(
                                        SearchQuery.of("")
                                                .filter(SearchFacet.TYPE, "DesignArtefact")),
                        SearchFacet.STATUS);
        Map<String, Long> phases = counts(everything(), SearchFacet.PHASE);

        assertThat(total(SearchQuery.of("\"data item\"").filter(SearchFacet.TYPE, "DataItem")))
                .isEqualTo(157);
        assertThat(total(SearchQuery.of("approved").filter(SearchFacet.TYPE, "DesignArtefact")))
                .isEqualTo(statuses.get("Approved") + statuses.get("ApprovedWithConditions"));
        assertThat(
                        total(
                                SearchQuery.of("\"physical design\"")
                                        .filter(SearchFacet.TYPE, "DesignArtefact")))
                .isEqualTo(phases.get("PhysicalDesign"));
    }

    @Test
    void anUnknownFacetValueMatchesNothing() {
        assertThat(
                        mhhs.search()
                                .search(SearchQuery.of("").filter(SearchFacet.STATUS, "Nonsense"))
                                .total())
                .isZero();
    }

    private static long total(SearchQuery query) {
        return mhhs.search().search(query).total();
    }

    private static SearchResult everything() {
        return mhhs.search().search(SearchQuery.of(""));
    }

    private static Map<String, Long> counts(SearchResult result, SearchFacet facet) {
        return result.facets().get(facet).stream()
                .collect(
                        Collectors.toMap(
                                FacetCount::value, FacetCount::count, (a, b) -> a, TreeMap::new));
    }

    private static Map<String, String> labels(SearchResult result, SearchFacet facet) {
        return result.facets().get(facet).stream()
                .collect(Collectors.toMap(FacetCount::value, FacetCount::label));
    }

    private static Map<String, Long> sparql(String query) {
        return mhhs.read(model -> select(model, query));
    }

    private static Map<String, Long> sparqlWithTerms(String query) {
        return mhhs.read(
                model -> select(ModelFactory.createUnion(model, RegistryOntology.terms()), query));
    }

    private static Map<String, Long> select(Model model, String query) {
        Map<String, Long> counts = new TreeMap<>();
        try (var exec = QueryExecutionFactory.create(PREFIXES + query, model)) {
            exec.execSelect()
                    .forEachRemaining(
                            (QuerySolution row) -> {
                                RDFNode key = row.get("key");
                                long n = row.getLiteral("n").getLong();
                                if (key != null && n > 0) {
                                    counts.put(
                                            key.isLiteral()
                                                    ? key.asLiteral().getString()
                                                    : Labels.localName(key.toString()),
                                            n);
                                }
                            });
        }
        return counts;
    }
}

package org.designregistry.model.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.impact.ImpactReport.Hit;
import org.designregistry.model.impact.ImpactReport.Revisit;
import org.designregistry.ontology.DR;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Impact analysis on the MHHS sample: a change to DI-037 GSP Group ID. */
class MhhsImpactTest {

    private static final String ID = "https://registry.mhhs.example/id/";

    private static Registry registry;
    private static ImpactReport di037;

    @BeforeAll
    static void load() {
        registry = Registries.createInMemory();
        registry.loadSources(RdfSource.classpathManifest("samples/mhhs/manifest.ttl"));
        di037 = ImpactAnalysis.of(registry).analyse(ImpactQuery.from("DI-037").build());
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    private static Set<String> hitsOfType(String typeIri) {
        return di037.hits().stream()
                .filter(h -> h.resource().typeIri().equals(typeIri))
                .map(h -> h.resource().identifier())
                .collect(Collectors.toSet());
    }

    private static Set<String> sparql(String query) {
        return registry.read(
                m -> {
                    Set<String> ids = new java.util.TreeSet<>();
                    try (var exec =
                            org.apache.jena.query.QueryExecutionFactory.create(
                                    "PREFIX dr: <https://w3id.org/design-registry#>\n"
                                            + "PREFIX oslc_rm: <http://open-services.net/ns/rm#>\n"
                                            + "PREFIX dcterms: <http://purl.org/dc/terms/>\n"
                                            + query,
                                    m)) {
                        exec.execSelect()
                                .forEachRemaining(r -> ids.add(r.getLiteral("id").getString()));
                    }
                    return ids;
                });
    }

    @Test
    void reachesEveryInterfaceThatCarriesTheDataItem() {
        Set<String> carriers =
                sparql(
                        "SELECT ?id { ?i dr:carries <"
                                + ID
                                + "data-item/DI-037> ;"
                                + " a dr:Interface ; dcterms:identifier ?id }");

        assertThat(carriers).hasSize(26);
        assertThat(hitsOfType(DR.Interface.getURI())).containsAll(carriers);
        assertThat(di037.hits())
                .filteredOn(h -> carriers.contains(h.resource().identifier()))
                .allSatisfy(
                        h -> {
                            assertThat(h.depth()).isEqualTo(1);
                            assertThat(h.path().toString()).startsWith("DI-037 -carried by-> ");
                        });
    }

    @Test
    void reachesTheProcessesThatUseThoseInterfaces() {
        Set<String> users =
                sparql(
                        "SELECT ?id { ?i dr:carries <"
                                + ID
                                + "data-item/DI-037> ."
                                + " ?p dr:uses ?i ; a dr:BusinessProcess ; dcterms:identifier ?id }");

        assertThat(users).isNotEmpty();
        assertThat(hitsOfType(DR.BusinessProcess.getURI())).containsAll(users);
        Hit process =
                di037.hits().stream()
                        .filter(h -> users.contains(h.resource().identifier()))
                        .findFirst()
                        .orElseThrow();
        assertThat(process.depth()).isEqualTo(2);
        assertThat(process.path().steps()).hasSize(5);
        assertThat(process.path().steps().get(3).label()).isEqualTo("used by");
    }

    @Test
    void reachesTheArtefactsThatSpecifyThemWithOwnersAndApprovals() {
        Set<String> specifiers =
                sparql(
                        "SELECT ?id { ?i dr:carries <"
                                + ID
                                + "data-item/DI-037> ."
                                + " ?a oslc_rm:specifies ?i ; dcterms:identifier ?id }");

        assertThat(specifiers).isNotEmpty();
        assertThat(hitsOfType(DR.DesignArtefact.getURI())).containsAll(specifiers);
        assertThat(di037.hits())
                .filteredOn(h -> h.resource().typeIri().equals(DR.DesignArtefact.getURI()))
                .allSatisfy(h -> assertThat(h.owners()).isNotEmpty());
        Hit des138 = hit("DES138");
        assertThat(des138.status())
                .hasValueSatisfying(s -> assertThat(s.label()).isEqualTo("Approved"));
        assertThat(des138.approvals())
                .singleElement()
                .satisfies(
                        a -> {
                            assertThat(a.decision().identifier()).isEqualTo("DAG-2022-01-12-01");
                            assertThat(a.body().identifier()).isEqualTo("DAG");
                            assertThat(a.levelNumber()).isEqualTo(3);
                        });
    }

    @Test
    void listsTheDagDecisionsToRevisit() {
        List<Revisit> revisits = di037.summary().decisionsToRevisit();

        assertThat(revisits).isNotEmpty();
        assertThat(revisits).extracting(r -> r.item().identifier()).contains("DES138", "DES140");
        assertThat(revisits)
                .allSatisfy(
                        r ->
                                assertThat(r.approval())
                                        .hasValueSatisfying(
                                                a -> {
                                                    assertThat(a.body().identifier())
                                                            .isEqualTo("DAG");
                                                    assertThat(a.level().label())
                                                            .contains("Level 3");
                                                }));
        // The decisions are impacted resources too: dr:approves carries change to the decision.
        assertThat(hitsOfType(DR.Decision.getURI())).contains("DAG-2022-01-12-01");
    }

    @Test
    void saysWhoToInvolve() {
        ImpactReport.Involvement involve = di037.summary().involve();

        assertThat(involve.workstreams())
                .extracting(p -> p.party().identifier())
                .contains("Registrations");
        assertThat(involve.workingGroups()).isNotEmpty();
        assertThat(involve.approvingBodies())
                .extracting(p -> p.party().identifier())
                .containsExactly("DAG");
        assertThat(involve.constituencies())
                .extracting(p -> p.party().label())
                .contains("Large Supplier");
        assertThat(involve.constituencies())
                .allSatisfy(p -> assertThat(p.via()).isNotEmpty().hasSize(p.count()));
    }

    @Test
    void listsUpstreamApprovalsApartAndNeverAsksToRevisitThem() {
        ImpactReport report =
                ImpactAnalysis.of(registry)
                        .analyse(
                                ImpactQuery.from("artefact:DBP001")
                                        .direction(ImpactQuery.Direction.UPSTREAM)
                                        .build());

        // DBP001 depends on CR002, which Ofgem decided; changing DBP001 does not reopen CR002.
        assertThat(report.summary().upstreamApprovals())
                .anySatisfy(
                        r -> {
                            assertThat(r.item().identifier()).isEqualTo("CR002");
                            assertThat(r.approval().orElseThrow().body().identifier())
                                    .isEqualTo("Ofgem");
                            assertThat(r.approval().orElseThrow().levelNumber()).isEqualTo(1);
                        });
        assertThat(report.summary().decisionsToRevisit())
                .extracting(r -> r.item().identifier())
                .allSatisfy(id -> assertThat(id).isEqualTo("DBP001"));
        assertThat(report.summary().involve().approvingBodies())
                .extracting(p -> p.party().identifier())
                .doesNotContain("Ofgem");
    }

    @Test
    void namesTheSenderAndReceiverOfAChangedInterface() {
        assertThat(di037.summary().involve().marketRoles())
                .filteredOn(
                        p -> p.because().stream().anyMatch(r -> r.identifier().equals("IF-072")))
                .extracting(p -> p.party().identifier())
                .contains("SUP", "VAS");
    }

    @Test
    void countsHitsByTypeWorkstreamAndStatus() {
        ImpactReport.Summary summary = di037.summary();

        assertThat(summary.hits()).isEqualTo(di037.hits().size());
        assertThat(summary.byType().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(summary.hits());
        assertThat(summary.byType())
                .containsKeys("interface", "business process", "design artefact");
        assertThat(summary.byStatus()).containsKey("Approved");
        assertThat(summary.byWorkstream()).containsKey("Registrations");
    }

    @Test
    void writesEveryHitAsACsvRow() throws IOException {
        List<CSVRecord> rows =
                CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(new StringReader(di037.toCsv()))
                        .getRecords();

        assertThat(rows).hasSize(di037.hits().size());
        CSVRecord first = rows.get(0);
        Hit hit = di037.hits().get(0);
        assertThat(first.get("identifier")).isEqualTo(hit.resource().identifier());
        assertThat(first.get("label")).isEqualTo(hit.resource().label());
        assertThat(first.get("depth")).isEqualTo("1");
        assertThat(first.get("path")).isEqualTo(hit.path().toString());
        CSVRecord des138 =
                rows.stream()
                        .filter(r -> r.get("identifier").equals("DES138"))
                        .findFirst()
                        .orElseThrow();
        assertThat(des138.get("approved_by")).contains("DAG-2022-01-12-01").contains("Level 3");
        assertThat(des138.get("status")).isEqualTo("Approved");
    }

    @Test
    void writesAMarkdownReportToAttachToAChangeRequest() {
        String md = di037.toMarkdown();

        assertThat(md).startsWith("# Impact of a change to DI-037 ");
        assertThat(md)
                .contains("## Decisions to revisit")
                .contains("| DES138 Interface Catalogue | Approved | DAG-2022-01-12-01")
                .contains("## Who to involve")
                .contains("### Constituencies with seats on those working groups")
                .contains("### Market roles")
                .contains("## Impacted resources")
                .contains("Complete: no limit cut the walk.");
        long tableRows =
                md.lines()
                        .dropWhile(l -> !l.startsWith("## Impacted resources"))
                        .filter(l -> l.startsWith("| ") && !l.startsWith("| Depth"))
                        .count();
        assertThat(tableRows).isEqualTo(di037.hits().size());
    }

    @Test
    void saysInMarkdownWhenTheWalkWasCut() {
        ImpactReport cut =
                ImpactAnalysis.of(registry).analyse(ImpactQuery.from("DI-037").maxDepth(1).build());

        assertThat(cut.toMarkdown())
                .contains("**Incomplete:**")
                .contains("depth limit of 1")
                .doesNotContain("Complete: no limit");
    }

    @Test
    void startsFromTheBestHitsOfASearchAndSaysWhichTheyWere() {
        ImpactReport report =
                ImpactAnalysis.of(registry).analyse(ImpactQuery.search("GSP group").build());

        assertThat(ids(report.searchHits()))
                .hasSizeBetween(1, ImpactQuery.DEFAULT_SEARCH_LIMIT)
                .startsWith("DI-037");
        assertThat(report.starts()).isEqualTo(report.searchHits());
        Set<String> reached =
                report.hits().stream().map(h -> h.resource().iri()).collect(Collectors.toSet());
        Set<String> starts =
                report.starts().stream().map(ResourceRef::iri).collect(Collectors.toSet());
        assertThat(di037.hits())
                .map(h -> h.resource().iri())
                .filteredOn(iri -> !starts.contains(iri))
                .isNotEmpty()
                .allMatch(reached::contains);
    }

    @Test
    void startsFromAsManySearchHitsAsAsked() {
        ImpactReport report =
                ImpactAnalysis.of(registry)
                        .analyse(ImpactQuery.search("GSP group").searchLimit(1).build());

        assertThat(ids(report.searchHits())).containsExactly("DI-037");
        assertThat(report.hits())
                .map(Hit::resource)
                .isEqualTo(di037.hits().stream().map(Hit::resource).toList());
    }

    @Test
    void startsFromTheNamedResourcesAndTheSearchHitsTogether() {
        ImpactReport report =
                ImpactAnalysis.of(registry)
                        .analyse(
                                ImpactQuery.from("IF-041", "DI-037")
                                        .search("GSP group")
                                        .searchLimit(3)
                                        .build());

        assertThat(ids(report.starts())).startsWith("IF-041", "DI-037").doesNotHaveDuplicates();
        assertThat(ids(report.searchHits())).hasSize(3).contains("DI-037");
        assertThat(report.starts()).containsAll(report.searchHits()).hasSize(4);
    }

    @Test
    void namesTheSearchAndItsHitsInMarkdown() {
        ImpactReport report =
                ImpactAnalysis.of(registry)
                        .analyse(ImpactQuery.search("GSP group").searchLimit(2).build());

        assertThat(report.toMarkdown())
                .contains(
                        "- Started from the search \"GSP group\", its best 2 hits: DI-037, "
                                + ids(report.searchHits()).get(1)
                                + "\n");
    }

    @Test
    void refusesASearchThatFindsNothingOrCannotBeRead() {
        ImpactAnalysis impact = ImpactAnalysis.of(registry);

        assertThatThrownBy(() -> impact.analyse(ImpactQuery.search("zzqxjv wwvkq").build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Nothing matches the search 'zzqxjv wwvkq'");
        assertThatThrownBy(() -> impact.analyse(ImpactQuery.search("\"GSP group").build()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ImpactQuery.search("GSP").searchLimit(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 1 and 100");
        assertThatThrownBy(() -> ImpactQuery.from(List.of()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("or search text");
    }

    private static Hit hit(String identifier) {
        return di037.hits().stream()
                .filter(h -> h.resource().identifier().equals(identifier))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no hit " + identifier));
    }

    private static List<String> ids(List<ResourceRef> refs) {
        return refs.stream().map(ResourceRef::identifier).toList();
    }
}

package org.designregistry.model.changerequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.governance.WorkingDayCalendar;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.model.history.ChangeRecord;
import org.designregistry.model.impact.ImpactAnalysis;
import org.designregistry.model.resource.ResourceNotFoundException;
import org.designregistry.ontology.DR;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Change requests on the MHHS sample: raising, freezing, recomputing, triage and the pack. */
class ChangeRequestsTest {

    private static final String ID = "https://registry.mhhs.example/id/";
    private static final ChangeContext ALICE = ChangeContext.of("alice", "rest", null, null);
    private static final ChangeContext BOB = ChangeContext.of("bob", "form", null, null);
    // Friday 4 December 2026: ten working days later is Friday 18 December.
    private static final Clock FRIDAY =
            Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

    private static Registry registry;
    private static ChangeRequests changeRequests;

    /** One registry for the class: each test raises its own change request. */
    @BeforeAll
    static void load() {
        registry = Registries.createInMemory();
        registry.loadSources(RdfSource.classpathManifest("samples/mhhs/manifest.ttl"));
        changeRequests =
                ChangeRequests.of(
                        registry,
                        ImpactAnalysis.of(registry),
                        ID,
                        new ChangeRequestSettings(
                                3, 10, WorkingDayCalendar.englandAndWales(), FRIDAY));
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    private static ChangeRequest raise(String... affects) {
        return ChangeContext.callWith(
                ALICE,
                () ->
                        changeRequests.raise(
                                new ChangeRequestDraft(
                                        "Validate the GSP Group ID",
                                        "New GSP groups are planned",
                                        Optional.empty(),
                                        Optional.of(ID + "constituency/Large-Supplier"),
                                        List.of(affects),
                                        Optional.empty())));
    }

    @Test
    void raisesAChangeRequestWithItsImpactFrozenAtTheLatestChange() {
        long before = registry.history().latest();

        ChangeRequest cr = raise("DI-037");

        String id = cr.identifier();

        assertThat(cr.identifier()).matches("CR[0-9]{3}").isGreaterThan("CR003");
        assertThat(cr.raiser()).isEqualTo("alice");
        assertThat(cr.constituency().orElseThrow().identifier()).isEqualTo("Large-Supplier");
        assertThat(cr.status().label()).isEqualTo("In Review");
        assertThat(cr.deadline()).contains(LocalDate.parse("2026-12-18"));
        assertThat(cr.affects()).extracting(r -> r.identifier()).containsExactly("DI-037");
        FrozenImpact impact = cr.impact().orElseThrow();
        assertThat(impact.change()).isEqualTo(before);
        assertThat(impact.items()).isNotEmpty();
        assertThat(impact.items()).allMatch(i -> i.depth() >= 1 && i.depth() <= 3);
        assertThat(impact.items()).anySatisfy(i -> assertThat(i.path()).startsWith("DI-037 -"));
        assertThat(impact.workingGroups()).isNotEmpty();
        assertThat(impact.revisits()).isNotEmpty();
        ChangeRecord record = registry.history().get(registry.history().latest()).orElseThrow();
        assertThat(record.principal()).isEqualTo("alice");
        assertThat(record.route()).isEqualTo(ChangeRequests.ROUTE);
        assertThat(record.changeRequest()).contains(id);
        assertThat(record.message().orElseThrow()).startsWith("Raise change request " + id);
    }

    @Test
    void keepsTheFrozenImpactWhenTheGraphChangesAndARecomputeShowsWhatMoved() {
        ChangeRequest cr = raise("DI-037");
        String id = cr.identifier();
        FrozenImpact frozen = cr.impact().orElseThrow();
        FrozenItem relabelled = frozen.items().get(0);
        Resource newcomer =
                registry.read(
                        m ->
                                m.listSubjectsWithProperty(RDF.type, DR.Interface).toList().stream()
                                        .filter(i -> frozen.item(i.getURI()).isEmpty())
                                        .findFirst()
                                        .orElseThrow());
        Resource gone = ResourceFactory.createResource(lastLeaf(frozen).iri());

        registry.update(
                m -> {
                    Resource item = m.createResource(relabelled.iri());
                    m.removeAll(item, RDFS.label, null);
                    m.add(item, RDFS.label, "Relabelled");
                    m.add(newcomer, DR.carries, m.createResource(ID + "data-item/DI-037"));
                    m.removeAll(gone, null, null);
                    m.removeAll(null, null, gone);
                });

        assertThat(changeRequests.get(id).impact()).contains(frozen);
        ImpactDrift drift = changeRequests.recompute(id);
        assertThat(drift.frozenAt()).isEqualTo(frozen.change());
        assertThat(drift.now()).isEqualTo(registry.history().latest());
        assertThat(drift.added()).extracting(FrozenItem::iri).contains(newcomer.getURI());
        assertThat(drift.removed()).extracting(FrozenItem::iri).contains(gone.getURI());
        assertThat(drift.changed())
                .anySatisfy(
                        m -> {
                            assertThat(m.before().iri()).isEqualTo(relabelled.iri());
                            assertThat(m.differences())
                                    .contains(
                                            "label: "
                                                    + relabelled.resource().label()
                                                    + " -> Relabelled");
                        });
        assertThat(changeRequests.get(id).impact()).contains(frozen);
    }

    @Test
    void recomputeOfAnUnchangedRegistryShowsNothingMoved() {
        String id = raise("DI-037").identifier();

        assertThat(changeRequests.recompute(id).unchanged()).isTrue();
    }

    @Test
    void reassessFreezesTheImpactAgainAtTheLatestChange() {
        String id = raise("DI-037").identifier();
        registry.update(m -> m.add(m.createResource(ID + "data-item/DI-037"), RDFS.comment, "x"));

        ChangeRequest again = ChangeContext.callWith(BOB, () -> changeRequests.reassess(id));

        assertThat(again.impact().orElseThrow().change())
                .isEqualTo(registry.history().latest() - 1);
        assertThat(registry.history().get(registry.history().latest()).orElseThrow().principal())
                .isEqualTo("bob");
    }

    @Test
    void countsTriageProgressAndWhoHasStillToAnswer() {
        ChangeRequest cr = raise("DI-037");
        String id = cr.identifier();
        List<FrozenItem> items = cr.impact().orElseThrow().items();

        ChangeContext.runWith(
                BOB,
                () -> {
                    changeRequests.triage(id, items.get(0).iri(), Verdict.NEEDS_ANALYSIS, "");
                    changeRequests.triage(id, items.get(0).name(), Verdict.IMPACTED, "Schema");
                    changeRequests.triage(id, items.get(1).iri(), Verdict.NOT_IMPACTED, "No");
                });

        ImpactPack pack = changeRequests.pack(id);
        assertThat(pack.progress().triaged()).isEqualTo(2);
        assertThat(pack.progress().total()).isEqualTo(items.size());
        assertThat(pack.progress().toString()).isEqualTo("2 of " + items.size() + " triaged");
        assertThat(pack.progress().byVerdict())
                .containsEntry(Verdict.IMPACTED, 1)
                .containsEntry(Verdict.NOT_IMPACTED, 1)
                .containsEntry(Verdict.NEEDS_ANALYSIS, 0);
        Triage first = pack.changeRequest().triageOf(items.get(0).iri()).orElseThrow();
        assertThat(first.verdict()).isEqualTo(Verdict.IMPACTED);
        assertThat(first.comment()).isEqualTo("Schema");
        assertThat(first.by()).isEqualTo("bob");
        int open =
                (int)
                        items.stream()
                                .skip(2)
                                .filter(i -> i.answerers().contains(pack.awaiting().get(0).party()))
                                .count();
        assertThat(pack.awaiting().get(0).open()).isEqualTo(open);
        assertThat(pack.awaiting())
                .allSatisfy(a -> assertThat(a.items()).doesNotContain(items.get(0).name()));
        assertThat(pack.changes())
                .extracting(ChangeRecord::principal)
                .containsExactly("bob", "bob", "bob", "alice");
        assertThat(pack.changes()).allMatch(c -> c.changeRequest().equals(Optional.of(id)));
    }

    @Test
    void listsTheItemsAPartyHasStillToTriage() {
        ChangeRequest cr = raise("DI-037");
        String id = cr.identifier();
        FrozenItem item =
                cr.impact().orElseThrow().items().stream()
                        .filter(i -> i.workingGroup().isPresent())
                        .findFirst()
                        .orElseThrow();
        String group = item.workingGroup().orElseThrow().iri();

        assertThat(changeRequests.awaiting(Set.of(group)))
                .filteredOn(a -> a.changeRequest().equals(id))
                .extracting(a -> a.item().iri())
                .contains(item.iri());
        changeRequests.triage(id, item.iri(), Verdict.IMPACTED, "");
        assertThat(changeRequests.awaiting(Set.of(group)))
                .filteredOn(a -> a.changeRequest().equals(id))
                .extracting(a -> a.item().iri())
                .isNotEmpty()
                .doesNotContain(item.iri());
        assertThat(changeRequests.awaiting(Set.of())).isEmpty();
    }

    @Test
    void listsTheChangesMadeUnderTheChangeRequest() {
        String id = raise("DI-037").identifier();

        ChangeContext.runWith(
                ChangeContext.of("carol", "rest", "Lengthen it", id),
                () ->
                        registry.update(
                                m ->
                                        m.add(
                                                m.createResource(ID + "data-item/DI-037"),
                                                RDFS.comment,
                                                "Three characters")));

        assertThat(changeRequests.pack(id).changes())
                .extracting(ChangeRecord::principal, c -> c.message().orElse(""))
                .first()
                .isEqualTo(org.assertj.core.groups.Tuple.tuple("carol", "Lengthen it"));
    }

    @Test
    void refusesBadInputAndStoresNothing() {
        String id = raise("DI-037").identifier();
        long before = registry.history().latest();

        assertThatThrownBy(() -> raise("DI-999"))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("DI-999");
        assertThatThrownBy(
                        () ->
                                changeRequests.raise(
                                        new ChangeRequestDraft(
                                                "t",
                                                "r",
                                                Optional.empty(),
                                                Optional.of(ID + "data-item/DI-037"),
                                                List.of("DI-037"),
                                                Optional.empty())))
                .hasMessageContaining("constituency");
        assertThatThrownBy(
                        () ->
                                new ChangeRequestDraft(
                                        " ",
                                        "r",
                                        Optional.empty(),
                                        Optional.empty(),
                                        List.of("DI-037"),
                                        Optional.empty()))
                .hasMessageContaining("title");
        assertThatThrownBy(() -> changeRequests.triage(id, "DI-999", Verdict.IMPACTED, ""))
                .hasMessageContaining("holds no item 'DI-999'");
        assertThatThrownBy(() -> Verdict.parse("maybe"))
                .hasMessageContaining("impacted, not-impacted, needs-analysis");
        assertThatThrownBy(() -> changeRequests.pack("CR404"))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> changeRequests.pack("CR001"))
                .hasMessageContaining("no impact assessment");
        assertThat(registry.history().latest()).isEqualTo(before);
    }

    @Test
    void writesThePackAsAWorkbookThatPoiReads() throws IOException {
        ChangeRequest cr = raise("DI-037");
        String id = cr.identifier();
        FrozenItem first = cr.impact().orElseThrow().items().get(0);
        ChangeContext.runWith(
                BOB, () -> changeRequests.triage(id, first.iri(), Verdict.IMPACTED, "Rework"));
        ImpactPack pack = changeRequests.pack(id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        pack.writeXlsx(out);

        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Pack");
            assertThat(List.of("Items", "Revisit", "Consult", "Changes"))
                    .allSatisfy(name -> assertThat(workbook.getSheet(name)).isNotNull());
            Sheet summary = workbook.getSheet("Pack");
            assertThat(text(summary.getRow(1))).containsExactly("Change request", id);
            assertThat(rows(summary))
                    .contains(List.of("Triage", "1 of " + pack.progress().total() + " triaged"))
                    .contains(List.of("Deadline", "2026-12-18"));
            Sheet items = workbook.getSheet("Items");
            assertThat(text(items.getRow(0))).isEqualTo(PackTables.ITEM_COLUMNS);
            assertThat(items.getLastRowNum()).isGreaterThanOrEqualTo(pack.progress().total());
            assertThat(rows(items))
                    .anySatisfy(
                            r ->
                                    assertThat(r)
                                            .contains(
                                                    first.resource().identifier(),
                                                    "Impacted",
                                                    "Rework",
                                                    "bob"));
            assertThat(workbook.getSheet("Revisit").getLastRowNum())
                    .isEqualTo(pack.impact().revisits().size());
        }
    }

    @Test
    void writesThePackAsMarkdown() {
        String id = raise("DI-037").identifier();

        String md = changeRequests.pack(id).toMarkdown();

        assertThat(md).startsWith("# Impact assessment pack: " + id + " Validate the GSP Group ID");
        assertThat(md)
                .contains("| Deadline | 2026\\-12\\-18 |".replace("\\-", "-"))
                .contains("## Who has still to answer")
                .contains("## Decisions to revisit")
                .contains("## To consult")
                .contains("| Triage | 0 of ");
    }

    @Test
    void storesTheFrozenImpactAsJsonThatReadsBackTheSame() {
        FrozenImpact impact = raise("DI-037").impact().orElseThrow();

        assertThat(PackJson.readImpact(PackJson.write(impact))).isEqualTo(impact);
    }

    private static FrozenItem lastLeaf(FrozenImpact impact) {
        return impact.items().get(impact.items().size() - 1);
    }

    private static List<String> text(Row row) {
        List<String> cells = new java.util.ArrayList<>();
        row.forEach(c -> cells.add(c.getStringCellValue()));
        return cells;
    }

    private static List<List<String>> rows(Sheet sheet) {
        List<List<String>> rows = new java.util.ArrayList<>();
        sheet.forEach(r -> rows.add(text(r)));
        return rows;
    }
}

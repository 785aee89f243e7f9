package org.designregistry.model.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.designregistry.model.ShapeViolationException;
import org.designregistry.model.TermTooLongException;
import org.designregistry.model.edit.DecisionWriteRefusedException;
import org.designregistry.model.edit.ValidatedWrites;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.model.history.ChangeContext;
import org.designregistry.model.validation.ValidationReport;
import org.designregistry.model.validation.ValidationReport.Violation;

/**
 * Imports into a registry, whatever the source's format: previews a plan against the registry as it
 * is, and commits it all or nothing through the registry's checked write path (SHACL shapes,
 * decision rights, term limits), as one recorded change whose message names the source.
 *
 * <pre>{@code
 * Imports imports = Imports.of(registry, "https://registry.mhhs.example/id/", rights);
 * ImportPreview preview = imports.preview(plan);       // created / updated / unchanged / refused
 * if (preview.committable()) {
 *     ChangeContext.runWith(ChangeContext.of("alice", Imports.ROUTE, null, null),
 *             () -> imports.commit(plan));
 * }
 * }</pre>
 *
 * <p>A preview reads the registry in one read transaction, so that writers do not wait for it, and
 * validates the graph the plan would leave as a draft in memory over that read (the plan's
 * additions and removals laid over the stored graph), so that it sees the shape violations a commit
 * would meet without writing to the store. It validates only the focus nodes the plan can affect,
 * the nodes it writes and those whose shapes read them (as every checked write does, {@link
 * Registry#affectedFocusNodes}), or the whole draft past that method's limits. A commit of the plan
 * last previewed without shape violations, onto the same committed registry, leaves the graph the
 * preview validated and is not validated again (see {@code ShapeChecked}); any other commit is
 * validated in its write transaction.
 */
public final class Imports {

    /** The route recorded in the change history for imports. */
    public static final String ROUTE = "import";

    private final Registry registry;
    private final String baseIri;
    private final WriteRights rights;

    /** The graph of the last preview that found no shape violation, or null. */
    private final AtomicReference<ShapeChecked> lastChecked = new AtomicReference<>();

    private Imports(Registry registry, String baseIri, WriteRights rights) {
        this.registry = registry;
        this.baseIri = baseIri;
        this.rights = rights;
    }

    /**
     * Returns the imports of a registry whose new resources get IRIs {@code <baseIri><kind>/<id>}
     * and whose writer's {@code rights} are asked on the importing thread.
     */
    public static Imports of(Registry registry, String baseIri, WriteRights rights) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(rights, "rights");
        if (!Objects.requireNonNull(baseIri, "baseIri").endsWith("/")) {
            throw new RegistryException(
                    "Invalid base IRI '" + baseIri + "': expected an absolute IRI ending in /");
        }
        return new Imports(registry, baseIri, rights);
    }

    /**
     * Returns what committing the plan would do now, per resource, with every refusal located:
     * problems the reader found, unknown or ambiguous link targets, terms over the registry's
     * limits, decisions the writer may not record, and the shape violations the plan would add.
     * Changes nothing.
     */
    public ImportPreview preview(ImportPlan plan) {
        Objects.requireNonNull(plan, "plan");
        DatasetGraph dataset = registry.dataset();
        // Read before the transaction begins, so that the snapshot holds every commit it counts.
        long version = registry.version();
        return Txn.calculateRead(
                dataset,
                () -> {
                    Graph data = dataset.getDefaultGraph();
                    PlanDiff diff = diff(data, plan);
                    ShapeChecked graph = ShapeChecked.of(registry, version, diff);
                    Graph draft = diff.over(data);
                    List<Triple> changed = new ArrayList<>(diff.adds());
                    changed.addAll(diff.removes());
                    Optional<Set<Node>> focus = registry.affectedFocusNodes(draft, changed);
                    ValidationReport after = validate(draft, focus);
                    List<Violation> added = List.of();
                    if (!after.conforms()) {
                        added = added(validate(data, focus), after);
                    }
                    // Otherwise nothing to tell new from old: no need to validate the graph before.
                    if (added.isEmpty()) {
                        lastChecked.set(graph);
                    }
                    return Located.preview(plan, diff, added);
                });
    }

    /**
     * Commits the plan in one checked write transaction, recorded as one change whose message is
     * the context's or, when it has none, names the source; returns what it did.
     *
     * @throws ImportRefusedException if anything is refused (as {@link #preview} reports it);
     *     nothing is stored
     */
    public ImportPreview commit(ImportPlan plan) {
        Objects.requireNonNull(plan, "plan");
        ChangeContext context = ChangeContext.current();
        if (context.message().isEmpty()) {
            context = context.withMessage("Import of " + plan.source());
        }
        PlanDiff[] done = new PlanDiff[1];
        boolean[] previewed = new boolean[1];
        try {
            ChangeContext.runWith(
                    context,
                    () ->
                            ValidatedWrites.update(
                                    registry,
                                    rights,
                                    model -> {
                                        previewed[0] = false;
                                        PlanDiff diff = diff(model.getGraph(), plan);
                                        ImportPreview preview =
                                                Located.preview(plan, diff, List.of());
                                        if (!preview.committable()) {
                                            throw new ImportRefusedException(preview);
                                        }
                                        // No commit can come between this and the check.
                                        previewed[0] =
                                                ShapeChecked.of(registry, registry.version(), diff)
                                                        .sameGraph(lastChecked.get());
                                        diff.apply(model.getGraph());
                                        done[0] = diff;
                                    },
                                    () -> previewed[0]));
        } catch (ShapeViolationException e) {
            throw new ImportRefusedException(
                    Located.preview(plan, done[0], e.report().violations()));
        } catch (DecisionWriteRefusedException e) {
            throw new ImportRefusedException(Located.decisions(plan, done[0], e.decisions()));
        } catch (TermTooLongException e) {
            throw new ImportRefusedException(
                    new ImportPreview(
                            plan.source(),
                            done[0].items(),
                            List.of(new Refusal(Location.SOURCE, e.getMessage()))));
        }
        return Located.preview(plan, done[0], List.of());
    }

    private PlanDiff diff(Graph data, ImportPlan plan) {
        return PlanDiff.compute(
                data, plan, baseIri, registry.termLimits(), rights.mayRecordDecisions());
    }

    private ValidationReport validate(Graph graph, Optional<Set<Node>> focus) {
        return focus.map(nodes -> registry.validate(graph, nodes))
                .orElseGet(() -> registry.validate(graph));
    }

    /** Returns the violations of {@code after} that {@code before} does not have. */
    private static List<Violation> added(ValidationReport before, ValidationReport after) {
        Set<Violation> old = new HashSet<>(before.violations());
        return after.violations().stream()
                .filter(v -> v.severity() == ValidationReport.Severity.VIOLATION)
                .filter(v -> !old.contains(v))
                .toList();
    }
}

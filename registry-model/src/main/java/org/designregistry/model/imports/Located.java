package org.designregistry.model.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.designregistry.model.RegistryPrefixes;
import org.designregistry.model.imports.ItemPreview.Outcome;
import org.designregistry.model.validation.ValidationReport.Violation;

/**
 * Makes a preview from a plan's comparison with the registry and the refusals the checks found,
 * placing each refusal on the resource it concerns and, where the source says, the cell that holds
 * the failing property.
 */
final class Located {

    private static final PrefixMapping PREFIXES = RegistryPrefixes.mapping();

    private Located() {}

    /** Returns the preview of {@code diff} with {@code violations} placed on its items. */
    static ImportPreview preview(ImportPlan plan, PlanDiff diff, List<Violation> violations) {
        List<ItemPreview> items = new ArrayList<>(diff.items());
        List<Refusal> problems = new ArrayList<>(plan.problems());
        for (Violation violation : violations) {
            Node focus = NodeFactory.createURI(violation.focusNode());
            Integer index = violation.focusNode().startsWith("_:") ? null : diff.itemOf(focus);
            String reason = reason(violation);
            if (index == null) {
                problems.add(
                        new Refusal(
                                Location.SOURCE,
                                violation.focusNode() + " would break a shape: " + reason));
            } else {
                Location where =
                        column(
                                items.get(index).location(),
                                diff.locationsOf(focus),
                                violation.path());
                items.set(index, refused(items.get(index), new Refusal(where, reason)));
            }
        }
        return new ImportPreview(plan.source(), items, problems);
    }

    /** Returns the preview of {@code diff} with each decision the writer may not change refused. */
    static ImportPreview decisions(ImportPlan plan, PlanDiff diff, List<String> decisions) {
        List<ItemPreview> items = new ArrayList<>(diff.items());
        List<Refusal> problems = new ArrayList<>(plan.problems());
        for (String decision : decisions) {
            Integer index = diff.itemOf(NodeFactory.createURI(decision));
            String reason = "only those who may record decisions may change decision " + decision;
            if (index == null) {
                problems.add(new Refusal(Location.SOURCE, reason));
            } else {
                ItemPreview item = items.get(index);
                items.set(index, refused(item, new Refusal(item.location(), reason)));
            }
        }
        return new ImportPreview(plan.source(), items, problems);
    }

    private static ItemPreview refused(ItemPreview item, Refusal refusal) {
        List<Refusal> refusals = new ArrayList<>(item.refusals());
        refusals.add(refusal);
        return new ItemPreview(
                item.key(), item.iri(), Outcome.REFUSED, item.location(), item.changes(), refusals);
    }

    /** Returns the location of the first stated property the violated path names, or the row's. */
    private static Location column(Location row, Map<Node, Location> stated, String path) {
        Set<String> names =
                Arrays.stream(path.split("[^A-Za-z0-9_:./#-]+"))
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toSet());
        for (Map.Entry<Node, Location> entry : stated.entrySet()) {
            String iri = entry.getKey().getURI();
            if (names.contains(PREFIXES.shortForm(iri)) || names.contains(iri)) {
                return entry.getValue();
            }
        }
        return row;
    }

    private static String reason(Violation violation) {
        return "shape violation: "
                + violation.message()
                + (violation.path().isEmpty() ? "" : " (" + violation.path() + ")")
                + (violation.value().isEmpty() ? "" : ", value '" + violation.value() + "'");
    }
}

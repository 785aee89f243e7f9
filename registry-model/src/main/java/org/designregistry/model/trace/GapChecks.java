package org.designregistry.model.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.internal.ResourceReader;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.OSLCRM;
import org.designregistry.ontology.Vocabularies;

/**
 * The coverage checks, each a kind and a test on one resource; links count whichever way they are
 * stated. {@code samples/queries/gap-*.rq} asks the same questions in SPARQL.
 */
final class GapChecks {

    private record Definition(
            String name,
            Ref.Kind kind,
            String description,
            Predicate<Node> appliesTo,
            Predicate<Node> passes) {}

    private GapChecks() {}

    static CoverageReport run(Graph graph, ResourceReader r) {
        Set<String> approved =
                Set.of(
                        Vocabularies.Status.Approved.getURI(),
                        Vocabularies.Status.ApprovedWithConditions.getURI());
        Predicate<Node> all = n -> true;
        Predicate<Node> isApproved =
                n -> r.concept(n, DR.status).map(c -> approved.contains(c.iri())).orElse(false);
        List<Definition> definitions =
                List.of(
                        new Definition(
                                "unsatisfied-requirements",
                                Ref.Kind.REQUIREMENT,
                                "Requirements that nothing satisfies",
                                all,
                                n -> r.hasRelated(n, OSLCRM.satisfiedBy, OSLCRM.satisfies)),
                        new Definition(
                                "interfaces-without-sender-or-receiver",
                                Ref.Kind.INTERFACE,
                                "Interfaces with no sender or no receiver",
                                all,
                                n ->
                                        r.hasRelated(n, DR.sentBy, DR.sends)
                                                && r.hasRelated(n, DR.receivedBy, DR.receives)),
                        new Definition(
                                "uncarried-data-items",
                                Ref.Kind.DATA_ITEM,
                                "Data items that no interface or publication carries",
                                all,
                                n -> r.hasRelated(n, DR.carriedBy, DR.carries)),
                        new Definition(
                                "unowned-artefacts",
                                Ref.Kind.ARTEFACT,
                                "Design artefacts with no owning workstream",
                                all,
                                n -> r.hasRelated(n, DR.ownedBy, DR.ownerOf)),
                        new Definition(
                                "approved-artefacts-without-decision",
                                Ref.Kind.ARTEFACT,
                                "Approved design artefacts with no approving decision",
                                isApproved,
                                n -> r.hasRelated(n, DR.approvedBy, DR.approves)),
                        new Definition(
                                "approved-artefacts-depending-on-unapproved",
                                Ref.Kind.ARTEFACT,
                                "Approved design artefacts that depend on artefacts not approved",
                                isApproved,
                                n ->
                                        r.related(n, DR.dependsOn, DR.dependencyOf).stream()
                                                .allMatch(
                                                        d ->
                                                                isApproved.test(
                                                                        NodeFactory.createURI(
                                                                                d.iri())))),
                        new Definition(
                                "unspecified-processes",
                                Ref.Kind.PROCESS,
                                "Business processes that no design artefact specifies",
                                all,
                                n -> r.hasRelated(n, OSLCRM.specifiedBy, OSLCRM.specifies)),
                        new Definition(
                                "processes-satisfying-no-requirement",
                                Ref.Kind.PROCESS,
                                "Business processes that satisfy no requirement",
                                all,
                                n -> r.hasRelated(n, OSLCRM.satisfies, OSLCRM.satisfiedBy)),
                        new Definition(
                                "unspecified-interfaces",
                                Ref.Kind.INTERFACE,
                                "Interfaces that no design artefact specifies",
                                all,
                                n -> r.hasRelated(n, OSLCRM.specifiedBy, OSLCRM.specifies)),
                        new Definition(
                                "unused-interfaces",
                                Ref.Kind.INTERFACE,
                                "Interfaces that no business process uses",
                                all,
                                n -> r.hasRelated(n, DR.usedBy, DR.uses)),
                        new Definition(
                                "unspecified-data-items",
                                Ref.Kind.DATA_ITEM,
                                "Data items that no design artefact specifies",
                                all,
                                n -> r.hasRelated(n, OSLCRM.specifiedBy, OSLCRM.specifies)),
                        new Definition(
                                "events-triggering-nothing",
                                Ref.Kind.EVENT,
                                "Events that trigger no interface",
                                all,
                                n -> r.hasRelated(n, DR.triggers, DR.triggeredBy)));
        Map<Ref.Kind, List<Node>> instances = new LinkedHashMap<>();
        Map<Ref.Kind, Set<Node>> failing = new LinkedHashMap<>();
        List<CoverageReport.Check> checks = new ArrayList<>();
        for (Definition d : definitions) {
            List<Node> of = instances.computeIfAbsent(d.kind(), k -> Traceability.instances(r, k));
            Set<Node> kindFailing = failing.computeIfAbsent(d.kind(), k -> new LinkedHashSet<>());
            int total = 0;
            List<ResourceRef> gaps = new ArrayList<>();
            Map<String, List<ResourceRef>> owners = new LinkedHashMap<>();
            for (Node n : of) {
                if (!d.appliesTo().test(n)) {
                    continue;
                }
                total++;
                if (!d.passes().test(n)) {
                    gaps.add(r.ref(n));
                    owners.put(n.getURI(), r.related(n, DR.ownedBy, DR.ownerOf));
                    kindFailing.add(n);
                }
            }
            checks.add(
                    new CoverageReport.Check(
                            d.name(),
                            d.kind().kindName(),
                            d.description(),
                            total,
                            total - gaps.size(),
                            percent(total - gaps.size(), total),
                            gaps,
                            owners));
        }
        List<CoverageReport.KindCoverage> kinds = new ArrayList<>();
        instances.forEach(
                (kind, nodes) -> {
                    int without = nodes.size() - failing.get(kind).size();
                    kinds.add(
                            new CoverageReport.KindCoverage(
                                    kind.kindName(),
                                    nodes.size(),
                                    without,
                                    percent(without, nodes.size())));
                });
        return new CoverageReport(checks, kinds);
    }

    private static double percent(int part, int total) {
        return total == 0 ? 100.0 : Math.round(1000.0 * part / total) / 10.0;
    }
}

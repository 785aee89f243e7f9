package org.designregistry.model.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.ontology.DR;

/**
 * Writes to a registry graph drawn at random, from a seed, among the kinds that validation must see
 * beyond the triples they change: owners removed or stated from the owner's side, types changed or
 * taken away from link targets, links to resources of the wrong class, a body's governance level
 * changed under the artefacts its decisions approved, a decision's outcome changed or removed, an
 * artefact's status changed, resources deleted with every link to them, values duplicated or
 * malformed, new resources, and a few changes to the class hierarchy.
 */
final class RandomWrites {

    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String OSLC = "http://open-services.net/ns/rm#";
    private static final List<Node> LINK_PREDICATES =
            List.of(
                    DR.ownedBy.asNode(),
                    DR.ownerOf.asNode(),
                    DR.dependsOn.asNode(),
                    DR.describes.asNode(),
                    DR.producedBy.asNode(),
                    DR.produces.asNode(),
                    DR.madeBy.asNode(),
                    DR.decided.asNode(),
                    DR.approves.asNode(),
                    DR.approvedBy.asNode(),
                    DR.uses.asNode(),
                    DR.carries.asNode(),
                    DR.sentBy.asNode(),
                    DR.sends.asNode(),
                    DR.meetingOf.asNode(),
                    DR.records.asNode(),
                    DR.affects.asNode(),
                    NodeFactory.createURI(ORG + "postIn"),
                    NodeFactory.createURI(ORG + "reportsTo"),
                    NodeFactory.createURI(OSLC + "specifies"),
                    NodeFactory.createURI(OSLC + "satisfiedBy"));
    // A class the data declares for itself, unknown to the terms until a write makes it a subclass.
    private static final Node LOCAL_CLASS =
            NodeFactory.createURI("https://registry.mhhs.example/id/class/Kind");
    private static final List<Node> PARENTS =
            List.of(DR.Workstream.asNode(), DR.DesignArtefact.asNode(), DR.Meeting.asNode());
    private static final String LEVEL = "https://w3id.org/design-registry/level/Level";
    private static final List<String> OUTCOMES =
            List.of("Accept", "AcceptSubjectToWork", "Reject", "ReferForWork");
    private static final List<String> STATUSES =
            List.of("Approved", "ApprovedWithConditions", "Draft", "InReview", "Rejected");

    private final SplittableRandom random;
    private int created;

    RandomWrites(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** One write: triples to remove, then triples to add, named for messages. */
    record Write(String kind, List<Triple> removed, List<Triple> added) {}

    /** Returns the next write for a graph, of one to three changes. */
    Write next(Graph graph) {
        int parts = random.nextInt(10) < 7 ? 1 : 2 + random.nextInt(2);
        List<String> kinds = new ArrayList<>();
        List<Triple> removed = new ArrayList<>();
        List<Triple> added = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            Write one = one(graph);
            kinds.add(one.kind());
            removed.addAll(one.removed());
            added.addAll(one.added());
        }
        return new Write(String.join(" + ", kinds), removed, added);
    }

    private Write one(Graph graph) {
        List<Node> resources = subjectsOf(graph, null);
        Node some = pick(resources);
        return switch (random.nextInt(13)) {
            case 0 ->
                    new Write(
                            "remove " + text(some), List.of(pick(triplesOf(graph, some))), none());
            case 1, 2 -> {
                Node predicate = pick(LINK_PREDICATES);
                Node target = pick(resources);
                yield new Write(
                        "link " + text(some) + " " + predicate.getLocalName() + " " + text(target),
                        none(),
                        List.of(Triple.create(some, predicate, target)));
            }
            case 3 -> retype(graph, some, resources);
            case 4 ->
                    replace(
                            graph,
                            "level",
                            pick(subjectsOf(graph, DR.GoverningBody.asNode())),
                            DR.governanceLevel.asNode(),
                            NodeFactory.createURI(LEVEL + (1 + random.nextInt(4))));
            case 5 -> outcome(graph);
            case 6 ->
                    replace(
                            graph,
                            "status",
                            pick(subjectsOf(graph, DR.DesignArtefact.asNode())),
                            DR.status.asNode(),
                            NodeFactory.createURI(
                                    "https://w3id.org/design-registry/status/" + pick(STATUSES)));
            case 7 -> delete(graph, some);
            case 8 ->
                    new Write(
                            "second label " + text(some),
                            none(),
                            List.of(
                                    Triple.create(
                                            some,
                                            RDFS.label.asNode(),
                                            NodeFactory.createLiteralString(
                                                    "Another " + random.nextInt()))));
            case 9 ->
                    replace(
                            graph,
                            "identifier",
                            some,
                            DCTerms.identifier.asNode(),
                            NodeFactory.createLiteralString(
                                    random.nextBoolean()
                                            ? "bad id"
                                            : "DES" + random.nextInt(1000)));
            case 10 -> newResource(resources);
            case 11 ->
                    new Write(
                            "flag " + text(some),
                            none(),
                            List.of(
                                    Triple.create(
                                            some,
                                            DR.illustrative.asNode(),
                                            NodeFactory.createLiteralString("yes"))));
            default -> subclass(graph);
        };
    }

    private Write retype(Graph graph, Node resource, List<Node> resources) {
        if (random.nextInt(3) == 0) {
            // A type no shape knows yet: committed, until a subclass statement gives it meaning.
            return new Write(
                    "also type " + text(resource) + " as " + text(LOCAL_CLASS),
                    none(),
                    List.of(Triple.create(resource, RDF.Nodes.type, LOCAL_CLASS)));
        }
        List<Triple> types = graph.find(resource, RDF.Nodes.type, Node.ANY).toList();
        List<Triple> added = new ArrayList<>();
        if (random.nextBoolean()) {
            Node other = pick(triplesOf(graph, pick(resources), RDF.Nodes.type)).getObject();
            added.add(Triple.create(resource, RDF.Nodes.type, other));
        }
        return new Write(
                "retype "
                        + text(resource)
                        + (added.isEmpty() ? "" : " as " + text(added.get(0).getObject())),
                types,
                added);
    }

    private Write outcome(Graph graph) {
        Node decision = pick(subjectsOf(graph, DR.Decision.asNode()));
        if (random.nextBoolean()) {
            return new Write(
                    "no outcome " + text(decision),
                    graph.find(decision, DR.outcome.asNode(), Node.ANY).toList(),
                    none());
        }
        return replace(
                graph,
                "outcome",
                decision,
                DR.outcome.asNode(),
                NodeFactory.createURI(
                        "https://w3id.org/design-registry/outcome/" + pick(OUTCOMES)));
    }

    private Write replace(Graph graph, String kind, Node subject, Node predicate, Node value) {
        return new Write(
                kind + " " + text(subject) + " " + text(value),
                graph.find(subject, predicate, Node.ANY).toList(),
                List.of(Triple.create(subject, predicate, value)));
    }

    private Write delete(Graph graph, Node resource) {
        List<Triple> all = new ArrayList<>(graph.find(resource, Node.ANY, Node.ANY).toList());
        all.addAll(graph.find(Node.ANY, Node.ANY, resource).toList());
        return new Write("delete " + text(resource), all, none());
    }

    private Write newResource(List<Node> resources) {
        Node resource =
                NodeFactory.createURI("https://registry.mhhs.example/id/artefact/NEW" + created++);
        List<Triple> added = new ArrayList<>();
        added.add(Triple.create(resource, RDF.Nodes.type, DR.DesignArtefact.asNode()));
        added.add(
                Triple.create(
                        resource, RDFS.label.asNode(), NodeFactory.createLiteralString("New")));
        added.add(
                Triple.create(
                        resource,
                        DCTerms.identifier.asNode(),
                        NodeFactory.createLiteralString("NEW" + created)));
        added.add(
                Triple.create(
                        resource, DCTerms.title.asNode(), NodeFactory.createLiteralString("New")));
        added.add(
                Triple.create(
                        resource,
                        DR.artefactType.asNode(),
                        NodeFactory.createURI(
                                "https://w3id.org/design-registry/artefact-type/InterfaceList")));
        added.add(
                Triple.create(
                        resource,
                        DR.status.asNode(),
                        NodeFactory.createURI(
                                "https://w3id.org/design-registry/status/" + pick(STATUSES))));
        added.add(Triple.create(resource, DR.ownedBy.asNode(), pick(resources)));
        return new Write("new " + text(resource), none(), added);
    }

    private Write subclass(Graph graph) {
        Node type =
                random.nextBoolean()
                        ? LOCAL_CLASS
                        : pick(triplesOf(graph, pick(subjectsOf(graph, null)), RDF.Nodes.type))
                                .getObject();
        Node parent = pick(PARENTS);
        return new Write(
                "subclass " + text(type) + " of " + text(parent),
                none(),
                List.of(Triple.create(type, RDFS.subClassOf.asNode(), parent)));
    }

    /** Returns the subjects with a type (or any subject, for a null type), sorted for a seed. */
    private static List<Node> subjectsOf(Graph graph, Node type) {
        Set<String> iris = new TreeSet<>();
        graph.find(Node.ANY, RDF.Nodes.type, type == null ? Node.ANY : type)
                .forEach(t -> iris.add(t.getSubject().getURI()));
        return iris.stream().map(NodeFactory::createURI).toList();
    }

    private static List<Triple> triplesOf(Graph graph, Node subject) {
        return triplesOf(graph, subject, Node.ANY);
    }

    private static List<Triple> triplesOf(Graph graph, Node subject, Node predicate) {
        List<Triple> triples = new ArrayList<>(graph.find(subject, predicate, Node.ANY).toList());
        triples.sort(Comparator.comparing(Triple::toString));
        return triples;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static List<Triple> none() {
        return List.of();
    }

    private static String text(Node node) {
        return node.isURI() ? node.getLocalName() : node.toString();
    }
}

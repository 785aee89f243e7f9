package org.designregistry.model.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.designregistry.model.internal.Labels;
import org.designregistry.ontology.DR;

/**
 * Derives the Lucene document of one registry resource from the data graph and the terms: its
 * identifiers in three forms, labels, alternative labels and descriptions as text, the labels of
 * its type, artefact type, workstreams, status and phase as context, and its facet values.
 */
final class ResourceDocuments {

    static final List<Node> LABELS =
            List.of(RDFS.label.asNode(), DCTerms.title.asNode(), SKOS.prefLabel.asNode());
    static final List<Node> ALT_LABELS =
            List.of(SKOS.altLabel.asNode(), DCTerms.alternative.asNode());
    static final List<Node> DESCRIPTIONS =
            List.of(DCTerms.description.asNode(), RDFS.comment.asNode(), SKOS.definition.asNode());
    static final Node IDENTIFIER = DCTerms.identifier.asNode();

    /** Text stored for snippets, with offsets in the postings so highlighting need not re-read. */
    private static final FieldType HIGHLIGHTED_TEXT = new FieldType(TextField.TYPE_STORED);

    static {
        HIGHLIGHTED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        HIGHLIGHTED_TEXT.freeze();
    }

    private final TermLabels terms;
    private final FacetsConfig facets;

    ResourceDocuments(TermLabels terms, FacetsConfig facets) {
        this.terms = terms;
        this.facets = facets;
    }

    /** Returns the facet configuration every document is built with. */
    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (SearchFacet facet : SearchFacet.values()) {
            config.setMultiValued(facet.key(), true);
        }
        return config;
    }

    /**
     * Returns the document of a resource, or empty when the graph says nothing about it (a blank
     * node, a literal, or a resource with no triples of its own).
     */
    Optional<Document> document(Graph data, Node resource) {
        if (!resource.isURI()) {
            return Optional.empty();
        }
        Description d = new Description();
        data.find(resource, Node.ANY, Node.ANY).forEach(d::add);
        if (d.empty) {
            return Optional.empty();
        }
        data.find(Node.ANY, DR.ownerOf.asNode(), resource)
                .forEach(t -> d.workstreams.add(t.getSubject()));
        return Optional.of(build(data, resource, d));
    }

    /** Returns the facet key of a workstream: its identifier, else its IRI's local name. */
    static String workstreamKey(Graph data, Node workstream) {
        return Labels.text(data, workstream, IDENTIFIER)
                .orElseGet(() -> TermLabels.key(workstream));
    }

    private Document build(Graph data, Node resource, Description d) {
        Document doc = new Document();
        // The stored IRI is whole, and first so that Document.get finds it; the key may be hashed.
        doc.add(new StoredField(Fields.IRI, resource.getURI()));
        doc.add(new StringField(Fields.IRI, IndexKeys.key(resource.getURI()), Field.Store.NO));
        String display = Labels.label(data, resource);
        doc.add(new StoredField(Fields.DISPLAY, display));
        doc.add(
                new StringField(
                        Fields.DISPLAY_KEY, IndexKeys.prefix(lower(display)), Field.Store.NO));
        doc.add(new NumericDocValuesField(Fields.DISPLAY_LENGTH, display.length()));
        addIdentifiers(doc, d.identifiers);
        String sortKey = d.identifiers.isEmpty() ? display : d.identifiers.first();
        doc.add(
                new SortedDocValuesField(
                        Fields.SORT, new BytesRef(IndexKeys.prefix(lower(sortKey)))));

        List<String> context = new ArrayList<>();
        addTypes(doc, d.types, context);
        for (Node artefactType : d.artefactTypes) {
            context.add(terms.label(artefactType));
            terms.phase(artefactType)
                    .ifPresent(
                            phase -> {
                                context.add(terms.label(phase));
                                facet(doc, SearchFacet.PHASE, TermLabels.key(phase));
                            });
        }
        for (Node workstream : d.workstreams) {
            context.add(Labels.label(data, workstream));
            facet(doc, SearchFacet.WORKSTREAM, workstreamKey(data, workstream));
        }
        for (Node status : d.statuses) {
            context.add(terms.label(status));
            facet(doc, SearchFacet.STATUS, TermLabels.key(status));
        }
        facet(doc, SearchFacet.ILLUSTRATIVE, Boolean.toString(d.illustrative));
        if (d.types.contains(DR.Workstream.asNode())) {
            doc.add(
                    new StringField(
                            Fields.WORKSTREAM_KEY,
                            IndexKeys.key(workstreamKey(data, resource)),
                            Field.Store.NO));
        }

        // Alternative labels rank as labels do; their own field serves text:query's
        // skos:altLabel restriction.
        addText(doc, Fields.LABEL, d.labels, true);
        addText(doc, Fields.LABEL, d.altLabels, true);
        addText(doc, Fields.ALT_LABEL, d.altLabels, false);
        addText(doc, Fields.DESCRIPTION, d.descriptions, true);
        addText(doc, Fields.CONTEXT, context, false);
        for (List<String> labels : List.of(d.labels, d.altLabels)) {
            for (String label : labels) {
                doc.add(new TextField(Fields.LABEL_WORDS, label, Field.Store.NO));
            }
        }
        for (List<String> texts :
                List.of(
                        d.labels,
                        d.altLabels,
                        d.descriptions,
                        context,
                        List.copyOf(d.identifiers))) {
            for (String text : texts) {
                doc.add(new TextField(Fields.WORDS, text, Field.Store.NO));
            }
        }
        try {
            return facets.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addIdentifiers(Document doc, Set<String> identifiers) {
        boolean first = true;
        for (String id : identifiers) {
            if (first) {
                doc.add(new StoredField(Fields.IDENTIFIER, id));
                first = false;
            }
            doc.add(new StringField(Fields.ID_EXACT, IndexKeys.key(lower(id)), Field.Store.NO));
            String loose = Identifiers.normalise(id);
            if (!loose.isEmpty()) {
                doc.add(new StringField(Fields.ID_LOOSE, IndexKeys.key(loose), Field.Store.NO));
            }
            String compact = Identifiers.compact(id);
            if (!compact.isEmpty()) {
                doc.add(
                        new StringField(
                                Fields.ID_COMPACT, IndexKeys.prefix(compact), Field.Store.NO));
            }
        }
    }

    private void addTypes(Document doc, List<Node> types, List<String> context) {
        Set<Node> classes = new LinkedHashSet<>();
        for (Node type : types) {
            doc.add(new StringField(Fields.TYPE_IRI, IndexKeys.key(type.getURI()), Field.Store.NO));
            classes.addAll(terms.withRegistrySuperclasses(type));
        }
        for (Node c : classes) {
            context.add(terms.label(c));
            facet(doc, SearchFacet.TYPE, TermLabels.key(c));
        }
        // The primary type: the first asserted registry class, else the first asserted class.
        types.stream()
                .filter(t -> t.getURI().startsWith(DR.NS))
                .findFirst()
                .or(() -> types.stream().findFirst())
                .ifPresent(
                        primary -> {
                            doc.add(new StoredField(Fields.TYPE, TermLabels.key(primary)));
                            doc.add(new StoredField(Fields.TYPE_LABEL, terms.label(primary)));
                        });
    }

    private static void addText(Document doc, String field, List<String> texts, boolean stored) {
        for (String text : texts) {
            doc.add(
                    stored
                            ? new Field(field, text, HIGHLIGHTED_TEXT)
                            : new TextField(field, text, Field.Store.NO));
        }
    }

    private static void facet(Document doc, SearchFacet facet, String value) {
        if (!value.isEmpty()) {
            doc.add(new SortedSetDocValuesFacetField(facet.key(), IndexKeys.key(value)));
        }
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** What one resource's own triples say, sorted so that documents are deterministic. */
    private static final class Description {
        boolean empty = true;
        final TreeSet<String> identifiers = new TreeSet<>();
        final List<String> labels = new ArrayList<>();
        final List<String> altLabels = new ArrayList<>();
        final List<String> descriptions = new ArrayList<>();
        final List<Node> types = new ArrayList<>();
        final List<Node> artefactTypes = new ArrayList<>();
        final Set<Node> workstreams = new TreeSet<>(Comparator.comparing(Node::toString));
        final List<Node> statuses = new ArrayList<>();
        boolean illustrative;

        void add(Triple t) {
            empty = false;
            Node p = t.getPredicate();
            Node o = t.getObject();
            if (o.isLiteral()) {
                String text = o.getLiteralLexicalForm();
                if (p.equals(IDENTIFIER)) {
                    identifiers.add(text);
                } else if (LABELS.contains(p)) {
                    insertSorted(labels, text);
                } else if (ALT_LABELS.contains(p)) {
                    insertSorted(altLabels, text);
                } else if (DESCRIPTIONS.contains(p)) {
                    insertSorted(descriptions, text);
                } else if (p.equals(DR.illustrative.asNode())) {
                    illustrative |= "true".equals(text) || "1".equals(text);
                }
            } else if (o.isURI()) {
                if (p.equals(RDF.type.asNode())) {
                    insertSorted(types, o);
                } else if (p.equals(DR.artefactType.asNode())) {
                    insertSorted(artefactTypes, o);
                } else if (p.equals(DR.ownedBy.asNode())) {
                    workstreams.add(o);
                } else if (p.equals(DR.status.asNode())) {
                    insertSorted(statuses, o);
                }
            }
        }

        private static void insertSorted(List<String> list, String value) {
            int at = java.util.Collections.binarySearch(list, value);
            if (at < 0) {
                list.add(-at - 1, value);
            }
        }

        private static void insertSorted(List<Node> list, Node value) {
            int at =
                    java.util.Collections.binarySearch(
                            list, value, Comparator.comparing(Node::getURI));
            if (at < 0) {
                list.add(-at - 1, value);
            }
        }
    }
}

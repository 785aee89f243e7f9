package org.designregistry.model.history;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;
import org.apache.jena.sparql.core.Quad;
import org.designregistry.model.RegistryException;

/**
 * Exactly the triples one change added to and removed from the registry graph: net changes, so no
 * triple is in both lists, every added triple was absent before and every removed one present.
 *
 * <p>Its text form is an RDF Patch ({@code application/rdf-patch}): one transaction, the removed
 * triples as {@code D} rows, then the added ones as {@code A} rows.
 *
 * @param added the triples the change added
 * @param removed the triples the change removed
 */
public record ChangePatch(List<Triple> added, List<Triple> removed) {

    /** The media type of the text form. */
    public static final String MEDIA_TYPE = "application/rdf-patch";

    public ChangePatch {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /** Returns true when the patch changes nothing. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty();
    }

    /** Returns the patch that undoes this one: its removed triples added, its added removed. */
    public ChangePatch inverse() {
        return new ChangePatch(removed, added);
    }

    /** Returns the patch restricted to the triples whose subject or object is {@code node}. */
    public ChangePatch about(Node node) {
        return new ChangePatch(about(added, node), about(removed, node));
    }

    /** Returns the patch as RDF Patch text. */
    public String toText() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFChangesWriterText writer = RDFPatchOps.textWriter(out);
        writer.start();
        writer.txnBegin();
        removed.forEach(t -> writer.delete(null, t.getSubject(), t.getPredicate(), t.getObject()));
        added.forEach(t -> writer.add(null, t.getSubject(), t.getPredicate(), t.getObject()));
        writer.txnCommit();
        writer.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Returns the patch that RDF Patch text holds; changes to named graphs are not part of it.
     *
     * @throws RegistryException if the text is not an RDF Patch
     */
    public static ChangePatch parse(String text) {
        List<Triple> added = new ArrayList<>();
        List<Triple> removed = new ArrayList<>();
        try {
            RDFPatch patch =
                    RDFPatchOps.read(
                            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            patch.apply(
                    new RDFChangesBase() {
                        @Override
                        public void add(Node g, Node s, Node p, Node o) {
                            if (g == null || Quad.isDefaultGraph(g)) {
                                added.add(Triple.create(s, p, o));
                            }
                        }

                        @Override
                        public void delete(Node g, Node s, Node p, Node o) {
                            if (g == null || Quad.isDefaultGraph(g)) {
                                removed.add(Triple.create(s, p, o));
                            }
                        }
                    });
        } catch (RuntimeException e) {
            throw new RegistryException("Not an RDF Patch: " + e.getMessage(), e);
        }
        return new ChangePatch(added, removed);
    }

    private static List<Triple> about(List<Triple> triples, Node node) {
        return triples.stream()
                .filter(t -> t.getSubject().equals(node) || t.getObject().equals(node))
                .toList();
    }
}

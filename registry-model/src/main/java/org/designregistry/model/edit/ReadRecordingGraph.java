package org.designregistry.model.edit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * A view of a graph that notes in a {@link ReadSet} every lookup made through it. Every way to read
 * a graph ends in one of the methods overridden here: the default {@code find()} and {@code stream}
 * methods of {@link Graph} call {@code find(s, p, o)}.
 */
final class ReadRecordingGraph extends WrappedGraph {

    private final ReadSet reads;

    ReadRecordingGraph(Graph base, ReadSet reads) {
        super(base);
        this.reads = reads;
    }

    @Override
    public ExtendedIterator<Triple> find(Triple pattern) {
        return find(pattern.getSubject(), pattern.getPredicate(), pattern.getObject());
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        reads.lookedUp(s, p, o);
        return base.find(s, p, o);
    }

    @Override
    public boolean contains(Triple pattern) {
        return contains(pattern.getSubject(), pattern.getPredicate(), pattern.getObject());
    }

    @Override
    public boolean contains(Node s, Node p, Node o) {
        reads.lookedUp(s, p, o);
        return base.contains(s, p, o);
    }

    @Override
    public boolean isEmpty() {
        reads.readEverything();
        return base.isEmpty();
    }

    @Override
    public int size() {
        reads.readEverything();
        return base.size();
    }

    @Override
    public boolean isIsomorphicWith(Graph other) {
        reads.readEverything();
        return base.isIsomorphicWith(other);
    }
}

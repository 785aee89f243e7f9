package org.designregistry.model.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.function.BiConsumer;
import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * An in-memory index of a store's change records, so that history reads do not scan every record:
 * the numbers in order, the fields the filters compare (time, principal, route, change request)
 * and, per resource, the numbers of the changes that touched it. One per registry dataset, built on
 * first use from a few scans of the history graph and caught up on the first read after each commit
 * by reading only the records numbered after the last it holds.
 *
 * <p><b>Why caught up on read and not on commit.</b> Catching up costs one lookup per new record
 * plus one, and the write path (whose latency matters more) stays as it was; a read after no commit
 * costs nothing, as the registry's data version tells it. Records are numbered without gaps (a
 * commit that fails makes the recorder read the highest number again), so reading on from the last
 * number until one is missing finds every new record.
 *
 * <p><b>Snapshots.</b> A read transaction may begin before a commit another reader has already
 * indexed, so each read looks down from the top of the index for the newest record its own snapshot
 * holds (usually the top itself), and ignores the ones above it.
 *
 * <p><b>Patches.</b> Reading the past undoes patches, and parsing a patch's RDF Patch text costs
 * more than finding it; a record never changes once committed, so the parsed patches of the last
 * {@value #PATCHES} changes read are kept. A number a reader can see always names the same
 * committed change (a failed commit's number, reused by the next, was never visible), and the kept
 * patches are dropped with the rest of the index when it is rebuilt.
 *
 * <p>Memory: one small record per change (its number, time and shared strings for principal, route
 * and change request) and one {@code long} per touched resource; messages stay in the store, and at
 * most {@value #PATCHES} parsed patches (a few hundred bytes each for a single-resource edit) in
 * memory.
 */
final class HistoryIndex {

    private static final Map<DatasetGraph, HistoryIndex> INDEXES =
            Collections.synchronizedMap(new WeakHashMap<>());

    /** How many parsed patches are kept. */
    static final int PATCHES = 10_000;

    private volatile Cache<Long, ChangePatch> patches = CacheFactory.createCache(PATCHES);

    /**
     * The indexed changes, oldest first, numbers growing; appended in place beyond {@link #size}
     * and replaced (never cleared) on a rebuild, so a {@link View} may keep the array it was given.
     */
    private ChangeRecord[] changes = new ChangeRecord[64];

    private int size;

    /** Per resource, the numbers of the changes that touched it, oldest first. */
    private final Map<Node, LongList> byResource = new HashMap<>();

    private final Map<String, String> names = new HashMap<>();
    private boolean built;
    private long seenVersion = Long.MIN_VALUE;

    private HistoryIndex() {}

    /** Returns the index of the history of {@code dataset}, made on first call. */
    static HistoryIndex of(DatasetGraph dataset) {
        return INDEXES.computeIfAbsent(dataset, d -> new HistoryIndex());
    }

    /**
     * Brings the index up to date with the read transaction {@code reader} is in and returns what
     * that snapshot holds; {@code version} is the registry's data version read before the
     * transaction began.
     */
    synchronized View view(HistoryReader reader, long version) {
        if (!built) {
            build(reader.store());
            built = true;
            seenVersion = version;
        } else if (version != seenVersion) {
            boolean wasEmpty = size == 0;
            int added = catchUp(reader);
            if (wasEmpty && added > 0) {
                // A load that restored an exported history: read it whole, gaps and all.
                clear();
                build(reader.store());
            }
            seenVersion = Math.max(seenVersion, version);
        }
        int visible = size;
        while (visible > 0 && !reader.exists(changes[visible - 1].number())) {
            visible--;
        }
        return new View(changes, visible, this);
    }

    /** Returns the numbers of the changes that touched {@code resource}, oldest first. */
    private synchronized long[] touching(Node resource) {
        LongList list = byResource.get(resource);
        return list == null ? new long[0] : list.toArray();
    }

    private int catchUp(HistoryReader reader) {
        long next = size == 0 ? 1 : changes[size - 1].number() + 1;
        int added = 0;
        for (Optional<ChangeRecord> record = reader.record(next);
                record.isPresent();
                record = reader.record(++next)) {
            add(record.get(), record.get().touched().stream().map(this::node).toList());
            added++;
        }
        return added;
    }

    private Node node(String iri) {
        return NodeFactory.createURI(iri);
    }

    private void clear() {
        patches = CacheFactory.createCache(PATCHES);
        changes = new ChangeRecord[64];
        size = 0;
        byResource.clear();
        names.clear();
    }

    /** Reads every record with one scan of the history graph per field. */
    private void build(DatasetGraph store) {
        TreeMap<Long, Fields> found = new TreeMap<>();
        scan(store, HistoryTerms.ENDED_AT, (f, o) -> f.time = o.getLiteralLexicalForm(), found);
        scan(store, HistoryTerms.ASSOCIATED_WITH, (f, o) -> f.agent = o, found);
        scan(store, HistoryTerms.ROUTE, (f, o) -> f.route = o.getLiteralLexicalForm(), found);
        scan(
                store,
                HistoryTerms.CHANGE_REQUEST,
                (f, o) -> f.changeRequest = o.getLiteralLexicalForm(),
                found);
        scan(store, HistoryTerms.USED, (f, o) -> f.touched.add(o), found);
        found.forEach(
                (number, f) -> {
                    if (f.time != null) {
                        add(f.record(number), f.touched);
                    }
                });
    }

    private static void scan(
            DatasetGraph store,
            Node predicate,
            BiConsumer<Fields, Node> field,
            TreeMap<Long, Fields> found) {
        store.find(HistoryTerms.GRAPH, Node.ANY, predicate, Node.ANY)
                .forEachRemaining(
                        (Quad q) ->
                                HistoryTerms.number(q.getSubject())
                                        .ifPresent(
                                                n ->
                                                        field.accept(
                                                                found.computeIfAbsent(
                                                                        n, k -> new Fields()),
                                                                q.getObject())));
    }

    private void add(ChangeRecord record, List<Node> touched) {
        // Only what the filters compare is kept; pages read the rest from the store.
        if (size == changes.length) {
            changes = Arrays.copyOf(changes, size * 2);
        }
        changes[size++] =
                new ChangeRecord(
                        record.number(),
                        record.time(),
                        name(record.principal()),
                        name(record.route()),
                        Optional.empty(),
                        record.changeRequest().map(this::name),
                        List.of());
        for (Node resource : touched) {
            byResource.computeIfAbsent(resource, r -> new LongList()).add(record.number());
        }
    }

    private String name(String text) {
        return names.computeIfAbsent(text, t -> t);
    }

    /** One snapshot's changes, oldest first, and the numbers per resource. */
    static final class View {
        private final ChangeRecord[] changes;
        private final int size;
        private final HistoryIndex index;

        private View(ChangeRecord[] changes, int size, HistoryIndex index) {
            this.changes = changes;
            this.size = size;
            this.index = index;
        }

        /** Returns the number of the latest change, or 0. */
        long latest() {
            return size == 0 ? 0 : changes[size - 1].number();
        }

        /** Returns how many changes the snapshot holds. */
        int size() {
            return size;
        }

        /**
         * Returns the {@code i}th change from the newest (0: the latest), with only the fields
         * filters compare.
         */
        ChangeRecord fromNewest(int i) {
            return changes[size - 1 - i];
        }

        /** Returns the indexed change {@code number}, or empty if the snapshot has none. */
        Optional<ChangeRecord> get(long number) {
            int low = 0;
            int high = size - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                long found = changes[middle].number();
                if (found == number) {
                    return Optional.of(changes[middle]);
                }
                if (found < number) {
                    low = middle + 1;
                } else {
                    high = middle - 1;
                }
            }
            return Optional.empty();
        }

        /**
         * Returns the patch of change {@code number}, parsed once and kept, or empty if the
         * snapshot has no such change.
         */
        Optional<ChangePatch> patch(HistoryReader reader, long number) {
            Cache<Long, ChangePatch> kept = index.patches;
            ChangePatch patch = kept.getIfPresent(number);
            if (patch == null) {
                Optional<ChangePatch> read = reader.patch(number);
                read.ifPresent(p -> kept.put(number, p));
                return read;
            }
            return Optional.of(patch);
        }

        /** Returns the patch of a change already read, parsed once and kept. */
        ChangePatch patch(long number, HistoryReader.Entry entry) {
            Cache<Long, ChangePatch> kept = index.patches;
            return kept.get(number, n -> entry.patch());
        }

        /** Returns the numbers of the changes that touched {@code resource}, newest first. */
        List<Long> touching(Node resource) {
            long latest = latest();
            long[] numbers = index.touching(resource);
            List<Long> newestFirst = new ArrayList<>(numbers.length);
            for (int i = numbers.length - 1; i >= 0; i--) {
                if (numbers[i] <= latest) {
                    newestFirst.add(numbers[i]);
                }
            }
            return newestFirst;
        }

        /**
         * Returns the numbers of the changes after {@code number} that touched {@code resource},
         * oldest first.
         */
        List<Long> touchingAfter(Node resource, long number) {
            long latest = latest();
            List<Long> later = new ArrayList<>();
            for (long n : index.touching(resource)) {
                if (n > number && n <= latest) {
                    later.add(n);
                }
            }
            return later;
        }

        /** Returns the numbers after {@code number}, newest first. */
        List<Long> after(long number) {
            List<Long> later = new ArrayList<>();
            for (int i = size - 1; i >= 0 && changes[i].number() > number; i--) {
                later.add(changes[i].number());
            }
            return later;
        }

        /** Returns the number of the last change made at or before {@code time}, or 0. */
        long numberAt(Instant time) {
            for (int i = size - 1; i >= 0; i--) {
                if (!changes[i].time().isAfter(time)) {
                    return changes[i].number();
                }
            }
            return 0;
        }
    }

    /** The fields of one record, as the build's scans find them. */
    private static final class Fields {
        private String time;
        private Node agent;
        private String route;
        private String changeRequest;
        private final List<Node> touched = new ArrayList<>();

        ChangeRecord record(long number) {
            return new ChangeRecord(
                    number,
                    Instant.parse(time),
                    agent == null ? "" : HistoryTerms.principal(agent),
                    route == null ? "" : route,
                    Optional.empty(),
                    Optional.ofNullable(changeRequest),
                    List.of());
        }
    }

    /** A growable list of longs, to keep 100,000 numbers without boxing each. */
    private static final class LongList {
        private long[] values = new long[4];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}

package org.designregistry.model.baseline;

import java.util.LinkedHashMap;
import java.util.Map;
import org.designregistry.model.history.ChangeHistory;

/**
 * Keeps the few most recently used differences between a baseline's change and the latest change,
 * so that repeated reads of a baseline (a page, then its SPARQL queries) parse the history's
 * patches once; a new change makes a new key, and old ones fall out.
 */
final class StateCache {

    private static final int SIZE = 16;

    private final Map<Key, NetPatch> recent =
            new LinkedHashMap<>(SIZE, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, NetPatch> eldest) {
                    return size() > SIZE;
                }
            };

    private record Key(long from, long to) {}

    /**
     * Returns the difference from change {@code from} to the latest change; call inside a read
     * transaction, which fixes what the latest is.
     */
    NetPatch since(ChangeHistory history, long from) {
        return between(history, from, history.latest());
    }

    /** Returns the difference from change {@code from} to change {@code to}. */
    NetPatch between(ChangeHistory history, long from, long to) {
        Key key = new Key(from, to);
        synchronized (recent) {
            NetPatch known = recent.get(key);
            if (known != null) {
                return known;
            }
        }
        NetPatch net = NetPatch.between(history, from, to);
        synchronized (recent) {
            recent.put(key, net);
        }
        return net;
    }
}

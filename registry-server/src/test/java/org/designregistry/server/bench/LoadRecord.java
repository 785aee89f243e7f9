package org.designregistry.server.bench;

import java.util.EnumMap;
import java.util.Map;
import org.designregistry.server.bench.ConcurrentLoad.Operation;

/** The latencies of a load run, per operation; safe to record into from many threads. */
final class LoadRecord {

    private final Map<Operation, Latencies> latencies = new EnumMap<>(Operation.class);

    LoadRecord() {
        for (Operation operation : Operation.values()) {
            latencies.put(operation, new Latencies());
        }
    }

    /** Returns the latencies of one operation. */
    Latencies of(Operation operation) {
        return latencies.get(operation);
    }

    /** Returns the latencies of every write, or of every read, together. */
    Latencies total(boolean writes) {
        Latencies total = new Latencies();
        latencies.forEach(
                (operation, recorded) -> {
                    if (operation.write == writes) {
                        total.addAll(recorded);
                    }
                });
        return total;
    }
}

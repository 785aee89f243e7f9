package org.designregistry.server.registers;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.designregistry.model.RegistryException;
import org.designregistry.model.registers.ReadProgress;
import org.springframework.stereotype.Component;

/**
 * How far the imports under way have read, by the id their client chose, so that a page can show
 * rows read of total while its upload is being read. Entries are forgotten a while after they last
 * moved; at most {@value #MAX_ENTRIES} are kept.
 */
@Component
class ImportProgress {

    static final int MAX_ENTRIES = 1_000;
    private static final Duration KEEP = Duration.ofMinutes(10);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final Map<String, Rows> imports = new ConcurrentHashMap<>();

    /**
     * The rows of one import read so far.
     *
     * @param read rows read
     * @param total rows the file holds, or -1 when not known
     * @param done whether the reading has finished
     */
    record Rows(long read, long total, boolean done, Instant at) {}

    /** Returns a listener that records the progress of the import {@code id}, or none. */
    ReadProgress track(String id) {
        if (id == null || id.isBlank()) {
            return ReadProgress.NONE;
        }
        if (!ID.matcher(id).matches()) {
            throw new RegistryException(
                    "Invalid progress id '" + id + "': use 1 to 64 letters, digits and '-'");
        }
        forgetOld();
        return (read, total) ->
                imports.put(id, new Rows(read, total, total >= 0 && read >= total, Instant.now()));
    }

    /** Returns the progress of the import {@code id}, or empty. */
    Optional<Rows> of(String id) {
        return Optional.ofNullable(imports.get(id));
    }

    private void forgetOld() {
        Instant old = Instant.now().minus(KEEP);
        imports.values().removeIf(r -> r.at().isBefore(old));
        if (imports.size() >= MAX_ENTRIES) {
            imports.clear();
        }
    }
}

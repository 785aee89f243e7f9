package org.designregistry.server.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * What each signed-in person watches (resources and workstreams, by IRI) and the last change they
 * have seen, kept in a small JSON file of its own ({@value #FILE_NAME} in the data folder, beside
 * the store) rather than in the registry's graph: watch lists are about people, not the design, so
 * they stay out of SPARQL, exports, baselines and the change history, and a click on "Watch" does
 * not wait for the store's writer. Every change rewrites the file whole and moves it into place
 * atomically; a registry in memory keeps them in memory. Safe to share between threads.
 */
public final class WatchStore {

    /** The file's name in the data folder. */
    public static final String FILE_NAME = "watches.json";

    /** The most resources one person may watch. */
    public static final int MAX_WATCHES = 500;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Optional<Path> file;
    private final Map<String, Watcher> watchers = new TreeMap<>();

    /**
     * One person's watch list.
     *
     * @param seen the number of the latest change they have seen
     * @param watching the IRIs they watch, in the order they began
     */
    public record Watcher(long seen, List<String> watching) {

        /** Copies the list. */
        public Watcher {
            watching = List.copyOf(watching);
        }
    }

    private record Saved(Map<String, Watcher> users) {}

    private WatchStore(Optional<Path> file) {
        this.file = file;
    }

    /** Returns the watch lists kept in {@value #FILE_NAME} in {@code folder}, read if it exists. */
    public static WatchStore in(Path folder) {
        WatchStore store = new WatchStore(Optional.of(folder.resolve(FILE_NAME)));
        store.read();
        return store;
    }

    /** Returns watch lists kept in memory only. */
    public static WatchStore inMemory() {
        return new WatchStore(Optional.empty());
    }

    /**
     * Returns a person's watch list; empty, having seen change {@code latest}, when they have none.
     */
    public synchronized Watcher of(String user, long latest) {
        Objects.requireNonNull(user, "user");
        return watchers.getOrDefault(user, new Watcher(latest, List.of()));
    }

    /**
     * Starts watching a resource; a new watcher has seen every change up to {@code latest}.
     *
     * @throws IllegalArgumentException if they already watch {@value #MAX_WATCHES}
     */
    public synchronized void watch(String user, String iri, long latest) {
        Watcher now = of(user, latest);
        Set<String> watching = new LinkedHashSet<>(now.watching());
        if (!watching.contains(iri) && watching.size() >= MAX_WATCHES) {
            throw new IllegalArgumentException(
                    "You already watch "
                            + MAX_WATCHES
                            + " resources, the most one person may: stop watching one first.");
        }
        watching.add(iri);
        put(user, new Watcher(now.seen(), List.copyOf(watching)));
    }

    /** Stops watching a resource; does nothing if they did not watch it. */
    public synchronized void unwatch(String user, String iri, long latest) {
        Watcher now = of(user, latest);
        List<String> watching = now.watching().stream().filter(w -> !w.equals(iri)).toList();
        put(user, new Watcher(now.seen(), watching));
    }

    /** Records that a person has seen every change up to {@code number}. */
    public synchronized void seen(String user, long number) {
        Watcher now = of(user, number);
        if (now.seen() != number) {
            put(user, new Watcher(number, now.watching()));
        }
    }

    private void put(String user, Watcher watcher) {
        watchers.put(user, watcher);
        write();
    }

    private void read() {
        Path path = file.orElseThrow();
        if (!Files.exists(path)) {
            return;
        }
        try {
            Saved saved = JSON.readValue(path.toFile(), Saved.class);
            if (saved.users() != null) {
                watchers.putAll(saved.users());
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "The watch lists in " + path + " cannot be read: " + e.getMessage(), e);
        }
    }

    private void write() {
        if (file.isEmpty()) {
            return;
        }
        Path path = file.get();
        try {
            Path temporary = Files.createTempFile(path.getParent(), FILE_NAME, ".tmp");
            JSON.writeValue(temporary.toFile(), new Saved(watchers));
            Files.move(
                    temporary,
                    path,
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the watch lists to " + path, e);
        }
    }
}

package org.designregistry.server.history;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.designregistry.model.history.ChangeDetails;
import org.designregistry.model.history.ChangeRecord;
import org.designregistry.model.history.Labelled;
import org.designregistry.model.history.LabelledTriple;
import org.designregistry.server.web.PageLinks;

/**
 * One change as the changes page and the Atom feed show it: the record, the resources it touched
 * with their labels and page links, and its triples in words.
 *
 * @param change the record
 * @param touched the resources it touched, in the record's order
 * @param lines each triple it removed, then each it added, in words
 */
public record ChangeSummary(ChangeRecord change, List<Touched> touched, List<String> lines) {

    private static final PageLinks LINKS = new PageLinks();
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss 'UTC'", Locale.UK)
                    .withZone(ZoneOffset.UTC);

    /** Copies the lists. */
    public ChangeSummary {
        touched = List.copyOf(touched);
        lines = List.copyOf(lines);
    }

    /** Returns the summary of a change and its labelled triples. */
    public static ChangeSummary of(ChangeDetails details) {
        Map<String, String> labels = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (LabelledTriple t : details.removed()) {
            lines.add("removed: " + words(t));
            remember(labels, t);
        }
        for (LabelledTriple t : details.added()) {
            lines.add("added: " + words(t));
            remember(labels, t);
        }
        List<Touched> touched =
                details.change().touched().stream()
                        .map(iri -> new Touched(iri, labels.getOrDefault(iri, iri), LINKS.iri(iri)))
                        .toList();
        return new ChangeSummary(details.change(), touched, lines);
    }

    /** Returns when the change was made, for people: {@code 3 Dec 2026 14:05:09 UTC}. */
    public String when() {
        return when(change.time());
    }

    /** Returns a change's time for people: {@code 3 Dec 2026 14:05:09 UTC}. */
    public static String when(Instant time) {
        return WHEN.format(time);
    }

    /** Returns how many triples the change added or removed. */
    public int size() {
        return lines.size();
    }

    private static String words(LabelledTriple t) {
        return t.subject().label() + " / " + t.predicate().label() + " / " + t.object().label();
    }

    private static void remember(Map<String, String> labels, LabelledTriple t) {
        for (Labelled node : List.of(t.subject(), t.object())) {
            if (node.iri()) {
                labels.putIfAbsent(node.value(), node.label());
            }
        }
    }

    /**
     * A resource a change touched.
     *
     * @param iri its IRI
     * @param label its label, or its IRI when it has none
     * @param href its page
     */
    public record Touched(String iri, String label, String href) {}
}

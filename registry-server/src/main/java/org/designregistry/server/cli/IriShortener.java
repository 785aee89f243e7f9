package org.designregistry.server.cli;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.shared.PrefixMapping;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryPrefixes;

/**
 * Shortens IRIs for display with the registry's standard prefixes and those the loaded data
 * declared (the standard ones win, as in an export).
 */
final class IriShortener {

    private static final Pattern BRACKETED_IRI = Pattern.compile("<([^<>\\s]+)>");

    private final PrefixMapping prefixes;

    private IriShortener(PrefixMapping prefixes) {
        this.prefixes = prefixes;
    }

    /** Returns a shortener with the standard prefixes and those stored with the registry data. */
    static IriShortener of(Registry registry) {
        PrefixMapping prefixes = PrefixMapping.Factory.create();
        Map<String, String> declared = registry.read(model -> model.getNsPrefixMap());
        prefixes.setNsPrefixes(declared);
        prefixes.setNsPrefixes(RegistryPrefixes.asMap());
        prefixes.lock();
        return new IriShortener(prefixes);
    }

    /** Returns the IRI as {@code prefix:local} when a prefix matches, otherwise unchanged. */
    String shorten(String iri) {
        return iri == null || iri.isEmpty() ? "" : prefixes.shortForm(iri);
    }

    /**
     * Returns a SPARQL property path with each {@code <iri>} shortened, such as {@code ^dr:ownedBy}
     * for {@code ^<https://w3id.org/design-registry#ownedBy>}.
     */
    String shortenPath(String path) {
        if (path == null || path.isEmpty()) {
            return "";
        }
        Matcher matcher = BRACKETED_IRI.matcher(path);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String iri = matcher.group(1);
            String shortened = prefixes.shortForm(iri);
            String replacement = shortened.equals(iri) ? matcher.group() : shortened;
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}

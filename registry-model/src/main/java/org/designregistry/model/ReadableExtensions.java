package org.designregistry.model;

import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParserRegistry;

/**
 * The RDF syntaxes the registry reads from files and resources, by extension: Jena's standard
 * languages. Jena also registers alternative and experimental parsers under their own extensions
 * (such as {@code .arp} or {@code .ttljcc}); those, and SHACL compact syntax, which is not data,
 * are left out so that the accepted list is the one a person expects.
 */
final class ReadableExtensions {

    private static final List<Lang> LANGUAGES =
            List.of(
                    Lang.TURTLE,
                    Lang.NTRIPLES,
                    Lang.NQUADS,
                    Lang.TRIG,
                    Lang.JSONLD,
                    Lang.RDFXML,
                    Lang.N3,
                    Lang.RDFJSON,
                    Lang.TRIX,
                    Lang.RDFPROTO,
                    Lang.RDFTHRIFT);

    private ReadableExtensions() {}

    /** Returns the syntax of a file or resource name (a compression suffix is ignored), if read. */
    static Optional<Lang> langOf(String name) {
        Lang lang = RDFLanguages.filenameToLang(name);
        return Optional.ofNullable(lang)
                .filter(l -> LANGUAGES.stream().anyMatch(known -> RDFLanguages.sameLang(known, l)))
                .filter(RDFParserRegistry::isRegistered);
    }

    /** Returns the extensions with a leading dot, sorted, such as {@code .jsonld, .nt, .ttl}. */
    static List<String> list() {
        return LANGUAGES.stream()
                .flatMap(lang -> lang.getFileExtensions().stream())
                .map(ext -> "." + ext)
                .distinct()
                .sorted()
                .toList();
    }
}

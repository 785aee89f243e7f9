package org.designregistry.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The RDF syntaxes the registry exports, each with its short name as used on command lines. Every
 * one of them is also read by {@link Registry#load(java.io.InputStream, RdfFormat, String)}. The
 * triple syntaxes hold the registry graph; the {@linkplain #quads() quad syntaxes} (TriG, N-Quads)
 * hold the named graphs beside it too.
 */
public enum RdfFormat {
    /** Turtle, written pretty: grouped by subject, with the registry's prefixes. */
    TURTLE("ttl", Lang.TURTLE, RDFFormat.TURTLE_PRETTY),
    /** N-Triples: one triple a line, no prefixes. */
    N_TRIPLES("nt", Lang.NTRIPLES, RDFFormat.NTRIPLES),
    /** JSON-LD 1.1, written pretty (compacted with the registry's prefixes). */
    JSON_LD("jsonld", Lang.JSONLD, RDFFormat.JSONLD_PRETTY),
    /** RDF/XML, written abbreviated. */
    RDF_XML("rdfxml", Lang.RDFXML, RDFFormat.RDFXML_PRETTY),
    /** TriG, written pretty: the registry graph and every named graph, with prefixes. */
    TRIG("trig", Lang.TRIG, RDFFormat.TRIG_PRETTY),
    /** N-Quads: one quad a line, the registry graph and every named graph, no prefixes. */
    N_QUADS("nq", Lang.NQUADS, RDFFormat.NQUADS);

    private final String shortName;
    private final Lang lang;
    private final RDFFormat writeFormat;

    RdfFormat(String shortName, Lang lang, RDFFormat writeFormat) {
        this.shortName = shortName;
        this.lang = lang;
        this.writeFormat = writeFormat;
    }

    /** Returns the short name, such as {@code ttl}. */
    public String shortName() {
        return shortName;
    }

    /** Returns Jena's language for this syntax. */
    public Lang lang() {
        return lang;
    }

    /** Returns Jena's output format that {@link Registry#export} writes for this syntax. */
    public RDFFormat writeFormat() {
        return writeFormat;
    }

    /**
     * Returns true for a syntax that holds named graphs as well as the default graph (TriG,
     * N-Quads), false for one that holds a single graph.
     */
    public boolean quads() {
        return lang.equals(Lang.TRIG) || lang.equals(Lang.NQUADS);
    }

    /** Returns the usual file extension for this syntax, without a dot, such as {@code rdf}. */
    public String fileExtension() {
        return lang.getFileExtensions().get(0);
    }

    /** Returns the media type of this syntax, such as {@code text/turtle}. */
    public String mediaType() {
        return lang.getHeaderString();
    }

    /**
     * Returns the format with the given short name, ignoring case.
     *
     * @throws RegistryException naming the accepted names when there is none
     */
    public static RdfFormat fromShortName(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.shortName.equals(wanted))
                .findFirst()
                .orElseThrow(
                        () ->
                                new RegistryException(
                                        "Unknown RDF format '"
                                                + name
                                                + "': expected one of "
                                                + Arrays.stream(values())
                                                        .map(RdfFormat::shortName)
                                                        .collect(Collectors.joining(", "))));
    }
}

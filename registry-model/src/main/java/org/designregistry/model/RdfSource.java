package org.designregistry.model;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParserRegistry;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Where RDF to load comes from: a file, a classpath resource or a stream, with its syntax.
 *
 * <p>The syntax of a file or resource comes from its extension, through Jena's {@code
 * RDFLanguages}: any of the standard RDF syntaxes Jena reads, such as {@code .ttl}, {@code .nt},
 * {@code .nq}, {@code .trig}, {@code .jsonld}, {@code .rdf} or {@code .owl}. Files may be
 * compressed as {@code .gz}, {@code .bz2} or {@code .sz}, resources as {@code .gz}. An unknown
 * extension fails at once, before anything is read, naming the file and the accepted extensions.
 * Relative IRIs in a file or resource resolve against its own location.
 *
 * <pre>{@code
 * registry.loadSources(RdfSource.classpathManifest("samples/mhhs/manifest.ttl"));
 * }</pre>
 */
public final class RdfSource {

    /** The IRI scheme of classpath locations, used as the base of classpath resources. */
    static final String CLASSPATH_SCHEME = "classpath:";

    private final String name;
    private final Lang lang;
    private final String baseIri;
    private final Supplier<InputStream> opener;

    private RdfSource(String name, Lang lang, String baseIri, Supplier<InputStream> opener) {
        this.name = name;
        this.lang = lang;
        this.baseIri = baseIri;
        this.opener = opener;
    }

    /**
     * Returns the source for a file, its syntax chosen by its extension.
     *
     * @throws RegistryException if the extension names no RDF syntax Jena reads
     */
    public static RdfSource file(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        Lang lang = langFromName(name);
        return new RdfSource(
                name,
                lang,
                file.toAbsolutePath().normalize().toUri().toString(),
                () -> openFile(file));
    }

    /**
     * Returns the source for a classpath resource such as {@code samples/mhhs/processes.ttl}, its
     * syntax chosen by its extension.
     *
     * @throws RegistryException if there is no such resource or its extension names no RDF syntax
     */
    public static RdfSource classpath(String resource) {
        Objects.requireNonNull(resource, "resource");
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        Lang lang = langFromName(path);
        URL url = findResource(path);
        if (url == null) {
            throw new RegistryException("No classpath resource " + path);
        }
        return new RdfSource(path, lang, CLASSPATH_SCHEME + "/" + path, () -> openUrl(url, path));
    }

    /**
     * Returns a source that reads a stream in the given syntax. The supplier is called once per
     * load, and the stream it gives is closed after reading.
     *
     * @param name the name to quote in messages, such as an upload's file name
     */
    public static RdfSource stream(String name, Supplier<InputStream> in, RdfFormat format) {
        Objects.requireNonNull(format, "format");
        return stream(name, in, format.lang());
    }

    /**
     * Returns a source that reads a stream in any syntax Jena parses. The supplier is called once
     * per load, and the stream it gives is closed after reading.
     *
     * @param name the name to quote in messages, such as an upload's file name
     * @throws RegistryException if Jena has no parser for the language
     */
    public static RdfSource stream(String name, Supplier<InputStream> in, Lang lang) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(lang, "lang");
        if (!RDFParserRegistry.isRegistered(lang)) {
            throw new RegistryException(
                    "Cannot read " + name + ": Jena has no parser for " + lang.getLabel());
        }
        return new RdfSource(name, lang, null, in);
    }

    /**
     * Returns the sources a VoID manifest on the classpath lists, sorted by resource name. The
     * manifest is Turtle such as {@code <> a void:Dataset ; void:dataDump <processes.ttl>,
     * <interfaces.ttl> .}, its IRIs relative to the manifest; the manifest itself is not among the
     * sources.
     *
     * @throws RdfParseException if the manifest does not parse
     * @throws RegistryException if there is no such manifest, it lists nothing, or it lists a
     *     resource that is missing or has an unknown extension
     */
    public static List<RdfSource> classpathManifest(String manifestResource) {
        return Manifests.read(classpath(manifestResource));
    }

    /**
     * Returns the sources a VoID manifest file lists, sorted by file name; like {@link
     * #classpathManifest(String)} but with the dumps relative to the manifest's folder.
     *
     * @throws RdfParseException if the manifest does not parse
     * @throws RegistryException if the manifest lists nothing, or lists a file that is missing or
     *     has an unknown extension
     */
    public static List<RdfSource> fileManifest(Path manifest) {
        return Manifests.read(file(manifest));
    }

    /** Returns the name quoted in messages: the file path, resource name or stream name. */
    public String name() {
        return name;
    }

    /** Returns the syntax the source is parsed with. */
    public Lang lang() {
        return lang;
    }

    /** Returns the IRI that relative IRIs in the source resolve against, if it has one. */
    public Optional<String> baseIri() {
        return Optional.ofNullable(baseIri);
    }

    /**
     * Opens the source for reading, decompressing a file whose name ends in {@code .gz}, {@code
     * .bz2} or {@code .sz} and a resource whose name ends in {@code .gz}; the caller closes the
     * stream.
     *
     * @throws RegistryException if it cannot be opened
     */
    public InputStream open() {
        InputStream in = opener.get();
        if (in == null) {
            throw new RegistryException("Cannot read " + name + ": no stream");
        }
        return in;
    }

    /**
     * Parses the source into a new in-memory graph, keeping the prefixes it declares. Triples in
     * the default graph of a quad syntax (TriG, N-Quads, JSON-LD) are read; a named graph is
     * refused, since a graph has no place for it (use {@link #parseDataset()} to keep them).
     *
     * @throws RdfParseException if it does not parse; the message names the source, line and column
     * @throws RegistryException if it cannot be read or holds a named graph
     */
    public Graph parse() {
        return SourceParser.parse(this);
    }

    /**
     * Parses the source into a new in-memory dataset: the triples of a triple syntax, or of a quad
     * syntax's default graph, in its default graph, and the named graphs of a quad syntax (TriG,
     * N-Quads, JSON-LD) under their names, with the prefixes the source declares.
     *
     * @throws RdfParseException if it does not parse; the message names the source, line and column
     * @throws RegistryException if it cannot be read
     */
    public DatasetGraph parseDataset() {
        return SourceParser.parseDataset(this);
    }

    /** Returns the name of the source. */
    @Override
    public String toString() {
        return name;
    }

    /**
     * Returns the language for a file or resource name.
     *
     * @throws RegistryException naming the file and the accepted extensions when there is none
     */
    static Lang langFromName(String name) {
        return ReadableExtensions.langOf(name)
                .orElseThrow(
                        () ->
                                new RegistryException(
                                        "Cannot load "
                                                + name
                                                + ": unknown RDF file extension; expected one of "
                                                + String.join(", ", ReadableExtensions.list())));
    }

    private static InputStream openFile(Path file) {
        try {
            // Jena's openFileEx decompresses .gz, .bz2 and .sz files.
            return IO.openFileEx(file.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new RegistryException("Cannot read " + file + ": " + describe(e), e);
        }
    }

    private static InputStream openUrl(URL url, String name) {
        try {
            InputStream in = url.openStream();
            return name.endsWith(".gz") ? new GZIPInputStream(in) : in;
        } catch (IOException e) {
            throw new RegistryException("Cannot read classpath resource " + name + ": " + e, e);
        }
    }

    static URL findResource(String path) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        URL url = context == null ? null : context.getResource(path);
        return url != null ? url : RdfSource.class.getClassLoader().getResource(path);
    }

    private static String describe(IOException e) {
        return e instanceof NoSuchFileException || e instanceof FileNotFoundException
                ? "no such file"
                : e.toString();
    }
}

package org.designregistry.server.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.designregistry.model.RdfFormat;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Content negotiation for RDF replies: picks the offered media type the {@code Accept} header rates
 * highest, an exact type beating a wildcard of the same quality and earlier offers beating later
 * ones, so that {@code *}{@code /*} or no header gets the first offer (Turtle).
 */
public final class RdfNegotiation {

    /** The RDF media types offered for a graph (triple syntaxes only), Turtle first. */
    public static final List<MediaType> RDF_TYPES =
            Arrays.stream(RdfFormat.values())
                    .filter(f -> !f.quads())
                    .map(f -> MediaType.valueOf(f.mediaType()))
                    .toList();

    private RdfNegotiation() {}

    /**
     * Returns the offer to answer with, or empty when the header accepts none of them (406). A
     * missing or malformed header accepts anything.
     */
    public static Optional<MediaType> choose(String accept, List<MediaType> offers) {
        List<MediaType> accepted = parse(accept);
        record Score(int index, double quality, int specificity) {}
        return IntStream.range(0, offers.size())
                .mapToObj(
                        i -> {
                            MediaType offer = offers.get(i);
                            return accepted.stream()
                                    .filter(a -> a.includes(offer))
                                    .map(a -> new Score(i, a.getQualityValue(), specificity(a)))
                                    .max(
                                            Comparator.comparingDouble(Score::quality)
                                                    .thenComparingInt(Score::specificity))
                                    .orElse(new Score(i, 0, 0));
                        })
                .filter(s -> s.quality() > 0)
                .max(
                        Comparator.comparingDouble(Score::quality)
                                .thenComparingInt(Score::specificity)
                                .thenComparing(Score::index, Comparator.reverseOrder()))
                .map(s -> offers.get(s.index()));
    }

    /** Returns the RDF format of an offered RDF media type. */
    public static RdfFormat format(MediaType type) {
        return Arrays.stream(RdfFormat.values())
                .filter(f -> MediaType.valueOf(f.mediaType()).equalsTypeAndSubtype(type))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not an RDF type: " + type));
    }

    /** Returns a 200 reply with the graph written in the format of the type. */
    public static ResponseEntity<byte[]> reply(Graph graph, MediaType type) {
        RdfFormat format = format(type);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(graph).format(format.writeFormat()).output(out);
        return ResponseEntity.ok()
                .contentType(new MediaType(type, StandardCharsets.UTF_8))
                .header("Vary", "Accept")
                .body(out.toByteArray());
    }

    private static List<MediaType> parse(String accept) {
        if (accept == null || accept.isBlank()) {
            return List.of(MediaType.ALL);
        }
        try {
            return MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return List.of(MediaType.ALL);
        }
    }

    private static int specificity(MediaType type) {
        if (type.isWildcardType()) {
            return 0;
        }
        return type.isWildcardSubtype() ? 1 : 2;
    }
}

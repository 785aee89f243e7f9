package org.designregistry.server.sparql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The documented sample queries ({@code samples/queries/*.rq} on the classpath, from the samples
 * module), read once, by file name.
 */
@Component
class SampleQueries {

    /**
     * One sample query.
     *
     * @param name its file name without {@code .rq}, such as {@code trace-matrix}
     * @param title the first line of its leading comment
     * @param text the whole query
     */
    record Sample(String name, String title, String text) {}

    private final List<Sample> samples;

    SampleQueries() {
        this(read("classpath*:samples/queries/*.rq"));
    }

    SampleQueries(List<Sample> samples) {
        this.samples = List.copyOf(samples);
    }

    /** Returns every sample, by name. */
    List<Sample> all() {
        return samples;
    }

    /** Returns the sample with this name. */
    Optional<Sample> named(String name) {
        return samples.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private static List<Sample> read(String pattern) {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(pattern);
            return Arrays.stream(files)
                    .map(SampleQueries::sample)
                    .sorted(Comparator.comparing(Sample::name))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the sample queries", e);
        }
    }

    private static Sample sample(Resource file) {
        try {
            String text = file.getContentAsString(StandardCharsets.UTF_8);
            String name = file.getFilename().replaceFirst("\\.rq$", "");
            String title =
                    text.lines()
                            .findFirst()
                            .filter(l -> l.startsWith("#"))
                            .map(l -> l.replaceFirst("^#+\\s*", "").strip())
                            .orElse(name);
            return new Sample(name, title, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sample query " + file, e);
        }
    }
}

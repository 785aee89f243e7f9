package org.designregistry.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;

/** Parsing and comparing RDF in tests. */
final class RdfGraphs {

    private RdfGraphs() {}

    /** Returns the model parsed from the bytes in the given syntax. */
    static Model parse(byte[] bytes, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).parse(model);
        return model;
    }

    /** Asserts that the graphs are isomorphic, printing both as Turtle when they are not. */
    static void assertIsomorphic(Model actual, Model expected) {
        assertThat(actual.isIsomorphicWith(expected))
                .as(
                        () ->
                                "graphs differ\n--- actual\n"
                                        + turtle(actual)
                                        + "--- expected\n"
                                        + turtle(expected))
                .isTrue();
    }

    private static String turtle(Model model) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, model, Lang.TURTLE);
        return out.toString();
    }
}

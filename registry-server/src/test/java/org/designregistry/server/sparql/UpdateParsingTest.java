package org.designregistry.server.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.modify.UsingList;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.junit.jupiter.api.Test;

/** Updates parsed whole, with a buffer sized to them, read as Jena's own parser reads them. */
class UpdateParsingTest {

    private static final String BASE = "http://server/unset-base/";

    @Test
    void readsALiteralOfMillionsOfCharactersWhole() {
        String literal = "0123456789".repeat(300_000);

        UpdateRequest request =
                UpdateParsing.parse(
                        "INSERT DATA { <urn:test:s> <urn:test:p> \"" + literal + "\" }",
                        BASE,
                        new UsingList());

        UpdateDataInsert insert = (UpdateDataInsert) request.getOperations().get(0);
        assertThat(insert.getQuads().get(0).getObject().getLiteralLexicalForm())
                .hasSize(3_000_000)
                .isEqualTo(literal);
    }

    @Test
    void readsUpdatesAsJenasParserDoes() {
        String update =
                "PREFIX ex: <http://example.org/>\n"
                        + "INSERT DATA { ex:a ex:b \"c\"@en . <rel> ex:d 1 } ;\n"
                        + "DELETE { ?s ex:b ?o } INSERT { ?s ex:e ?o } WHERE { ?s ex:b ?o"
                        + " FILTER(?o != \"x\") } ;\n"
                        + "CLEAR SILENT GRAPH <urn:test:g>";

        UpdateRequest ours = UpdateParsing.parse(update, BASE, new UsingList());
        UpdateRequest jenas = UpdateFactory.create(update, BASE);

        assertThat(ours.toString()).isEqualTo(jenas.toString());
    }

    @Test
    void appliesTheProtocolsUsingGraphs() {
        UsingList using = new UsingList();
        using.addUsing(NodeFactory.createURI("urn:test:using"));

        UpdateRequest request =
                UpdateParsing.parse("DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", BASE, using);

        assertThat(((UpdateModify) request.getOperations().get(0)).getUsing())
                .isEqualTo(List.of(NodeFactory.createURI("urn:test:using")));
    }

    @Test
    void reportsWhereAnUpdateStopsParsing() {
        assertThatThrownBy(
                        () ->
                                UpdateParsing.parse(
                                        "INSERT DATA {\n  <urn:test:s> <urn:test:p> }",
                                        BASE,
                                        new UsingList()))
                .isInstanceOfSatisfying(
                        QueryParseException.class,
                        e -> {
                            assertThat(e.getLine()).isEqualTo(2);
                            assertThat(e.getColumn()).isPositive();
                        });
    }
}

package org.designregistry.server.sparql;

import java.io.StringReader;
import org.apache.jena.irix.IRIs;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.lang.arq.javacc.ARQParser;
import org.apache.jena.sparql.lang.arq.javacc.ARQParserTokenManager;
import org.apache.jena.sparql.lang.arq.javacc.ParseException;
import org.apache.jena.sparql.lang.arq.javacc.SimpleCharStream;
import org.apache.jena.sparql.lang.arq.javacc.TokenMgrError;
import org.apache.jena.sparql.modify.UpdateRequestSink;
import org.apache.jena.sparql.modify.UpdateSink;
import org.apache.jena.sparql.modify.UsingList;
import org.apache.jena.sparql.modify.UsingUpdateSink;
import org.apache.jena.update.UpdateRequest;

/**
 * Parses a SPARQL Update (ARQ syntax, as Fuseki does) in time linear in its length.
 *
 * <p>Jena's parsers read through a JavaCC character buffer that starts at 4,096 characters and,
 * while one token is being read, grows by 2,048 at a time, copying itself each time: a token of n
 * characters costs about n²/4,096 character copies. A 9.4 MB literal in an {@code INSERT DATA} took
 * about a minute that way, inside the write transaction, with every other writer waiting. Here the
 * buffer starts as large as the whole update, so that it never grows; the parse runs before the
 * write transaction begins. The update text is held in memory whole, as the request body limit
 * ({@code registry.limits.max-body-size}) allows.
 */
final class UpdateParsing {

    private static final int MIN_BUFFER = 4096;

    private UpdateParsing() {}

    /**
     * Returns the update in {@code text}, with relative IRIs resolved against {@code base} and the
     * protocol's {@code using-graph-uri} and {@code using-named-graph-uri} applied.
     *
     * @throws QueryParseException if it is not a SPARQL Update, with the line and column
     */
    static UpdateRequest parse(String text, String base, UsingList using) {
        UpdateRequest request = new UpdateRequest();
        request.setBase(IRIs.resolveIRI(base));
        UpdateSink sink = new UsingUpdateSink(new UpdateRequestSink(request), using);
        SimpleCharStream chars =
                new SimpleCharStream(
                        new StringReader(text), 1, 1, Math.max(MIN_BUFFER, text.length() + 1));
        ARQParser parser = new ARQParser(new ARQParserTokenManager(chars));
        try {
            parser.setUpdate(request, sink);
            parser.UpdateUnit();
        } catch (ParseException e) {
            throw new QueryParseException(
                    e.getMessage(), e.currentToken.beginLine, e.currentToken.beginColumn);
        } catch (TokenMgrError e) {
            throw new QueryParseException(
                    e.getMessage(), parser.token.endLine, parser.token.endColumn);
        } finally {
            sink.close();
        }
        return request;
    }
}

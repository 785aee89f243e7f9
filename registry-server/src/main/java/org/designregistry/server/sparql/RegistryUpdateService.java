package org.designregistry.server.sparql;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.modify.UsingList;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.web.HttpSC;
import org.designregistry.server.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fuseki's SPARQL Update service, changed in how an update is read and run: the whole update is
 * parsed before the write transaction begins, in time linear in its length ({@link UpdateParsing});
 * an update that would read a file or call another server is refused before it runs ({@link
 * OutboundRequests}), with 403 problem details; {@code SERVICE} is switched off in its execution
 * context; and a failed {@code LOAD} is answered without a word of what was read.
 */
final class RegistryUpdateService extends SPARQL_Update {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryUpdateService.class);

    /** The base Fuseki parses updates against. */
    private static final String BASE = "http://server/unset-base/";

    private final OutboundRequests outbound;

    RegistryUpdateService(OutboundRequests outbound) {
        this.outbound = outbound;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        if (action.getRequestParameter(RegistryQueryService.BASELINE_PARAM) != null) {
            throw RefusedWrites.refuse(
                    Problems.of(
                            org.springframework.http.HttpStatus.CONFLICT,
                            "A frozen baseline cannot change: an update may not name one"
                                    + " (baseline=); updates change the registry as it is now"));
        }
        UpdateRequest request = parse(action, input);
        Optional<String> refusal = outbound.refusal(request);
        if (refusal.isPresent()) {
            throw RefusedWrites.refuse(Problems.outboundRequest(refusal.get()));
        }
        Optional<String> terms = TermGraphWrites.refusal(request);
        if (terms.isPresent()) {
            throw RefusedWrites.refuse(
                    Problems.of(org.springframework.http.HttpStatus.FORBIDDEN, terms.get()));
        }
        boolean loads = request.getOperations().stream().anyMatch(UpdateLoad.class::isInstance);
        action.beginWrite();
        try {
            UpdateExec.dataset(action.getActiveDSG())
                    .update(request)
                    .context(context(action))
                    .execute();
            action.commit();
        } catch (ActionErrorException e) {
            throw e; // refused at commit, which has ended the transaction
        } catch (QueryDeniedException e) {
            action.abortSilent();
            throw RefusedWrites.refuse(
                    Problems.outboundRequest(
                            "The update was refused: it calls another SPARQL service, which this"
                                    + " server does not do"));
        } catch (QueryParseException | QueryBuildException e) {
            action.abortSilent();
            ServletOps.errorBadRequest(SPARQLProtocol.messageForException(e));
        } catch (RuntimeException e) {
            action.abortSilent();
            if (loads) {
                // What a LOAD read may be anywhere in the message: say only that it failed.
                LOG.warn("[{}] LOAD failed: {}", action.id, e.getClass().getName());
                throw new ActionErrorException(
                        HttpSC.BAD_REQUEST_400,
                        "LOAD failed: the document could not be fetched, or is not RDF in a syntax"
                                + " the server reads; nothing was stored",
                        null);
            }
            ServletOps.errorOccurred(e.getMessage());
        } finally {
            action.endWrite();
        }
    }

    private static UpdateRequest parse(HttpAction action, InputStream input) {
        String text;
        try {
            text = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException | RuntimeIOException e) {
            throw new ActionErrorException(
                    HttpSC.BAD_REQUEST_400, "The update could not be read", null);
        }
        try {
            return UpdateParsing.parse(text, BASE, using(action.getRequest()));
        } catch (QueryParseException e) {
            throw new ActionErrorException(
                    HttpSC.BAD_REQUEST_400, SPARQLProtocol.messageForParseException(e), null);
        }
    }

    /** Returns the protocol's {@code using-graph-uri} and {@code using-named-graph-uri}. */
    private static UsingList using(HttpServletRequest request) {
        UsingList using = new UsingList();
        String[] graphs = request.getParameterValues("using-graph-uri");
        if (graphs != null) {
            for (String graph : graphs) {
                using.addUsing(NodeFactory.createURI(graph));
            }
        }
        String[] named = request.getParameterValues("using-named-graph-uri");
        if (named != null) {
            for (String graph : named) {
                using.addUsingNamed(NodeFactory.createURI(graph));
            }
        }
        return using;
    }

    private static Context context(HttpAction action) {
        Context context = action.getContext() == null ? new Context() : action.getContext().copy();
        context.set(ARQ.httpServiceAllowed, false);
        return context;
    }
}

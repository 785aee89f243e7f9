package org.designregistry.server.sparql;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * Decides whether a SPARQL request may make the server read a file or call another server, before
 * it runs: {@code LOAD} only from {@code http:} or {@code https:} URLs whose host an admin allows
 * ({@code registry.sparql.load-allowed-hosts}, none by default), never from files or other schemes;
 * {@code SERVICE} never.
 *
 * <p>The walk looks through the patterns, subqueries and the {@code EXISTS} of filters and binds,
 * to give the client a clear refusal. It is not the only guard: {@code SERVICE} is also switched
 * off for the whole JVM ({@link SparqlConfiguration}), which covers what the walk does not reach,
 * such as an {@code EXISTS} in a {@code HAVING}.
 */
final class OutboundRequests {

    private static final Set<String> LOAD_SCHEMES = Set.of("http", "https");

    private final Set<String> loadAllowedHosts;

    /** Creates the policy; {@code loadAllowedHosts} are host names, compared ignoring case. */
    OutboundRequests(List<String> loadAllowedHosts) {
        this.loadAllowedHosts =
                loadAllowedHosts.stream()
                        .map(String::strip)
                        .filter(host -> !host.isEmpty())
                        .map(host -> host.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet());
    }

    /** Returns why the update may not run, or empty if it makes no request the policy refuses. */
    Optional<String> refusal(UpdateRequest request) {
        for (Update update : request.getOperations()) {
            Optional<String> refused = Optional.empty();
            if (update instanceof UpdateLoad load) {
                refused = loadRefusal(load.getSource());
            } else if (update instanceof UpdateModify modify) {
                refused = serviceRefusal(modify.getWherePattern());
            }
            if (refused.isPresent()) {
                return refused;
            }
        }
        return Optional.empty();
    }

    /** Returns why the query may not run, or empty. */
    Optional<String> refusal(Query query) {
        return serviceRefusal(query.getQueryPattern());
    }

    private Optional<String> loadRefusal(String source) {
        String scheme;
        String host;
        try {
            URI uri = new URI(source);
            scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            scheme = "";
            host = "";
        }
        if (scheme.equals("file")) {
            return Optional.of(
                    "LOAD <"
                            + source
                            + "> refused: the server never loads its own files; send the data"
                            + " in the request (INSERT DATA, or PUT/POST to /data)");
        }
        if (LOAD_SCHEMES.contains(scheme) && loadAllowedHosts.contains(host)) {
            return Optional.empty();
        }
        return Optional.of(
                "LOAD <"
                        + source
                        + "> refused: the server loads only from http or https hosts an admin"
                        + " allows in registry.sparql.load-allowed-hosts ("
                        + (loadAllowedHosts.isEmpty()
                                ? "none are allowed"
                                : "allowed: "
                                        + String.join(
                                                ", ", loadAllowedHosts.stream().sorted().toList()))
                        + "); send the data in the request (INSERT DATA, or PUT/POST to /data)");
    }

    private static Optional<String> serviceRefusal(Element pattern) {
        Optional<String> service = findService(pattern);
        return service.map(
                endpoint ->
                        "SERVICE <"
                                + endpoint
                                + "> refused: this server does not call other SPARQL services;"
                                + " query them directly");
    }

    /** Returns the endpoint of the first SERVICE in the pattern or its subqueries, or empty. */
    private static Optional<String> findService(Element pattern) {
        if (pattern == null) {
            return Optional.empty();
        }
        String[] found = new String[1];
        ElementWalker.walk(
                pattern,
                new ElementVisitorBase() {
                    @Override
                    public void visit(ElementService service) {
                        if (found[0] == null) {
                            Node endpoint = service.getServiceNode();
                            found[0] = endpoint.isURI() ? endpoint.getURI() : endpoint.toString();
                        }
                    }

                    @Override
                    public void visit(ElementSubQuery subQuery) {
                        if (found[0] == null) {
                            found[0] =
                                    findService(subQuery.getQuery().getQueryPattern()).orElse(null);
                        }
                    }

                    @Override
                    public void visit(ElementFilter filter) {
                        if (found[0] == null) {
                            found[0] = findService(filter.getExpr()).orElse(null);
                        }
                    }

                    @Override
                    public void visit(ElementBind bind) {
                        if (found[0] == null) {
                            found[0] = findService(bind.getExpr()).orElse(null);
                        }
                    }
                });
        return Optional.ofNullable(found[0]);
    }

    /** Returns the endpoint of the first SERVICE in an EXISTS or NOT EXISTS of the expression. */
    private static Optional<String> findService(Expr expr) {
        if (expr instanceof ExprFunctionOp exists) {
            return findService(exists.getElement());
        }
        if (expr instanceof ExprFunction function) {
            for (Expr arg : function.getArgs()) {
                Optional<String> found = findService(arg);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}

package org.designregistry.server.sparql;

import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.designregistry.model.RegistryException;
import org.designregistry.model.baseline.Baseline;
import org.designregistry.model.baseline.BaselineNotFoundException;
import org.designregistry.model.baseline.Baselines;
import org.designregistry.server.web.Problems;
import org.springframework.http.HttpStatus;

/**
 * Fuseki's Graph Store Protocol service ({@code /data}), which also reads the registry graph as a
 * baseline holds it: {@code GET /data?baseline=NAME} (with or without {@code default}) answers that
 * graph in the RDF syntax the {@code Accept} header asks for, with the headers {@value
 * RegistryQueryService#BASELINE_HEADER} and {@value #AS_OF_HEADER}; HEAD answers the same headers.
 * A baseline has no named graphs, so {@code graph=} with it is a 400; an unknown baseline is a 404;
 * a write that names a baseline is a 409, since a frozen baseline cannot change. Each is answered
 * with problem details. Requests without {@code baseline} are Fuseki's own.
 */
final class RegistryGraphStore extends GSP_RW {

    /** The reply header that names the last change a baseline holds. */
    static final String AS_OF_HEADER = "Registry-As-Of-Change";

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String DEFAULT_PARAM = "default";

    private final Baselines baselines;

    RegistryGraphStore(Baselines baselines) {
        this.baselines = baselines;
    }

    @Override
    public void validate(HttpAction action) {
        if (baselineName(action) == null) {
            super.validate(action);
            return;
        }
        String method = action.getRequestMethod().toUpperCase(Locale.ROOT);
        if (!READS.contains(method)) {
            throw RefusedWrites.refuse(
                    Problems.of(
                            HttpStatus.CONFLICT,
                            "A frozen baseline cannot change: a graph store write may not name"
                                    + " one (baseline=); writes change the registry as it is"
                                    + " now"));
        }
        Enumeration<String> names = action.getRequestParameterNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            if (name.equals("graph")) {
                throw badRequest(
                        "A baseline holds the registry graph only, as the default graph: read it"
                                + " with /data?baseline=NAME; it has no named graphs (graph=)");
            }
            if (!name.equals(RegistryQueryService.BASELINE_PARAM) && !name.equals(DEFAULT_PARAM)) {
                throw badRequest(
                        "Unknown parameter '"
                                + name
                                + "': a baseline is read with baseline= and, optionally,"
                                + " default");
            }
            if (action.getRequestParameterValues(name).length != 1) {
                throw badRequest("Give the parameter '" + name + "' once");
            }
        }
    }

    @Override
    protected void doGet(HttpAction action) {
        if (baselineName(action) == null) {
            super.doGet(action);
        } else {
            readBaseline(action, true);
        }
    }

    @Override
    protected void doHead(HttpAction action) {
        if (baselineName(action) == null) {
            super.doHead(action);
        } else {
            readBaseline(action, false);
        }
    }

    /** Answers the registry graph as the named baseline holds it, or only its headers. */
    private void readBaseline(HttpAction action, boolean withBody) {
        ActionLib.setCommonHeaders(action);
        MediaType mediaType = ActionLib.contentNegotationRDF(action);
        Lang lang = RDFLanguages.contentTypeToLang(mediaType.getContentTypeStr());
        if (lang == null) {
            lang = Lang.TURTLE;
        }
        String name = baselineName(action);
        action.beginRead();
        try {
            Baseline baseline = find(name);
            action.setResponseHeader(RegistryQueryService.BASELINE_HEADER, baseline.name());
            action.setResponseHeader(AS_OF_HEADER, Long.toString(baseline.change()));
            if (withBody) {
                ActionLib.graphResponse(action, baselines.frozenGraph(baseline), lang);
            } else {
                action.setResponseContentType(lang.getContentType().toHeaderString());
            }
            ServletOps.success(action);
        } finally {
            action.endRead();
        }
    }

    /** Returns the baseline a name names; 404 when none does, 400 for a name against grammar. */
    private Baseline find(String name) {
        try {
            return baselines.find(name).orElseThrow(() -> new BaselineNotFoundException(name));
        } catch (BaselineNotFoundException e) {
            throw RefusedWrites.refuse(Problems.of(HttpStatus.NOT_FOUND, e.getMessage()));
        } catch (RegistryException e) {
            throw badRequest(e.getMessage());
        }
    }

    private static String baselineName(HttpAction action) {
        return action.getRequestParameter(RegistryQueryService.BASELINE_PARAM);
    }

    private static RuntimeException badRequest(String detail) {
        return RefusedWrites.refuse(Problems.of(HttpStatus.BAD_REQUEST, detail));
    }
}

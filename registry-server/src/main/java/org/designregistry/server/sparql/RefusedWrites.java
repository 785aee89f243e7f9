package org.designregistry.server.sparql;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.designregistry.model.ShapeViolationException;

/**
 * Carries a refused write out of Fuseki: the dataset Fuseki writes through turns a {@link
 * ShapeViolationException} at commit into Fuseki's own 422 error, and keeps the exception for the
 * thread so that the filter can answer with the full report as problem details.
 */
final class ShapeViolations {

    private static final ThreadLocal<ShapeViolationException> REFUSED = new ThreadLocal<>();

    private ShapeViolations() {}

    /** Returns the dataset for Fuseki: {@code guarded}, with refusals kept for the thread. */
    static DatasetGraph reporting(DatasetGraph guarded) {
        return new DatasetGraphWrapper(guarded) {
            @Override
            public void commit() {
                try {
                    super.commit();
                } catch (ShapeViolationException e) {
                    REFUSED.set(e);
                    throw new ActionErrorException(422, e.getMessage(), null);
                }
            }
        };
    }

    /** Returns the write this thread had refused, if any, without clearing it. */
    static ShapeViolationException current() {
        return REFUSED.get();
    }

    /** Returns and clears the write this thread had refused, or null. */
    static ShapeViolationException take() {
        ShapeViolationException refused = REFUSED.get();
        REFUSED.remove();
        return refused;
    }
}

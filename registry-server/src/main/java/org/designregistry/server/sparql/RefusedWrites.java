package org.designregistry.server.sparql;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.designregistry.model.RegistryException;
import org.designregistry.model.ShapeViolationException;
import org.designregistry.model.TermTooLongException;
import org.designregistry.model.baseline.BaselineWriteRefusedException;
import org.designregistry.model.edit.DecisionWriteRefusedException;
import org.designregistry.model.edit.NamedGraphWriteRefusedException;
import org.designregistry.server.web.Problems;
import org.springframework.http.ProblemDetail;

/**
 * Carries a refused write out of Fuseki: the dataset Fuseki writes through turns a refusal at
 * commit (a {@link ShapeViolationException}, a {@link DecisionWriteRefusedException}, a {@link
 * NamedGraphWriteRefusedException} or a {@link TermTooLongException}) into Fuseki's own error with
 * the same status, and keeps the refusal's problem details for the thread so that the filter can
 * answer with them. The update service refuses updates it will not run ({@code LOAD}, {@code
 * SERVICE}) the same way.
 */
final class RefusedWrites {

    private static final ThreadLocal<ProblemDetail> REFUSED = new ThreadLocal<>();

    private RefusedWrites() {}

    /** Returns the dataset for Fuseki: {@code guarded}, with refusals kept for the thread. */
    static DatasetGraph reporting(DatasetGraph guarded) {
        return new DatasetGraphWrapper(guarded) {
            @Override
            public void commit() {
                try {
                    super.commit();
                } catch (ShapeViolationException
                        | DecisionWriteRefusedException
                        | NamedGraphWriteRefusedException
                        | TermTooLongException
                        | BaselineWriteRefusedException e) {
                    throw refuse(problem(e));
                }
            }
        };
    }

    /**
     * Keeps {@code problem} as this thread's refusal and returns Fuseki's error to throw, which
     * ends the request without a reply of Fuseki's own.
     */
    static ActionErrorException refuse(ProblemDetail problem) {
        REFUSED.set(problem);
        return new ActionErrorException(problem.getStatus(), problem.getDetail(), null);
    }

    /** Returns the problem details that answer a refused write. */
    static ProblemDetail problem(RegistryException refused) {
        if (refused instanceof DecisionWriteRefusedException decisions) {
            return Problems.decisionNeedsApprover(decisions);
        }
        if (refused instanceof NamedGraphWriteRefusedException graphs) {
            return Problems.namedGraphWrite(graphs);
        }
        if (refused instanceof BaselineWriteRefusedException frozen) {
            return Problems.baselineFrozen(frozen);
        }
        if (refused instanceof TermTooLongException tooLong) {
            return Problems.termTooLong(tooLong);
        }
        return Problems.shapeViolation((ShapeViolationException) refused);
    }

    /** Returns whether this thread has had a write refused, without clearing it. */
    static boolean any() {
        return REFUSED.get() != null;
    }

    /** Returns and clears the problem details of the write this thread had refused, or null. */
    static ProblemDetail take() {
        ProblemDetail refused = REFUSED.get();
        REFUSED.remove();
        return refused;
    }
}

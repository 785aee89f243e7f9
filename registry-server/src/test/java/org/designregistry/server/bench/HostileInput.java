package org.designregistry.server.bench;

import java.util.List;
import org.designregistry.server.bench.BenchHttp.Reply;

/**
 * One hostile input: what it sends, and whether a refusal for want of budget (503 with {@code
 * Retry-After}) is a right answer besides a 4xx.
 *
 * @param name what it is, as the report names it
 * @param budgetRefusal whether 503 with {@code Retry-After} counts as refused
 * @param attack sends it and returns the replies it got
 */
record HostileInput(String name, boolean budgetRefusal, Attack attack) {

    /** Sends a hostile input to the server. */
    @FunctionalInterface
    interface Attack {

        /**
         * Sends the input and returns the replies (one per request that carried it).
         *
         * @throws Exception if it could not be sent at all, such as a failed sign-in before it
         */
        List<Reply> send(Target target) throws Exception;
    }

    /**
     * What an attack needs: the server, a client, and the listener whose address it asks the server
     * to fetch from.
     */
    record Target(JarServer server, BenchHttp http, OutboundListener outbound) {}

    /** Returns whether {@code reply} refuses the input as it should: 4xx, or a budget's 503. */
    boolean refusedRightly(Reply reply) {
        return (reply.status() >= 400 && reply.status() < 500)
                || (budgetRefusal
                        && reply.status() == 503
                        && reply.header("Retry-After").isPresent());
    }
}

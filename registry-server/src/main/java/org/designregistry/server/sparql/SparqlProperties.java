package org.designregistry.server.sparql;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The SPARQL endpoint's {@code registry.sparql.*} properties.
 *
 * @param timeout how long a query may run before it is stopped and answered with 503 ({@code
 *     registry.sparql.timeout}, default 30 s); a client's {@code timeout} parameter can only lower
 *     it
 * @param resultLimit the most solutions a SELECT, CONSTRUCT or DESCRIBE query returns ({@code
 *     registry.sparql.result-limit}, default 10,000; 0 for no cap): a query without a LIMIT, or
 *     with a larger one, gets this LIMIT and the reply says so in {@code Registry-Result-Limit}
 * @param threads how many SPARQL requests run at once ({@code registry.sparql.threads}, default 4);
 *     others wait in a queue of {@code queue} places, and beyond that are answered with 503
 * @param queue how many SPARQL requests may wait for a thread ({@code registry.sparql.queue},
 *     default 100)
 * @param stackSize the stack of each SPARQL thread ({@code registry.sparql.stack-size}, default 256
 *     MB, reserved but only used as deep recursion needs it): ARQ evaluates {@code +} and {@code *}
 *     paths recursively, one level per node reached
 * @param corsAllowedOrigins the origins whose pages may query and read by CORS ({@code
 *     registry.sparql.cors-allowed-origins}, default {@code *}: any); updates and graph store
 *     writes need {@code registry.security.write-origins}
 */
@ConfigurationProperties("registry.sparql")
public record SparqlProperties(
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("10000") int resultLimit,
        @DefaultValue("4") int threads,
        @DefaultValue("100") int queue,
        @DefaultValue("256MB") DataSize stackSize,
        @DefaultValue("*") List<String> corsAllowedOrigins) {}

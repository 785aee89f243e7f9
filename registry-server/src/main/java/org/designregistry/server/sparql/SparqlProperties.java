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
 * @param threads how many SPARQL queries and graph store reads run at once ({@code
 *     registry.sparql.threads}, default 4); others wait in a queue of {@code queue} places, and
 *     beyond that are answered with 503
 * @param writeThreads how many SPARQL updates and graph store writes run at once ({@code
 *     registry.sparql.write-threads}, default 2), on threads of their own so that reads never wait
 *     behind writes
 * @param queue how many SPARQL reads, and separately writes, may wait for a thread ({@code
 *     registry.sparql.queue}, default 100)
 * @param maxQueriesPerClient how many queries one client (a signed-in user, or a remote address)
 *     may have running or waiting at once ({@code registry.sparql.max-queries-per-client}, default
 *     2; 0 for no limit); more are answered with 429
 * @param maxSortedRows how many rows a query may sort, group or make distinct in all ({@code
 *     registry.sparql.max-sorted-rows}, default 200,000); past it the query is stopped with 422
 * @param spillToDiskThreshold how many rows a sort or distinct keeps in memory before it spills to
 *     temporary files ({@code registry.sparql.spill-to-disk-threshold}, default 50,000)
 * @param maxResultBytes the largest query reply ({@code registry.sparql.max-result-bytes}, default
 *     16 MB): the reply is held until the query ends, and a larger one is refused with 422
 * @param stackSize the stack of each SPARQL thread ({@code registry.sparql.stack-size}, default 256
 *     MB, reserved but only used as deep recursion needs it): ARQ evaluates {@code +} and {@code *}
 *     paths recursively, one level per node reached
 * @param corsAllowedOrigins the origins whose pages may query and read by CORS ({@code
 *     registry.sparql.cors-allowed-origins}, default {@code *}: any); updates and graph store
 *     writes need {@code registry.security.write-origins}
 * @param loadAllowedHosts the hosts a SPARQL {@code LOAD} may read from, over http or https ({@code
 *     registry.sparql.load-allowed-hosts}, default none: every {@code LOAD} is refused); {@code
 *     LOAD} from a file is refused always
 */
@ConfigurationProperties("registry.sparql")
public record SparqlProperties(
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("10000") int resultLimit,
        @DefaultValue("4") int threads,
        @DefaultValue("2") int writeThreads,
        @DefaultValue("100") int queue,
        @DefaultValue("2") int maxQueriesPerClient,
        @DefaultValue("200000") long maxSortedRows,
        @DefaultValue("50000") long spillToDiskThreshold,
        @DefaultValue("16MB") DataSize maxResultBytes,
        @DefaultValue("256MB") DataSize stackSize,
        @DefaultValue("*") List<String> corsAllowedOrigins,
        @DefaultValue("") List<String> loadAllowedHosts) {}

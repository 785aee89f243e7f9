package org.designregistry.server.sparql;

import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.servlets.ActionProcessor;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.util.Context;
import org.designregistry.model.Registry;
import org.designregistry.model.baseline.Baselines;
import org.designregistry.model.edit.ValidatedWrites;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.server.web.ProblemWriter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Serves the registry with Fuseki's protocol code inside Spring Boot's Tomcat: one Fuseki data
 * service over the registry's dataset, named {@code /}, with the endpoints {@code sparql} (query
 * and update) and {@code data} (graph store, read and write), so that they answer at {@code
 * /sparql} and {@code /data}.
 *
 * <p>Fuseki writes through {@link ValidatedWrites#guard}: every update and graph store write is
 * checked against the shapes, and against the signed-in user's {@link WriteRights} (only approvers
 * change decisions), before it commits; and may change only the default graph. Queries get the
 * configured time limit and result cap. The server reads nothing from elsewhere for a client:
 * {@code SERVICE} is off for the whole JVM, and {@code LOAD} is refused unless its URL's host is in
 * {@code registry.sparql.load-allowed-hosts} ({@link OutboundRequests}); updates are parsed before
 * their write transaction begins ({@link RegistryUpdateService}). Queries and graph store reads may
 * name a baseline ({@code baseline=NAME}) to read the registry graph as it holds it ({@link
 * RegistryQueryService}, {@link RegistryGraphStore}).
 */
@Configuration(proxyBeanMethods = false)
class SparqlConfiguration {

    /** The Fuseki dataset name: the root, so that endpoint names are whole paths. */
    static final String DATASET = "/";

    @Bean
    DataAccessPointRegistry sparqlAccessPoints(
            Registry registry,
            SparqlProperties properties,
            WriteRights rights,
            QueryDeadlines deadlines,
            Baselines baselines) {
        // SERVICE is off for the whole JVM, whatever context a query or update runs in.
        ARQ.globalServiceAllowed = false;
        Context context = new Context();
        context.set(ARQ.queryTimeout, Long.toString(properties.timeout().toMillis()));
        context.set(ARQ.httpServiceAllowed, false);
        // Sorts and distinct sets keep this many rows in memory, the rest in temporary files...
        context.set(ARQ.spillToDiskThreshold, properties.spillToDiskThreshold());
        // ... and a query may hold this many rows in all, in memory or on disk.
        QC.setFactory(context, BudgetedOpExecutor.factory(properties.maxSortedRows()));
        OutboundRequests outbound = new OutboundRequests(properties.loadAllowedHosts());
        RegistryQueryService query =
                new RegistryQueryService(
                        properties.timeout(),
                        properties.resultLimit(),
                        deadlines,
                        outbound,
                        baselines);
        DataService service =
                DataService.newBuilder(
                                RefusedWrites.reporting(ValidatedWrites.guard(registry, rights)))
                        .addEndpoint(endpoint(Operation.Query, "sparql", context, query))
                        .addEndpoint(
                                endpoint(
                                        Operation.Update,
                                        "sparql",
                                        context,
                                        new RegistryUpdateService(outbound)))
                        .addEndpoint(
                                endpoint(
                                        Operation.GSP_RW,
                                        "data",
                                        context,
                                        new RegistryGraphStore(baselines)))
                        .build();
        service.setEndpointProcessors(OperationRegistry.createStd());
        service.goActive();
        DataAccessPointRegistry points = new DataAccessPointRegistry();
        points.register(new DataAccessPoint(DATASET, service));
        return points;
    }

    /** Puts Fuseki's registries where its dispatcher looks for them: the servlet context. */
    @Bean
    ServletContextInitializer sparqlServletContext(DataAccessPointRegistry points) {
        return servletContext -> {
            DataAccessPointRegistry.set(servletContext, points);
            OperationRegistry.set(servletContext, OperationRegistry.createStd());
        };
    }

    @Bean(destroyMethod = "close")
    QueryDeadlines sparqlDeadlines() {
        return new QueryDeadlines();
    }

    /** Routes {@code /sparql} and {@code /data} to Fuseki, after the security filters. */
    @Bean
    FilterRegistrationBean<SparqlFilter> sparqlFilter(
            SparqlProperties properties, ProblemWriter problems) {
        long stack = properties.stackSize().toBytes();
        QueryThreads reads =
                new QueryThreads(
                        "sparql",
                        "registry.sparql.threads",
                        properties.threads(),
                        properties.queue(),
                        stack);
        QueryThreads writes =
                new QueryThreads(
                        "sparql-write",
                        "registry.sparql.write-threads",
                        properties.writeThreads(),
                        properties.queue(),
                        stack);
        SparqlFilter filter =
                new SparqlFilter(
                        reads,
                        writes,
                        new QueryPermits(properties.maxQueriesPerClient()),
                        properties.maxResultBytes().toBytes(),
                        problems);
        FilterRegistrationBean<SparqlFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns(SparqlFilter.SPARQL_PATH, SparqlFilter.DATA_PATH);
        registration.setName("sparql");
        // Spring Security's filters run at -100: protocol requests are authorised first.
        registration.setOrder(0);
        return registration;
    }

    private static Endpoint endpoint(
            Operation operation, String name, Context context, ActionProcessor processor) {
        Endpoint.Builder builder =
                Endpoint.create().operation(operation).endpointName(name).context(context);
        if (processor != null) {
            builder.processor(processor);
        }
        return builder.build();
    }
}

/**
 * The SPARQL 1.1 endpoint ({@code /sparql}: query, update, service description) and the Graph Store
 * Protocol ({@code /data}), served by Apache Jena Fuseki's protocol code inside the Spring Boot
 * server; and the SPARQL page ({@code /query}).
 *
 * <ul>
 *   <li>{@code QueryController} :: {@code GET /query}, the SPARQL page ({@code
 *       templates/sparql/query.html}, {@code static/js/sparql-page.js}): YASGUI's editor and
 *       results view, served by the app, whose queries run against {@code /sparql}.
 *   <li>{@code SampleQueries} :: the sample queries ({@code samples/queries/*.rq}), one click away
 *       on the page.
 *   <li>{@code SparqlConfiguration} :: builds Fuseki's data service over the registry's guarded
 *       dataset and registers the filter.
 *   <li>{@code SparqlFilter} :: protocol checks Fuseki leaves out (405, 415, query and update
 *       both), then Fuseki on a SPARQL thread as the signed-in user; refused writes and bodies over
 *       the limit answered as problem details.
 *   <li>{@code QueryThreads} :: the few large-stack threads SPARQL requests run on, one set for
 *       reads and one for writes.
 *   <li>{@code QueryPermits} :: each client's queries in progress, against {@code
 *       max-queries-per-client} (429).
 *   <li>{@code RegistryQueryService} :: Fuseki's query service with the result cap, the time-out
 *       reply (naming the effective limit), the stack-overflow guard, the out-of-memory policy and
 *       the refusal of {@code SERVICE}; {@code baseline=NAME} queries a baseline.
 *   <li>{@code QueryDeadlines} :: aborts a query at its time limit, in a sort or while its results
 *       are written.
 *   <li>{@code BudgetedOpExecutor}, {@code HeldRows} :: TDB2's evaluation with a budget on the rows
 *       sorts, groups and distinct sets hold ({@code max-sorted-rows}, 422).
 *   <li>{@code BoundedReply} :: holds a query's reply until the query ends, refusing one over
 *       {@code max-result-bytes} (422).
 *   <li>{@code RefusalAwareResponse} :: drops what Fuseki writes once a write was refused.
 *   <li>{@code RegistryGraphStore} :: Fuseki's graph store service, which also reads the registry
 *       graph as a baseline holds it ({@code /data?baseline=NAME}) and refuses writes that name
 *       one.
 *   <li>{@code RegistryUpdateService} :: Fuseki's update service, parsing the whole update before
 *       its write transaction and refusing outbound requests before it runs.
 *   <li>{@code UpdateParsing} :: parses an update in time linear in its length, however long its
 *       literals.
 *   <li>{@code OutboundRequests} :: whether a query or update would read a file or call a server:
 *       {@code LOAD} only from allowed hosts, {@code SERVICE} never.
 *   <li>{@code RefusedWrites} :: carries a write refused at commit (shapes, decision rights, named
 *       graphs, term limits), or a request refused before it ran, out of Fuseki as problem details.
 *   <li>{@code TermGraphs} :: the dataset a query reads: the registry's, with the ontology and the
 *       concept schemes beside it as two read-only named graphs from the classpath.
 *   <li>{@code TermGraphWrites} :: refuses an update or graph store write that names a term graph
 *       (403).
 *   <li>{@code ServiceDescriptionController} :: the service description at {@code GET /sparql},
 *       naming the term graphs.
 *   <li>{@code SparqlProperties} :: {@code registry.sparql.*}: time-out, result cap, budgets,
 *       threads, stack size, CORS origins, hosts {@code LOAD} may read from.
 * </ul>
 */
package org.designregistry.server.sparql;

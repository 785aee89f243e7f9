package org.designregistry.model.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionBase;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.designregistry.model.search.TextQueries.Scope;

/**
 * The {@code text:query} property function, shaped like jena-text's, over the registry's own index.
 * The index is found in the query's context under {@link #SEARCH}, which each registry puts in its
 * dataset's context.
 *
 * <pre>
 * ?s text:query "words"
 * (?s ?score) text:query ("words" 10)
 * ?s text:query (rdfs:label "words")        # only in labels; also dcterms:description,
 *                                            # skos:altLabel, dcterms:identifier
 * ?s text:query (dr:Interface "words")      # only resources of a class
 * </pre>
 *
 * <p>The words use the search syntax of {@link SearchQuery}; hits come best first, at most {@value
 * #DEFAULT_LIMIT} unless a limit is given, and {@code ?score} is bound to an {@code xsd:float}.
 */
final class TextQueryFunction extends PropertyFunctionBase {

    /** The function's IRI, jena-text's: {@code text:} is {@code http://jena.apache.org/text#}. */
    static final String IRI = "http://jena.apache.org/text#query";

    /** The context key under which a dataset's registry search is found. */
    static final Symbol SEARCH = Symbol.create("https://w3id.org/design-registry#search");

    /** The most hits returned when the query gives no limit. */
    static final int DEFAULT_LIMIT = 10_000;

    private static final Map<Node, Scope> PROPERTIES =
            Map.of(
                    RDFS.label.asNode(), Scope.LABEL,
                    DCTerms.title.asNode(), Scope.LABEL,
                    SKOS.prefLabel.asNode(), Scope.LABEL,
                    SKOS.altLabel.asNode(), Scope.ALT_LABEL,
                    DCTerms.alternative.asNode(), Scope.ALT_LABEL,
                    DCTerms.description.asNode(), Scope.DESCRIPTION,
                    RDFS.comment.asNode(), Scope.DESCRIPTION,
                    SKOS.definition.asNode(), Scope.DESCRIPTION,
                    DCTerms.identifier.asNode(), Scope.IDENTIFIER);

    /** What one call searches for. */
    record Request(String text, Scope scope, String classIri, int limit) {}

    /** One match: a resource and its score. */
    record Match(String iri, float score) {}

    @Override
    public void build(
            PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext execCxt) {
        super.build(subject, predicate, object, execCxt);
        if (subject.isList()) {
            if (subject.getArgListSize() < 1 || subject.getArgListSize() > 2) {
                throw new QueryBuildException(
                        "text:query: the subject is ?s or (?s ?score), not "
                                + subject.getArgListSize()
                                + " items");
            }
            if (subject.getArgListSize() == 2 && !subject.getArg(1).isVariable()) {
                throw new QueryBuildException(
                        "text:query: the score in (?s ?score) must be a variable");
            }
        }
        if (object.isList() && (object.getArgListSize() < 1 || object.getArgListSize() > 3)) {
            throw new QueryBuildException(
                    "text:query: the object is \"words\" or ([property or class] \"words\" [limit])");
        }
    }

    @Override
    public QueryIterator exec(
            Binding binding,
            PropFuncArg subject,
            Node predicate,
            PropFuncArg object,
            ExecutionContext execCxt) {
        Object found = execCxt.getContext().get(SEARCH);
        if (!(found instanceof RegistrySearch search)) {
            throw new QueryExecException(
                    "text:query: this dataset has no registry search index; query a registry's"
                            + " dataset");
        }
        Node s = subject.isList() ? subject.getArg(0) : subject.getArg();
        Node score = subject.isList() && subject.getArgListSize() == 2 ? subject.getArg(1) : null;
        Node boundSubject = s.isVariable() ? binding.get(Var.alloc(s)) : s;
        if (boundSubject != null && !boundSubject.isURI()) {
            return QueryIterPlainWrapper.create(List.<Binding>of().iterator(), execCxt);
        }
        Request request = request(object, binding);
        List<Match> matches;
        try {
            matches = search.match(request, boundSubject == null ? null : boundSubject.getURI());
        } catch (InvalidSearchException e) {
            throw new QueryExecException("text:query: " + e.getMessage(), e);
        } catch (SearchUnavailableException e) {
            // The reason names server folders; the health endpoint gives it to administrators.
            throw new QueryExecException(
                    "text:query: search is unavailable, as its index cannot be used; 'registry"
                            + " reindex' rebuilds it",
                    e);
        }
        List<Binding> rows = new ArrayList<>(matches.size());
        for (Match m : matches) {
            var row = BindingFactory.builder(binding);
            if (s.isVariable() && boundSubject == null) {
                row.add(Var.alloc(s), NodeFactory.createURI(m.iri()));
            }
            if (score != null) {
                Node value =
                        NodeFactory.createLiteralDT(
                                Float.toString(m.score()), XSDDatatype.XSDfloat);
                Node already = binding.get(Var.alloc(score));
                if (already != null && !already.sameValueAs(value)) {
                    continue;
                }
                if (already == null) {
                    row.add(Var.alloc(score), value);
                }
            }
            rows.add(row.build());
        }
        return QueryIterPlainWrapper.create(rows.iterator(), execCxt);
    }

    private static Request request(PropFuncArg object, Binding binding) {
        List<Node> args = object.isList() ? object.getArgList() : List.of(object.getArg());
        List<Node> values = new ArrayList<>();
        for (Node arg : args) {
            Node value = arg.isVariable() ? binding.get(Var.alloc(arg)) : arg;
            if (value == null) {
                throw new QueryExecException(
                        "text:query: " + arg + " is not bound; bind the words before searching");
            }
            values.add(value);
        }
        int i = 0;
        Scope scope = Scope.ALL;
        String classIri = null;
        if (values.get(0).isURI()) {
            Node first = values.get(0);
            scope = PROPERTIES.get(first);
            if (scope == null) {
                scope = Scope.ALL;
                classIri = first.getURI();
            }
            i++;
        }
        if (i >= values.size() || !values.get(i).isLiteral()) {
            throw new QueryExecException(
                    "text:query: give the words as a string, as in ?s text:query \"settlement\"");
        }
        String text = values.get(i).getLiteralLexicalForm();
        i++;
        int limit = DEFAULT_LIMIT;
        if (i < values.size()) {
            limit = limit(values.get(i));
            i++;
        }
        if (i < values.size()) {
            throw new QueryExecException(
                    "text:query: unexpected " + values.get(i) + " after the limit");
        }
        return new Request(text, scope, classIri, limit);
    }

    private static int limit(Node node) {
        if (node.isLiteral() && node.getLiteralValue() instanceof Number n) {
            long limit = n.longValue();
            if (limit >= 1 && limit <= DEFAULT_LIMIT) {
                return (int) limit;
            }
        }
        throw new QueryExecException(
                "text:query: the limit must be an integer from 1 to "
                        + DEFAULT_LIMIT
                        + ", not "
                        + node);
    }
}

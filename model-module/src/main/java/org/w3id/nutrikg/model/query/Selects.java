// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.w3id.nutrikg.model.WorkFailedException;
import org.w3id.nutrikg.model.graph.GraphSource;
import org.w3id.nutrikg.model.vocab.Prefixes;

/**
 * SPARQL that NutriKG's own operations send to a {@link GraphSource}: with the standard prefixes declared,
 * parameters bound in the parsed query, and results read completely before the execution closes. This is
 * how describe, search and stats work the same on memory, stores and endpoints.
 */
public final class Selects {

    private Selects() {
    }

    /** Parses {@code sparql} with NutriKG's prefixes declared. */
    public static Query parse(String sparql) {
        return QueryFactory.create(Prefixes.sparqlDeclarations() + sparql);
    }

    /** Parses a query that declares its own prefixes (a named query of sparql/), with NutriKG's as a fallback. */
    public static Query parseWithoutPrefixes(String sparql) {
        Query q = new Query();
        q.setPrefixMapping(org.apache.jena.shared.PrefixMapping.Factory.create().setNsPrefixes(Prefixes.mapping()));
        return QueryFactory.parse(q, sparql, null, org.apache.jena.query.Syntax.syntaxARQ);
    }

    /** The rows of a SELECT query. */
    public static List<QuerySolution> select(GraphSource source, String sparql, Map<String, RDFNode> params) {
        return select(source, parse(sparql), params);
    }

    /** The rows of a parsed SELECT query. */
    public static List<QuerySolution> select(GraphSource source, Query query, Map<String, RDFNode> params) {
        try (QueryExecution qe = source.query(query, params, null, false)) {
            ResultSet rs = qe.execSelect();
            List<QuerySolution> out = new ArrayList<>();
            while (rs.hasNext()) {
                out.add(rs.next());
            }
            return out;
        } catch (QueryCancelledException e) {
            throw new WorkFailedException(QueryMessages.cancelled(source.label()), e);
        }
    }

    /** The answer of an ASK query. */
    public static boolean ask(GraphSource source, String sparql, Map<String, RDFNode> params) {
        try (QueryExecution qe = source.query(parse(sparql), params, null, false)) {
            return qe.execAsk();
        }
    }

    /** The graph of a DESCRIBE or CONSTRUCT query. */
    public static Model graph(GraphSource source, String sparql, Map<String, RDFNode> params) {
        return graph(source, parse(sparql), params);
    }

    /** The graph of a parsed DESCRIBE or CONSTRUCT query. */
    public static Model graph(GraphSource source, Query q, Map<String, RDFNode> params) {
        try (QueryExecution qe = source.query(q, params, null, false)) {
            return q.isDescribeType() ? qe.execDescribe() : qe.execConstruct();
        }
    }
}

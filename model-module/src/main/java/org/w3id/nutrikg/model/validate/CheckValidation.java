// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.validate;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.nutrikg.model.BadInputException;
import org.w3id.nutrikg.model.NutriKGException;
import org.w3id.nutrikg.model.query.QueryParsing;
import org.w3id.nutrikg.model.query.QueryText;

/** Runs the quality checks of sparql/checks/ over the asserted triples. */
final class CheckValidation {

    private static final Logger LOG = LoggerFactory.getLogger(CheckValidation.class);

    private CheckValidation() {
    }

    static List<Draft> run(Graph g, List<QualityCheck> checks) {
        Model model = ModelFactory.createModelForGraph(g);
        List<Draft> out = new ArrayList<>();
        for (QualityCheck check : checks) {
            Query query;
            try {
                query = QueryParsing.parse(new QueryText("sparql/" + check.name() + ".rq", check.text(), null));
            } catch (BadInputException e) {
                throw new NutriKGException("bundled check " + e.located(), e);
            }
            Node rule = Rules.check(check.name());
            long start = System.nanoTime();
            try (QueryExecution qe = QueryExecution.create(query, model)) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    Node entity = node(row.get("entity"));
                    Node property = node(row.get("property"));
                    Node value = node(row.get("value"));
                    List<Triple> hints = new ArrayList<>();
                    if (entity != null) {
                        hints.add(Triple.create(entity, property == null ? Node.ANY : property,
                                value == null ? Node.ANY : value));
                    }
                    out.add(new Draft(check.severity(), entity, property, value, check.message(), Finding.Kind.CHECK,
                            rule, Rules.CHECK_COMPONENT, hints));
                }
            }
            LOG.debug("check {}: {} ms", check.name(), (System.nanoTime() - start) / 1_000_000);
        }
        return out;
    }

    private static Node node(RDFNode n) {
        return n == null ? null : n.asNode();
    }
}

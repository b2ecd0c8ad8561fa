// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.query;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.api.Test;

/** Every bundled .rq file follows the header rules and runs as it is in other SPARQL tools. */
class NamedQueriesTest {

    private static List<NamedQuery> all() {
        List<NamedQuery> all = new ArrayList<>(NamedQueries.list());
        all.addAll(NamedQueries.checks());
        return all;
    }

    @Test
    void thereAreNamedQueries() {
        assertTrue(NamedQueries.list().size() >= 9, "the competency questions are bundled");
    }

    @Test
    void eachHasADescriptionLine() {
        for (NamedQuery q : all()) {
            assertTrue(q.text().startsWith("# "), q.name() + ": line 1 is '# <description>'");
            assertFalse(q.description().isBlank(), q.name());
        }
    }

    @Test
    void eachParsesAsStandardSparqlWithItsOwnPrefixes() {
        for (NamedQuery q : all()) {
            // no predeclared prefixes: the file must run in arq, ROBOT or Fuseki as it is
            Query parsed = QueryFactory.create(q.text(), Syntax.syntaxSPARQL_11);
            if (parsed.isSelectType()) {
                assertTrue(parsed.hasOrderBy(), q.name() + ": a SELECT ends with ORDER BY");
            }
            for (String p : q.parameters()) {
                assertTrue(q.text().contains("?" + p), q.name() + ": parameter ?" + p + " is used");
            }
        }
    }

    @Test
    void unknownNamesAndPathTricksAreNotFound() {
        assertTrue(NamedQueries.find("no-such-query").isEmpty());
        assertTrue(NamedQueries.find("../ontology/nutrikg").isEmpty());
        assertTrue(NamedQueries.find("food-sources").isPresent());
    }
}

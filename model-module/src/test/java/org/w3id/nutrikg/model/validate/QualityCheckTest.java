// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.api.Test;

/** Every check of sparql/checks/ follows the header and query rules, and runs outside NutriKG too. */
class QualityCheckTest {

    @Test
    void everyCheckHasItsHeaderAndTheCheckShape() {
        List<QualityCheck> checks = QualityCheck.bundled();
        assertTrue(checks.size() >= 7, "checks: " + checks);
        for (QualityCheck c : checks) {
            assertFalse(c.description().isBlank(), c.name());
            assertTrue(c.text().startsWith("# " + c.description() + "\n"), c.name() + ": line 1 is the description");
            assertFalse(c.problem().isBlank(), c.name());
            assertFalse(c.fix().isBlank(), c.name());
            // every prefix is declared in the file, so that it runs in arq, ROBOT or Fuseki as it is
            Query q = QueryFactory.create(c.text(), Syntax.syntaxSPARQL_11);
            assertTrue(q.isSelectType(), c.name());
            assertEquals(List.of("entity", "property", "value"), q.getResultVars(), c.name());
            assertTrue(q.hasOrderBy(), c.name() + " ends with ORDER BY");
        }
    }

    @Test
    void theChecksTheContractNamesAreThere() {
        List<String> names = QualityCheck.bundled().stream().map(QualityCheck::name).toList();
        for (String n : List.of("label-missing", "label-duplicate", "term-not-declared", "iri-outside-namespaces",
                "claim-quote-empty", "mapping-unknown-prefix", "individual-unconnected")) {
            assertTrue(names.contains("checks/" + n), n + " in " + names);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.validate;

import java.util.List;

import org.w3id.nutrikg.model.NutriKGException;
import org.w3id.nutrikg.model.query.NamedQueries;
import org.w3id.nutrikg.model.query.NamedQuery;

/**
 * A quality check of sparql/checks/: a SELECT of {@code ?entity ?property ?value}, one row per problem, with a
 * header in ROBOT's report style.
 *
 * <pre>
 * # Claim whose evidence quote is missing or empty
 * # Severity: error
 * # Problem: the claim quotes nothing, so nobody can check it against its source
 * # Fix: copy the sentence of the source that states the link into nkg:evidenceQuote, with @en
 * </pre>
 *
 * @param name        the name relative to sparql/, e.g. "checks/claim-quote-empty"
 * @param description the first header line
 * @param severity    the severity of every row it returns
 * @param problem     what is wrong, in plain words
 * @param fix         what to do about it
 * @param text        the query
 */
public record QualityCheck(String name, String description, Severity severity, String problem, String fix,
        String text) {

    /** The bundled checks, sorted by name; a check with a bad header fails with a message naming it. */
    public static List<QualityCheck> bundled() {
        return NamedQueries.checks().stream().map(QualityCheck::of).toList();
    }

    /** Reads the header of a named query. */
    public static QualityCheck of(NamedQuery q) {
        String severity = header(q.text(), "Severity");
        String problem = header(q.text(), "Problem");
        String fix = header(q.text(), "Fix");
        if (severity == null || problem == null || fix == null) {
            throw new NutriKGException("check '" + q.name() + "' needs the header lines '# Severity:', '# Problem:' and '# Fix:'");
        }
        Severity s = Severity.of(severity).orElseThrow(() -> new NutriKGException("check '" + q.name()
                + "' has unknown severity '" + severity + "' (expected: " + Severity.names() + ")"));
        return new QualityCheck(q.name(), q.description(), s, problem, fix, q.text());
    }

    /** The message of a row: the problem, then the fix. */
    public String message() {
        return problem + "; " + fix;
    }

    private static String header(String text, String key) {
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.startsWith("#")) {
                break;
            }
            String c = l.substring(1).strip();
            if (c.regionMatches(true, 0, key + ":", 0, key.length() + 1)) {
                return c.substring(key.length() + 1).strip();
            }
        }
        return null;
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.update.UpdateFactory;
import org.w3id.nutrikg.model.BadInputException;
import org.w3id.nutrikg.model.vocab.Prefixes;

/** Parsing SPARQL with NutriKG's prefixes predeclared, and errors located in the user's own text. */
public final class QueryParsing {

    private static final Pattern AT_LINE = Pattern.compile("\\s*at line \\d+, column \\d+\\.?");
    private static final Pattern LEADING_LINE = Pattern.compile("^\\s*[Ll]ine \\d+, column \\d+:\\s*");

    private QueryParsing() {
    }

    /**
     * Parses a query. The prefixes are set before parsing (not prepended as text) so that the line and
     * column of an error are those of the user's text.
     */
    public static Query parse(QueryText qt) {
        Query q = new Query();
        q.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(Prefixes.mapping()));
        try {
            QueryFactory.parse(q, qt.text(), null, Syntax.syntaxARQ);
            return q;
        } catch (QueryParseException e) {
            if (isUpdate(qt.text())) {
                throw new BadInputException(qt.origin(),
                        "this is a SPARQL update: 'query' runs SELECT, ASK, CONSTRUCT and DESCRIBE only", e);
            }
            throw new BadInputException(qt.origin(), e.getLine(), e.getColumn(), message(e), e);
        }
    }

    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(Prefixes.sparqlDeclarations() + text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Jena's message on one line, without the position it repeats. */
    static String message(QueryParseException e) {
        String m = e.getMessage() == null ? "syntax error" : e.getMessage().strip();
        int nl = m.indexOf('\n');
        String first = nl < 0 ? m : m.substring(0, nl);
        first = LEADING_LINE.matcher(first).replaceFirst("");
        first = AT_LINE.matcher(first).replaceAll("");
        first = first.replace("Encountered \" ", "unexpected ").strip();
        if (nl >= 0) {
            String rest = m.substring(nl + 1).strip();
            Matcher expected = Pattern.compile("Was expecting(?: one of)?:\\s*\"?([^\"\\n]*)").matcher(rest);
            if (expected.find() && rest.split("\n").length <= 3) {
                first += " (expected " + expected.group(1).strip() + ")";
            }
        }
        return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
    }

    /** The endpoints a query names in SERVICE clauses (empty when it names none). */
    public static List<String> serviceEndpoints(Query q) {
        List<String> out = new ArrayList<>();
        if (q.getQueryPattern() == null) {
            return out;
        }
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                out.add(el.getServiceNode() == null ? "?" : el.getServiceNode().toString());
            }
        });
        return out;
    }
}

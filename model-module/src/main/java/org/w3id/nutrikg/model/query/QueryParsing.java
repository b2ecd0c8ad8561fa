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
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.update.UpdateFactory;
import org.w3id.nutrikg.model.BadInputException;
import org.w3id.nutrikg.model.vocab.Prefixes;

/** Parsing SPARQL with NutriKG's prefixes predeclared, and errors located in the user's own text. */
public final class QueryParsing {

    private static final Pattern AT_LINE = Pattern.compile("\\s*at line \\d+, column \\d+\\.?");
    private static final Pattern POSITION = Pattern.compile("(?i)at line (\\d+), column (\\d+)");
    private static final Pattern ENCOUNTERED_TOKEN = Pattern.compile("^Encountered \" \\S+ \"(.*?) \"\" at line");
    private static final Pattern LEXICAL = Pattern.compile("Encountered: (<EOF>|'.*?' \\(\\d+\\)),? after prefix \"(.*)\"");
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
                throw new BadInputException(qt.origin(), QueryMessages.UPDATE_REFUSED, e);
            }
            long[] at = position(e);
            throw new BadInputException(qt.origin(), at[0], at[1], message(e), e);
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

    /** Jena's message on one line, without the position it repeats, in the words of the style guide. */
    static String message(QueryParseException e) {
        String m = e.getMessage() == null ? "syntax error" : e.getMessage().strip();
        int nl = m.indexOf('\n');
        String first = nl < 0 ? m : m.substring(0, nl);
        Matcher token = ENCOUNTERED_TOKEN.matcher(first);
        Matcher lexical = LEXICAL.matcher(first);
        String out;
        if (first.startsWith("Encountered \"<EOF>\"")) {
            out = "unexpected end of query";
        } else if (token.find()) {
            out = "unexpected '" + token.group(1).strip() + "'";
        } else if (lexical.find()) {
            out = ("<EOF>".equals(lexical.group(1)) ? "unexpected end of query" : "unexpected character")
                    + " after '" + lexical.group(2).replace("\\\"", "\"") + "'";
        } else {
            out = AT_LINE.matcher(LEADING_LINE.matcher(first).replaceFirst("")).replaceAll("").strip();
            // "Variable ..." becomes "variable ...", but a keyword such as "BIND: ..." stays as it is
            if (out.length() > 1 && Character.isUpperCase(out.charAt(0)) && Character.isLowerCase(out.charAt(1))) {
                out = Character.toLowerCase(out.charAt(0)) + out.substring(1);
            }
        }
        if (nl >= 0) {
            List<String> expected = m.substring(nl + 1).lines().map(String::strip)
                    .filter(l -> l.endsWith("...")).map(l -> l.substring(0, l.length() - 3).strip()).toList();
            if (!expected.isEmpty() && expected.size() <= 4) {
                out += " (expected " + String.join(", ", expected) + ")";
            }
        }
        return out.endsWith(".") ? out.substring(0, out.length() - 1) : out;
    }

    /** The position of the error: Jena's message names the offending token, its getters the one before. */
    static long[] position(QueryParseException e) {
        Matcher at = POSITION.matcher(e.getMessage() == null ? "" : e.getMessage());
        if (at.find()) {
            return new long[] {Long.parseLong(at.group(1)), Long.parseLong(at.group(2))};
        }
        return new long[] {e.getLine(), e.getColumn()};
    }

    /**
     * The endpoints a query names in SERVICE clauses (empty when it names none), wherever they are: in the
     * pattern, a subquery, or an expression such as FILTER EXISTS, BIND(EXISTS ...) or a projected EXISTS.
     */
    public static List<String> serviceEndpoints(Query q) {
        List<String> out = new ArrayList<>();
        if (q.getQueryPattern() == null) {
            return out;
        }
        // the algebra holds every part of the query, expressions included, and the walker enters EXISTS
        Walker.walk(Algebra.compile(q), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                var service = op.getService();
                out.add(service == null ? "?" : service.isURI() ? "<" + service.getURI() + ">" : service.toString());
            }
        }, new ExprVisitorBase());
        return out;
    }
}

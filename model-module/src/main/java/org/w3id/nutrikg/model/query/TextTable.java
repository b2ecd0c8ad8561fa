// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.query;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;

/**
 * SELECT results as an aligned table for people: IRIs as prefixed names where a prefix fits, literals as
 * their text (no quotes, language tags or datatypes), unbound cells empty.
 */
public final class TextTable {

    private TextTable() {
    }

    /** Writes every row of {@code rs}; returns how many there were. */
    public static long write(ResultSet rs, PrefixMapping prefixes, OutputStream out) {
        List<String> vars = rs.getResultVars();
        List<String[]> rows = new ArrayList<>();
        int[] width = new int[vars.size()];
        for (int i = 0; i < vars.size(); i++) {
            width[i] = vars.get(i).length();
        }
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            String[] row = new String[vars.size()];
            for (int i = 0; i < vars.size(); i++) {
                row[i] = cell(s.get(vars.get(i)), prefixes);
                width[i] = Math.max(width[i], row[i].codePointCount(0, row[i].length()));
            }
            rows.add(row);
        }
        PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
        String rule = rule(width);
        w.println(rule);
        w.println(line(vars.toArray(String[]::new), width));
        w.println(rule.replace('-', '='));
        for (String[] row : rows) {
            w.println(line(row, width));
        }
        w.println(rule);
        w.flush();
        return rows.size();
    }

    static String cell(RDFNode n, PrefixMapping prefixes) {
        if (n == null) {
            return "";
        }
        if (n.isLiteral()) {
            return n.asLiteral().getLexicalForm().replace('\n', ' ');
        }
        if (n.isAnon()) {
            return "_:" + n.asResource().getId().getLabelString();
        }
        String uri = n.asResource().getURI();
        String qname = prefixes.qnameFor(uri);
        return qname != null ? qname : "<" + uri + ">";
    }

    private static String rule(int[] width) {
        int total = 1;
        for (int w : width) {
            total += w + 3;
        }
        return "-".repeat(total);
    }

    private static String line(String[] cells, int[] width) {
        StringBuilder sb = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            sb.append(' ').append(cells[i]);
            sb.append(" ".repeat(width[i] - cells[i].codePointCount(0, cells[i].length()) + 1)).append('|');
        }
        return sb.toString();
    }
}

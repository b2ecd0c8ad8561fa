// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.validate;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.io.output.CloseShieldWriter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.RDF;
import org.w3id.nutrikg.model.vocab.Prefixes;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;

/** Writes a {@link ValidationReport} as text, as a SHACL validation report in Turtle, or as JSON. */
public final class ReportWriter {

    private static final int MAX_LITERAL = 80;
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(Prefixes.mapping()).setNsPrefix("nks", Rules.NS).lock();

    private ReportWriter() {
    }

    /** Writes the report in the format asked. */
    public static void write(ValidationReport report, ReportFormat format, OutputStream out) {
        switch (format) {
            case TEXT -> text(report, out);
            case TURTLE -> turtle(report, out);
            case JSON -> json(report, out);
        }
    }

    private static PrintWriter writer(OutputStream out) {
        return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
    }

    // ---- text

    private static void text(ValidationReport report, OutputStream out) {
        PrintWriter w = writer(out);
        List<Finding> findings = report.findings();
        int i = 0;
        while (i < findings.size()) {
            String file = findings.get(i).file();
            w.println(file == null ? "(the merged graph: no file to name)" : file);
            while (i < findings.size() && Objects.equals(findings.get(i).file(), file)) {
                Severity s = findings.get(i).severity();
                long n = findings.stream().filter(f -> Objects.equals(f.file(), file) && f.severity() == s).count();
                w.println("  " + s.count(n));
                while (i < findings.size() && Objects.equals(findings.get(i).file(), file)
                        && findings.get(i).severity() == s) {
                    Finding f = findings.get(i++);
                    w.println("    " + where(f) + subject(f));
                    w.println("      " + f.message() + " [" + f.rule() + "]");
                }
            }
            w.println();
        }
        w.println(report.summary() + " (" + report.files().size() + (report.files().size() == 1 ? " file" : " files")
                + " checked)");
        w.flush();
    }

    private static String where(Finding f) {
        if (f.line() < 0) {
            return "";
        }
        return f.kind() == Finding.Kind.SYNTAX && f.column() > 0
                ? "line " + f.line() + ", column " + f.column() + ": "
                : "line " + f.line() + ": ";
    }

    private static String subject(Finding f) {
        StringBuilder sb = new StringBuilder();
        for (Node n : new Node[] {f.focus(), f.path(), f.value()}) {
            if (n != null) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(shortForm(n));
            }
        }
        if (sb.isEmpty()) {
            return f.kind() == Finding.Kind.SYNTAX ? "syntax error" : "";
        }
        return sb.toString();
    }

    /** A node as Turtle with NutriKG's prefixes, long literals cut. */
    static String shortForm(Node n) {
        if (n.isBlank()) {
            return "[]";
        }
        String s = FmtUtils.stringForNode(n, PREFIXES);
        if (n.isLiteral() && s.length() > MAX_LITERAL) {
            String lex = n.getLiteralLexicalForm();
            return "\"" + lex.substring(0, Math.min(lex.length(), MAX_LITERAL - 10)) + "...\"";
        }
        return s;
    }

    // ---- Turtle: a SHACL validation report

    private static void turtle(ValidationReport report, OutputStream out) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(PREFIXES);
        Node r = NodeFactory.createBlankNode();
        g.add(r, RDF.type.asNode(), SHACL.ValidationReport);
        g.add(r, SHACL.conforms, NodeFactory.createLiteralDT(Boolean.toString(report.findings().isEmpty()),
                XSDDatatype.XSDboolean));
        for (Finding f : report.findings()) {
            Node res = NodeFactory.createBlankNode();
            g.add(r, SHACL.result, res);
            g.add(res, RDF.type.asNode(), SHACL.ValidationResult);
            Node focus = f.focus() != null ? f.focus() : fileNode(f.file());
            if (focus != null) {
                g.add(res, SHACL.focusNode, focus);
            }
            if (f.path() != null) {
                g.add(res, SHACL.resultPath, f.path());
            }
            if (f.value() != null) {
                g.add(res, SHACL.value, f.value());
            }
            g.add(res, SHACL.resultSeverity, f.severity().shacl());
            g.add(res, SHACL.resultMessage, NodeFactory.createLiteralLang(f.message(), "en"));
            g.add(res, SHACL.sourceShape, f.source());
            g.add(res, SHACL.sourceConstraintComponent, f.component());
            if (f.file() != null) {
                g.add(res, Rules.FILE, NodeFactory.createLiteralString(f.file()));
            }
            if (f.line() > 0) {
                g.add(res, Rules.LINE, NodeFactory.createLiteralDT(Long.toString(f.line()), XSDDatatype.XSDinteger));
            }
            if (f.column() > 0) {
                g.add(res, Rules.COLUMN, NodeFactory.createLiteralDT(Long.toString(f.column()),
                        XSDDatatype.XSDinteger));
            }
        }
        RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
    }

    private static Node fileNode(String file) {
        if (file == null) {
            return null;
        }
        try {
            return NodeFactory.createURI(java.nio.file.Path.of(file).toAbsolutePath().toUri().toString());
        } catch (RuntimeException e) {
            return NodeFactory.createLiteralString(file);
        }
    }

    // ---- JSON

    /** A JSON array of findings, one object per line, written with the JSON generator. */
    private static void json(ValidationReport report, OutputStream out) {
        PrintWriter w = writer(out);
        List<Finding> findings = report.findings();
        if (findings.isEmpty()) {
            w.println("[]");
            w.flush();
            return;
        }
        w.println("[");
        JsonGeneratorFactory factory = Json.createGeneratorFactory(Map.of());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            w.print("  ");
            try (JsonGenerator g = factory.createGenerator(CloseShieldWriter.wrap(w))) {
                g.writeStartObject();
                string(g, "severity", f.severity().label());
                string(g, "file", f.file());
                number(g, "line", f.line());
                number(g, "column", f.column());
                string(g, "focus", full(f.focus()));
                string(g, "path", full(f.path()));
                string(g, "value", full(f.value()));
                string(g, "message", f.message());
                string(g, "kind", f.kind().label());
                string(g, "rule", f.rule());
                g.writeEnd();
            }
            w.println(i + 1 < findings.size() ? "," : "");
        }
        w.println("]");
        w.flush();
    }

    private static void string(JsonGenerator g, String key, String value) {
        if (value == null) {
            g.writeNull(key);
        } else {
            g.write(key, value);
        }
    }

    /** A line or column: null when unknown. */
    private static void number(JsonGenerator g, String key, long value) {
        if (value > 0) {
            g.write(key, value);
        } else {
            g.writeNull(key);
        }
    }

    /** An IRI in full, a literal as its lexical form, a blank node as "[]". */
    private static String full(Node n) {
        if (n == null) {
            return null;
        }
        if (n.isURI()) {
            return n.getURI();
        }
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        return "[]";
    }
}

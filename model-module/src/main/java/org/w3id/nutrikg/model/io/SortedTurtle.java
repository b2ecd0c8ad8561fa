// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.nutrikg.model.vocab.NKG;
import org.w3id.nutrikg.model.vocab.Prefixes;

/**
 * Writes a graph without blank nodes as Turtle in one fixed layout, so that the same graph always gives the
 * same bytes: the prefixes it uses in the three groups of the style guide, one block per subject sorted by
 * IRI, predicates in the style guide's order, one value a line, values sorted. No timestamp.
 */
public final class SortedTurtle {

    private static final List<String> STANDARD = List.of("dcterms", "owl", "prov", "rdf", "rdfs", "sh", "skos", "xsd");
    private static final List<String> OURS = List.of("nkg", "nkr");
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?");

    /** Predicates in the order the style guide gives; others come after these and before the mappings. */
    private static final List<String> HEAD = List.of(RDF.type.getURI(), RDFS.label.getURI(), SKOS.prefLabel.getURI(),
            SKOS.altLabel.getURI(), SKOS.definition.getURI(), RDFS.comment.getURI(), SKOS.note.getURI(),
            RDFS.subClassOf.getURI(), RDFS.subPropertyOf.getURI(), RDFS.domain.getURI(), RDFS.range.getURI(),
            OWL.inverseOf.getURI());
    private static final List<String> TAIL = List.of(SKOS.exactMatch.getURI(), SKOS.closeMatch.getURI(),
            DCTerms.source.getURI(), Prefixes.PROV + "wasDerivedFrom", RDFS.isDefinedBy.getURI());

    private SortedTurtle() {
    }

    /** Writes {@code graph} with a first comment line {@code comment} (no '#', one line). */
    public static void write(Graph graph, String comment, OutputStream out) {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            w.write(text(graph, comment));
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Turtle text of {@code graph}. */
    public static String text(Graph graph, String comment) {
        Map<String, String> prefixes = Prefixes.map();
        TreeSet<String> used = new TreeSet<>();
        Map<String, Map<String, List<Node>>> bySubject = new TreeMap<>();
        graph.find().forEach(t -> collect(t, bySubject, used, prefixes));

        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(comment.replace('\n', ' ').strip()).append("\n");
        List<List<String>> groups = List.of(
                used.stream().filter(STANDARD::contains).toList(),
                used.stream().filter(p -> !STANDARD.contains(p) && !OURS.contains(p)).toList(),
                used.stream().filter(OURS::contains).toList());
        for (List<String> group : groups) {
            if (group.isEmpty()) {
                continue;
            }
            sb.append('\n');
            for (String p : group) {
                sb.append("@prefix ").append(p).append(": <").append(prefixes.get(p)).append("> .\n");
            }
        }
        for (Map.Entry<String, Map<String, List<Node>>> s : bySubject.entrySet()) {
            sb.append('\n').append(iri(s.getKey(), prefixes)).append('\n');
            List<String> predicates = new ArrayList<>(s.getValue().keySet());
            predicates.sort(Comparator.comparingInt(SortedTurtle::rank).thenComparing(p -> iri(p, prefixes)));
            for (int i = 0; i < predicates.size(); i++) {
                String p = predicates.get(i);
                String shown = p.equals(RDF.type.getURI()) ? "a" : iri(p, prefixes);
                List<String> values = s.getValue().get(p).stream().sorted(Comparator.comparing(SortedTurtle::sortKey))
                        .map(n -> term(n, prefixes)).distinct().toList();
                sb.append("    ").append(shown).append(' ');
                for (int j = 0; j < values.size(); j++) {
                    if (j > 0) {
                        sb.append(" ,\n        ");
                    }
                    sb.append(values.get(j));
                }
                sb.append(i == predicates.size() - 1 ? " .\n" : " ;\n");
            }
        }
        return sb.toString();
    }

    private static void collect(Triple t, Map<String, Map<String, List<Node>>> bySubject, TreeSet<String> used,
            Map<String, String> prefixes) {
        if (!t.getSubject().isURI() || t.getObject().isBlank()) {
            throw new IllegalArgumentException("blank nodes are not written: " + t);
        }
        bySubject.computeIfAbsent(t.getSubject().getURI(), k -> new TreeMap<>())
                .computeIfAbsent(t.getPredicate().getURI(), k -> new ArrayList<>())
                .add(t.getObject());
        note(t.getSubject().getURI(), used, prefixes);
        if (!t.getPredicate().equals(RDF.type.asNode())) {
            note(t.getPredicate().getURI(), used, prefixes);
        }
        Node o = t.getObject();
        if (o.isURI()) {
            note(o.getURI(), used, prefixes);
        } else if (o.isLiteral() && o.getLiteralLanguage().isEmpty()
                && !o.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI())) {
            note(o.getLiteralDatatypeURI(), used, prefixes);
        }
    }

    private static void note(String uri, TreeSet<String> used, Map<String, String> prefixes) {
        String p = prefixOf(uri, prefixes);
        if (p != null) {
            used.add(p);
        }
    }

    private static String prefixOf(String uri, Map<String, String> prefixes) {
        String best = null;
        for (Map.Entry<String, String> e : prefixes.entrySet()) {
            if (uri.startsWith(e.getValue()) && LOCAL.matcher(uri.substring(e.getValue().length())).matches()
                    && (best == null || e.getValue().length() > prefixes.get(best).length())) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** Values sort by full IRI (so owl:NamedIndividual comes before nkg: classes), then literals by text. */
    private static String sortKey(Node n) {
        return n.isURI() ? "0" + n.getURI()
                : "1" + n.getLiteralLexicalForm() + "\u0000" + n.getLiteralLanguage() + "\u0000" + n.getLiteralDatatypeURI();
    }

    private static int rank(String predicate) {
        int head = HEAD.indexOf(predicate);
        if (head >= 0) {
            return head;
        }
        if (predicate.startsWith(OWL.getURI())) {
            return HEAD.size();
        }
        int tail = TAIL.indexOf(predicate);
        if (tail >= 0) {
            return HEAD.size() + 3 + tail;
        }
        return predicate.startsWith(NKG.NS) ? HEAD.size() + 1 : HEAD.size() + 2;
    }

    private static String iri(String uri, Map<String, String> prefixes) {
        String p = prefixOf(uri, prefixes);
        return p == null ? "<" + uri + ">" : p + ":" + uri.substring(prefixes.get(p).length());
    }

    private static String term(Node n, Map<String, String> prefixes) {
        if (n.isURI()) {
            return iri(n.getURI(), prefixes);
        }
        String lex = quote(n.getLiteralLexicalForm());
        if (!n.getLiteralLanguage().isEmpty()) {
            return lex + "@" + n.getLiteralLanguage();
        }
        String dt = n.getLiteralDatatypeURI();
        if (dt.equals(XSDDatatype.XSDstring.getURI())) {
            return lex;
        }
        return lex + "^^" + iri(dt, prefixes);
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}

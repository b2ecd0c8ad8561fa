// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.describe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.w3id.nutrikg.model.InvalidArgumentException;
import org.w3id.nutrikg.model.graph.GraphSource;
import org.w3id.nutrikg.model.query.Selects;
import org.w3id.nutrikg.model.vocab.Prefixes;

/**
 * Finds the terms whose label or synonym contains a text, case-insensitive, best match first: a name equal
 * to the text, then one that starts with it, then one with a word that starts with it, then any other;
 * labels before synonyms, shorter names before longer. Claims, reference intakes and nutrient amounts
 * (records about other terms) are left out unless asked for. SPARQL only.
 */
public final class SearchOperation {

    private static final String SEARCH = """
            SELECT ?term ?name ?how ?label ?type ?typeLabel WHERE {
                VALUES (?property ?how) { (rdfs:label 1) (skos:prefLabel 1) (skos:altLabel 2) }
                ?term ?property ?name .
                FILTER (isIRI(?term) && CONTAINS(LCASE(STR(?name)), LCASE(STR(?text))))
                FILTER (?records || NOT EXISTS { ?term a ?record . VALUES ?record { nkg:Claim nkg:NutrientContent nkg:ReferenceIntake } })
                OPTIONAL { ?term rdfs:label ?label FILTER (lang(?label) = "" || langMatches(lang(?label), "en")) }
                OPTIONAL {
                    ?term a ?type .
                    FILTER (isIRI(?type) && ?type != owl:NamedIndividual)
                    FILTER NOT EXISTS { ?term a ?sub . ?sub rdfs:subClassOf+ ?type . FILTER (?sub != ?type) }
                    OPTIONAL { ?type rdfs:label ?typeLabel FILTER (lang(?typeLabel) = "" || langMatches(lang(?typeLabel), "en")) }
                }
            }
            """;

    /**
     * One term found.
     *
     * @param iri     the term's IRI
     * @param curie   its CURIE, or the IRI in angle brackets
     * @param label   its label (its CURIE when it has none)
     * @param matched the label or synonym that matched best
     * @param synonym whether that was a synonym rather than the label
     * @param types   the labels of its most specific types, sorted
     */
    public record Hit(String iri, String curie, String label, String matched, boolean synonym, List<String> types) {

        public Hit {
            types = List.copyOf(types);
        }
    }

    private SearchOperation() {
    }

    /** The terms whose label or synonym contains {@code text}; {@code records} includes claims and amounts. */
    public static List<Hit> search(GraphSource source, String text, boolean records) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new InvalidArgumentException(DescribeMessages.EMPTY_TEXT);
        }
        var m = ModelFactory.createDefaultModel();
        Map<String, RDFNode> params = Map.of("text", m.createLiteral(t), "records", m.createTypedLiteral(records));
        String lower = t.toLowerCase(Locale.ROOT);
        Map<String, int[]> best = new LinkedHashMap<>();
        Map<String, String> matched = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, TreeSet<String>> types = new LinkedHashMap<>();
        for (QuerySolution s : Selects.select(source, SEARCH, params)) {
            String iri = s.getResource("term").getURI();
            String name = s.getLiteral("name").getLexicalForm();
            int[] score = {position(name.toLowerCase(Locale.ROOT), lower), s.getLiteral("how").getInt(), name.length()};
            int[] old = best.get(iri);
            if (old == null || compare(score, old) < 0 || compare(score, old) == 0 && name.compareTo(matched.get(iri)) < 0) {
                best.put(iri, score);
                matched.put(iri, name);
            }
            if (s.contains("label")) {
                labels.putIfAbsent(iri, s.getLiteral("label").getLexicalForm());
            }
            TreeSet<String> ts = types.computeIfAbsent(iri, k -> new TreeSet<>());
            if (s.contains("type")) {
                ts.add(s.contains("typeLabel") ? s.getLiteral("typeLabel").getLexicalForm()
                        : Prefixes.shortForm(s.getResource("type").getURI()));
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (String iri : best.keySet()) {
            String curie = Prefixes.shortForm(iri);
            hits.add(new Hit(iri, curie, labels.getOrDefault(iri, curie), matched.get(iri), best.get(iri)[1] == 2,
                    new ArrayList<>(types.get(iri))));
        }
        hits.sort(Comparator.<Hit, int[]>comparing(h -> best.get(h.iri()), SearchOperation::compare)
                .thenComparing(h -> h.label().toLowerCase(Locale.ROOT))
                .thenComparing(Hit::iri));
        return hits;
    }

    /** 0: the name is the text; 1: starts with it; 2: a word starts with it; 3: contains it elsewhere. */
    static int position(String name, String text) {
        if (name.equals(text)) {
            return 0;
        }
        if (name.startsWith(text)) {
            return 1;
        }
        int i = name.indexOf(text);
        while (i >= 0) {
            if (i == 0 || !Character.isLetterOrDigit(name.charAt(i - 1))) {
                return 2;
            }
            i = name.indexOf(text, i + 1);
        }
        return 3;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    /** The hits as an aligned text table: label (and the synonym that matched), type, term. */
    public static String text(List<Hit> hits) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"name", "type", "term"});
        for (Hit h : hits) {
            String name = h.synonym() ? h.label() + " (synonym: " + h.matched() + ")" : h.label();
            rows.add(new String[] {name, String.join(", ", h.types()), h.curie()});
        }
        int[] width = new int[3];
        for (String[] r : rows) {
            for (int i = 0; i < 3; i++) {
                width[i] = Math.max(width[i], r[i].codePointCount(0, r[i].length()));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < 3; i++) {
                line.append(r[i]);
                if (i < 2) {
                    line.append(" ".repeat(width[i] - r[i].codePointCount(0, r[i].length()) + 2));
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    /** The hits as tab-separated values with full IRIs, for scripts: label, matched name, types, IRI. */
    public static String tsv(List<Hit> hits) {
        StringBuilder sb = new StringBuilder("label\tmatched\ttypes\tiri\n");
        for (Hit h : hits) {
            sb.append(clean(h.label())).append('\t').append(clean(h.matched())).append('\t')
                    .append(clean(String.join(", ", h.types()))).append('\t').append(h.iri()).append('\n');
        }
        return sb.toString();
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }
}

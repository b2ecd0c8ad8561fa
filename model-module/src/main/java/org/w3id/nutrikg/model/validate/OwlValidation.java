// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.nutrikg.model.vocab.Prefixes;

/**
 * The OWL 2 DL consistency rules that NutriKG data can break, each named with what broke it: an individual
 * that belongs to two disjoint classes (by its types, and by the domains and ranges of the properties it takes
 * part in), a literal that is not valid for its datatype, an object property with a literal value or a datatype
 * property with an IRI, and a literal outside its property's range.
 */
final class OwlValidation {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OwlValidation.class);

    /** Why an individual belongs to a class: its type, or a domain or range, and the triple that says so. */
    private record Reason(String how, Node via, Node other, Node declared) {
    }

    private static final String DISJOINT = """
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            SELECT DISTINCT ?a ?b WHERE {
                { ?a owl:disjointWith ?b } UNION { ?b owl:disjointWith ?a }
                UNION {
                    ?all a owl:AllDisjointClasses ; owl:members ?list .
                    ?list rdf:rest*/rdf:first ?a .
                    ?list rdf:rest*/rdf:first ?b .
                    FILTER (?a != ?b)
                }
                FILTER (isIRI(?a) && isIRI(?b) && STR(?a) < STR(?b))
            }
            ORDER BY ?a ?b
            """;

    private OwlValidation() {
    }

    static List<Draft> run(Graph g) {
        List<Draft> out = new ArrayList<>();
        long start = System.nanoTime();
        disjointness(g, out);
        long mid = System.nanoTime();
        literals(g, out);
        LOG.debug("disjointness {} ms, literals {} ms", (mid - start) / 1_000_000, (System.nanoTime() - mid) / 1_000_000);
        return out;
    }

    private static void disjointness(Graph g, List<Draft> out) {
        var model = ModelFactory.createModelForGraph(g);
        List<Node[]> pairs = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(DISJOINT, model)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                pairs.add(new Node[] {s.get("a").asNode(), s.get("b").asNode()});
            }
        }
        if (pairs.isEmpty()) {
            return;
        }
        Set<Node> relevant = new HashSet<>();
        pairs.forEach(p -> {
            relevant.add(p[0]);
            relevant.add(p[1]);
        });
        Map<Node, Map<Node, List<Reason>>> types = types(g, relevant);
        PrefixMapping pm = Prefixes.mapping();
        for (var entry : types.entrySet()) {
            Node x = entry.getKey();
            Map<Node, List<Reason>> classes = entry.getValue();
            for (Node[] pair : pairs) {
                List<Reason> ra = classes.get(pair[0]);
                List<Reason> rb = classes.get(pair[1]);
                if (ra == null || rb == null) {
                    continue;
                }
                Reason a = best(ra);
                Reason b = best(rb);
                String message = str(x, pm) + " cannot be both a " + str(pair[0], pm) + " and a " + str(pair[1], pm)
                        + ", which the ontology declares disjoint: it is a " + str(pair[0], pm) + " " + explain(a, pm)
                        + ", and a " + str(pair[1], pm) + " " + explain(b, pm)
                        + "; correct the type or the link that is wrong";
                List<Triple> hints = new ArrayList<>();
                // the links first: a wrong link in the user's file is the likelier mistake than a wrong type
                for (Reason r : List.of(a, b)) {
                    if (!r.how().equals("type")) {
                        hints.add(triple(x, r));
                    }
                }
                for (Reason r : List.of(a, b)) {
                    if (r.how().equals("type")) {
                        hints.add(triple(x, r));
                    }
                }
                out.add(new Draft(Severity.ERROR, x, null, null, message, Finding.Kind.OWL, Rules.DISJOINT_CLASSES,
                        Rules.OWL_COMPONENT, hints));
            }
        }
    }

    /**
     * Individual -> class -> why it belongs to the class, for the classes in {@code relevant}: from its types and
     * the superclasses of its types, and from the domains and ranges (and their superclasses) of the properties,
     * and their superproperties, it takes part in. The RDFS entailment of types, computed in one pass.
     */
    private static Map<Node, Map<Node, List<Reason>>> types(Graph g, Set<Node> relevant) {
        Map<Node, Set<Node>> superClasses = new HashMap<>();
        Map<Node, Set<Node>> superProperties = new HashMap<>();
        Map<Node, List<Node>> domains = new HashMap<>();
        Map<Node, List<Node>> ranges = new HashMap<>();
        g.find(Node.ANY, RDFS.domain.asNode(), Node.ANY).forEach(t -> {
            if (t.getObject().isURI()) {
                domains.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t.getObject());
            }
        });
        g.find(Node.ANY, RDFS.range.asNode(), Node.ANY).forEach(t -> {
            if (t.getObject().isURI()) {
                ranges.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t.getObject());
            }
        });
        Map<Node, Map<Node, List<Reason>>> out = new TreeMap<>(Comparator.comparing(Node::toString));
        List<Triple> triples = g.find().toList();
        triples.sort(Comparator.comparing(Triple::toString));
        for (Triple t : triples) {
            Node s = t.getSubject();
            Node p = t.getPredicate();
            Node o = t.getObject();
            if (p.equals(RDF.type.asNode())) {
                if (s.isURI() && o.isURI()) {
                    for (Node c : closure(o, RDFS.subClassOf.asNode(), g, superClasses)) {
                        add(out, relevant, s, c, new Reason("type", o, null, o));
                    }
                }
                continue;
            }
            for (Node q : closure(p, RDFS.subPropertyOf.asNode(), g, superProperties)) {
                if (s.isURI()) {
                    for (Node d : domains.getOrDefault(q, List.of())) {
                        for (Node c : closure(d, RDFS.subClassOf.asNode(), g, superClasses)) {
                            add(out, relevant, s, c, new Reason("domain", p, o, d));
                        }
                    }
                }
                if (o.isURI()) {
                    for (Node r : ranges.getOrDefault(q, List.of())) {
                        for (Node c : closure(r, RDFS.subClassOf.asNode(), g, superClasses)) {
                            add(out, relevant, o, c, new Reason("range", p, s, r));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static void add(Map<Node, Map<Node, List<Reason>>> out, Set<Node> relevant, Node x, Node c, Reason r) {
        if (relevant.contains(c)) {
            out.computeIfAbsent(x, k -> new TreeMap<>(Comparator.comparing(Node::toString)))
                    .computeIfAbsent(c, k -> new ArrayList<>()).add(r);
        }
    }

    /** The node and everything it reaches by {@code p}, transitively (subClassOf*, subPropertyOf*). */
    private static Set<Node> closure(Node start, Node p, Graph g, Map<Node, Set<Node>> cache) {
        Set<Node> cached = cache.get(start);
        if (cached != null) {
            return cached;
        }
        Set<Node> seen = new java.util.LinkedHashSet<>();
        java.util.Deque<Node> todo = new java.util.ArrayDeque<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            Node n = todo.poll();
            if (seen.add(n)) {
                g.find(n, p, Node.ANY).forEach(t -> {
                    if (t.getObject().isURI()) {
                        todo.add(t.getObject());
                    }
                });
            }
        }
        cache.put(start, seen);
        return seen;
    }

    /** A reason from the individual's own type is the plainest; then one from a link. */
    private static Reason best(List<Reason> reasons) {
        return reasons.stream().filter(r -> r.how().equals("type")).findFirst().orElse(reasons.get(0));
    }

    private static Triple triple(Node x, Reason r) {
        return switch (r.how()) {
            case "type" -> Triple.create(x, RDF.type.asNode(), r.via());
            case "domain" -> Triple.create(x, r.via(), r.other());
            default -> Triple.create(r.other(), r.via(), x);
        };
    }

    private static String explain(Reason r, PrefixMapping pm) {
        return switch (r.how()) {
            case "type" -> "by its type " + str(r.via(), pm);
            case "domain" -> "as the subject of " + str(r.via(), pm) + " (whose domain is " + str(r.declared(), pm) + ")";
            default -> "as the object of " + str(r.via(), pm) + " from " + str(r.other(), pm) + " (whose range is "
                    + str(r.declared(), pm) + ")";
        };
    }

    private static void literals(Graph g, List<Draft> out) {
        Set<Node> objectProperties = subjects(g, OWL.ObjectProperty.asNode());
        Set<Node> datatypeProperties = subjects(g, OWL.DatatypeProperty.asNode());
        Map<Node, Node> ranges = new HashMap<>();
        for (Node p : datatypeProperties) {
            g.find(p, RDFS.range.asNode(), Node.ANY).forEach(t -> {
                if (t.getObject().isURI()) {
                    ranges.put(p, t.getObject());
                }
            });
        }
        PrefixMapping pm = Prefixes.mapping();
        List<Triple> triples = g.find().toList();
        triples.sort(java.util.Comparator.comparing(Triple::toString));
        for (Triple t : triples) {
            Node p = t.getPredicate();
            Node o = t.getObject();
            if (o.isLiteral() && !o.getLiteral().isWellFormed()) {
                out.add(literal(t, Rules.LITERAL_FORM, str(o, pm) + " is not a valid "
                        + str(org.apache.jena.graph.NodeFactory.createURI(o.getLiteralDatatypeURI()), pm)
                        + ": write it in that datatype's form (a decimal such as 2.4, a date such as 2024-01-31)"));
                continue;
            }
            if (objectProperties.contains(p) && o.isLiteral()) {
                out.add(literal(t, Rules.PROPERTY_KIND, str(p, pm) + " links to an individual, not to a text or a number: "
                        + "write its object as an IRI such as nkr:Potassium"));
            } else if (datatypeProperties.contains(p) && !o.isLiteral()) {
                out.add(literal(t, Rules.PROPERTY_KIND, str(p, pm) + " takes a literal value (a text or a number), "
                        + "not " + str(o, pm)));
            } else if (o.isLiteral() && ranges.containsKey(p) && !fits(o, ranges.get(p))) {
                out.add(literal(t, Rules.DATATYPE_RANGE, "the value of " + str(p, pm) + " must be of type "
                        + str(ranges.get(p), pm) + example(ranges.get(p)) + ", not " + str(o, pm)));
            }
        }
    }

    private static String example(Node range) {
        String u = range.getURI();
        if (u.equals(RDF.langString.getURI())) {
            return " (a text with a language tag, e.g. \"...\"@en)";
        }
        if (u.equals(org.apache.jena.vocabulary.XSD.decimal.getURI())) {
            return " (e.g. 2.4)";
        }
        if (u.equals(org.apache.jena.vocabulary.XSD.anyURI.getURI())) {
            return " (e.g. \"https://example.org/\"^^xsd:anyURI)";
        }
        return "";
    }

    private static boolean fits(Node literal, Node range) {
        String u = range.getURI();
        if (u.equals(RDFS.Literal.getURI())) {
            return true;
        }
        if (u.equals(RDF.langString.getURI())) {
            return !literal.getLiteralLanguage().isEmpty();
        }
        RDFDatatype dt = TypeMapper.getInstance().getTypeByName(u);
        if (dt == null || !u.startsWith(org.apache.jena.vocabulary.XSD.NS)) {
            return true;
        }
        return dt.isValidLiteral(literal.getLiteral());
    }

    private static Draft literal(Triple t, Node rule, String message) {
        return new Draft(Severity.ERROR, t.getSubject(), t.getPredicate(), t.getObject(), message, Finding.Kind.OWL,
                rule, Rules.OWL_COMPONENT, List.of(t));
    }

    private static Set<Node> subjects(Graph g, Node type) {
        Set<Node> out = new HashSet<>();
        g.find(Node.ANY, RDF.type.asNode(), type).forEach(t -> out.add(t.getSubject()));
        return out;
    }

    static String str(Node n, PrefixMapping pm) {
        return n == null ? "" : FmtUtils.stringForNode(n, pm);
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.docs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.nutrikg.model.vocab.NKG;
import org.w3id.nutrikg.model.vocab.NKR;
import org.w3id.nutrikg.model.vocab.Prefixes;

/**
 * What the documentation shows, read from the asserted graph: the ontology's metadata, its classes and
 * properties, and the individuals with their types, labels and links. Every list is sorted so that the site
 * comes out the same byte for byte from the same graph.
 */
final class Terms {

    static final Node ONTOLOGY = NodeFactory.createURI("https://w3id.org/nutrikg/ontology");
    static final Node NAMED_INDIVIDUAL = OWL.NamedIndividual.asNode();

    private final Graph g;
    private final List<Node> classes;
    private final List<Node> properties;
    private final List<Node> individuals;
    private final Map<Node, Set<Node>> superClassClosure = new HashMap<>();
    private final Map<Node, String> pages = new HashMap<>();

    private final Layout layout;

    Terms(Graph g) {
        this(g, Layout.FILES);
    }

    Terms(Graph g, Layout layout) {
        this.g = g;
        this.layout = layout;
        this.classes = sorted(subjects(OWL.Class.asNode()).stream().filter(Node::isURI).toList());
        Set<Node> props = new LinkedHashSet<>();
        for (Node kind : List.of(OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(),
                OWL.AnnotationProperty.asNode())) {
            subjects(kind).stream().filter(n -> n.isURI() && n.getURI().startsWith(NKG.NS)).forEach(props::add);
        }
        this.properties = sorted(new ArrayList<>(props));
        Set<Node> inds = new HashSet<>();
        g.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEach(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(NKR.NS)) {
                inds.add(s);
            }
        });
        this.individuals = sorted(new ArrayList<>(inds));
        Set<String> used = new HashSet<>();
        for (Node i : individuals) {
            String name = fileName(i.getURI().substring(NKR.NS.length()));
            String unique = name;
            for (int n = 2; !used.add(unique.toLowerCase(Locale.ROOT)); n++) {
                unique = name + "-" + n;
            }
            pages.put(i, "individuals/" + unique + ".html");
        }
    }

    Layout layout() {
        return layout;
    }

    Graph graph() {
        return g;
    }

    List<Node> classes() {
        return classes;
    }

    List<Node> properties() {
        return properties;
    }

    List<Node> individuals() {
        return individuals;
    }

    /** Whether the node is one of the individuals that have a page. */
    boolean hasPage(Node n) {
        return pages.containsKey(n);
    }

    // ---- metadata

    Optional<String> ontologyText(Node p) {
        return text(ONTOLOGY, p);
    }

    Optional<Node> ontologyValue(Node p) {
        return object(ONTOLOGY, p);
    }

    // ---- what a node is called and where it is documented

    /** The English label, else any label, else the local name. */
    String label(Node n) {
        if (n == null) {
            return "";
        }
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        return text(n, RDFS.label.asNode()).orElseGet(() -> localName(n));
    }

    /** "nkg:Food", "nkr:VitaminB12", or the IRI when no prefix fits. */
    static String curie(Node n) {
        if (!n.isURI()) {
            return n.toString();
        }
        String q = Prefixes.mapping().qnameFor(n.getURI());
        return q != null ? q : n.getURI();
    }

    static String localName(Node n) {
        if (!n.isURI()) {
            return n.toString();
        }
        String u = n.getURI();
        int cut = Math.max(u.lastIndexOf('#'), u.lastIndexOf('/'));
        return cut >= 0 && cut + 1 < u.length() ? u.substring(cut + 1) : u;
    }

    /** The page and anchor that documents a node, relative to the site root, or null for none. */
    String href(Node n) {
        if (n == null || !n.isURI()) {
            return null;
        }
        if (pages.containsKey(n)) {
            return layout == Layout.FILES ? pages.get(n) : "resource/" + n.getURI().substring(NKR.NS.length());
        }
        if (classes.contains(n)) {
            return layout.page("classes") + "#" + anchor(n);
        }
        if (properties.contains(n)) {
            return layout.page("properties") + "#" + anchor(n);
        }
        return null;
    }

    /** The id of a class's or property's section: its local name, prefixed for other namespaces. */
    static String anchor(Node n) {
        String u = n.getURI();
        if (u.startsWith(NKG.NS)) {
            return u.substring(NKG.NS.length());
        }
        return fileName(curie(n).replace(':', '-'));
    }

    static String fileName(String s) {
        return s.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    // ---- reading the graph

    List<Node> objects(Node s, Node p) {
        return sorted(g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList());
    }

    List<Node> subjectsOf(Node p, Node o) {
        return sorted(g.find(Node.ANY, p, o).mapWith(Triple::getSubject).toList());
    }

    Optional<Node> object(Node s, Node p) {
        return objects(s, p).stream().findFirst();
    }

    /** The English literal of {@code p}, else the first literal. */
    Optional<String> text(Node s, Node p) {
        List<Node> values = objects(s, p).stream().filter(Node::isLiteral).toList();
        return values.stream().filter(v -> "en".equalsIgnoreCase(v.getLiteralLanguage())).findFirst()
                .or(() -> values.stream().findFirst()).map(Node::getLiteralLexicalForm);
    }

    List<String> texts(Node s, Node p) {
        return objects(s, p).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).sorted().toList();
    }

    private List<Node> subjects(Node type) {
        return g.find(Node.ANY, RDF.type.asNode(), type).mapWith(Triple::getSubject).toList();
    }

    // ---- classes

    List<Node> superClasses(Node c) {
        return objects(c, RDFS.subClassOf.asNode()).stream().filter(Node::isURI).toList();
    }

    List<Node> subClasses(Node c) {
        return sortedByLabel(subjectsOf(RDFS.subClassOf.asNode(), c).stream().filter(Node::isURI).toList());
    }

    /** The class and all its superclasses. */
    Set<Node> closure(Node c) {
        return superClassClosure.computeIfAbsent(c, k -> {
            Set<Node> out = new LinkedHashSet<>();
            List<Node> todo = new ArrayList<>(List.of(k));
            while (!todo.isEmpty()) {
                Node n = todo.remove(todo.size() - 1);
                if (out.add(n)) {
                    todo.addAll(superClasses(n));
                }
            }
            return out;
        });
    }

    /** Classes declared disjoint with {@code c}, by owl:disjointWith or owl:AllDisjointClasses. */
    List<Node> disjointWith(Node c) {
        Set<Node> out = new HashSet<>(objects(c, OWL.disjointWith.asNode()));
        out.addAll(subjectsOf(OWL.disjointWith.asNode(), c));
        g.find(Node.ANY, RDF.type.asNode(), OWL.AllDisjointClasses.asNode()).forEach(t -> {
            List<Node> members = object(t.getSubject(), OWL.members.asNode()).map(this::list).orElse(List.of());
            if (members.contains(c)) {
                members.stream().filter(m -> !m.equals(c)).forEach(out::add);
            }
        });
        return sortedByLabel(new ArrayList<>(out));
    }

    /** The asserted types of an individual that are classes of the ontology (not owl:NamedIndividual). */
    List<Node> types(Node individual) {
        return sortedByLabel(objects(individual, RDF.type.asNode()).stream()
                .filter(t -> t.isURI() && !t.equals(NAMED_INDIVIDUAL)).toList());
    }

    /** Whether the individual belongs to the class, by a type or a type's superclass. */
    boolean isA(Node individual, Node c) {
        return types(individual).stream().anyMatch(t -> closure(t).contains(c));
    }

    /** The individuals whose types are the class or one of its subclasses. */
    List<Node> instances(Node c) {
        return individuals.stream().filter(i -> isA(i, c)).toList();
    }

    // ---- properties

    /** The classes of a domain or range: one class, or the members of an owl:unionOf. */
    List<Node> classesOf(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        for (Node n : objects(s, p)) {
            if (n.isURI()) {
                out.add(n);
            } else {
                object(n, OWL.unionOf.asNode()).map(this::list).ifPresent(out::addAll);
            }
        }
        return out;
    }

    String kind(Node p) {
        if (g.contains(p, RDF.type.asNode(), OWL.ObjectProperty.asNode())) {
            return "object property";
        }
        if (g.contains(p, RDF.type.asNode(), OWL.DatatypeProperty.asNode())) {
            return "datatype property";
        }
        return "annotation property";
    }

    long usage(Node p) {
        return g.find(Node.ANY, p, Node.ANY).toList().size();
    }

    /** An RDF list as a Java list. */
    List<Node> list(Node head) {
        List<Node> out = new ArrayList<>();
        Node n = head;
        for (int guard = 0; n != null && !n.equals(RDF.nil.asNode()) && guard < 10_000; guard++) {
            object(n, RDF.first.asNode()).ifPresent(out::add);
            n = object(n, RDF.rest.asNode()).orElse(null);
        }
        return out;
    }

    // ---- sorting

    List<Node> sortedByLabel(List<Node> nodes) {
        List<Node> out = new ArrayList<>(new LinkedHashSet<>(nodes));
        out.sort(Comparator.comparing((Node n) -> label(n).toLowerCase(Locale.ROOT)).thenComparing(n -> n.toString()));
        return out;
    }

    private static List<Node> sorted(List<Node> nodes) {
        TreeMap<String, Node> m = new TreeMap<>();
        nodes.forEach(n -> m.put(n.toString(), n));
        return new ArrayList<>(m.values());
    }

    static final Node LABEL = RDFS.label.asNode();
    static final Node COMMENT = RDFS.comment.asNode();
    static final Node DEFINITION = SKOS.definition.asNode();
    static final Node ALT_LABEL = SKOS.altLabel.asNode();
    static final Node EXACT = SKOS.exactMatch.asNode();
    static final Node CLOSE = SKOS.closeMatch.asNode();
    static final Node TITLE = DCTerms.title.asNode();
    static final Node DESCRIPTION = DCTerms.description.asNode();
    static final Node LICENSE = DCTerms.license.asNode();
    static final Node CREATED = DCTerms.created.asNode();
    static final Node MODIFIED = DCTerms.modified.asNode();
}

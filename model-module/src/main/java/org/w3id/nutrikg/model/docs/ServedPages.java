// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.docs;

import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The pages of the documentation site as a server answers them under the IRIs' own paths: the overview at
 * {@code /}, the classes and properties at {@code /ontology}, an individual at {@code /resource/NAME}, with
 * links that stay on the server. The same content as {@link DocsOperation}'s files. Built once from a graph;
 * the overview (with its diagrams) is rendered on first use and kept.
 */
public final class ServedPages {

    private final Terms terms;
    private final Site site;
    private String home;
    private String ontology;

    private ServedPages(Graph graph) {
        this.terms = new Terms(graph, Layout.SERVED);
        this.site = new Site(terms);
    }

    /** The pages of the asserted triples of {@code graph}, which must not change while they are in use. */
    public static ServedPages of(Graph graph) {
        return new ServedPages(graph);
    }

    /** The overview, with the ontology's metadata and diagrams. */
    public synchronized String home() {
        String h = home;
        if (h == null) {
            h = site.home();
            home = h;
        }
        return h;
    }

    /** The classes and properties, each in a section whose id is its local name. */
    public synchronized String ontology() {
        String o = ontology;
        if (o == null) {
            o = site.ontology();
            ontology = o;
        }
        return o;
    }

    /** The individuals by class. */
    public synchronized String individuals() {
        return site.individualsPage();
    }

    /** The search page. */
    public synchronized String search() {
        return site.searchPage();
    }

    /** The style sheet every page links to at {@code /style.css}. */
    public static String style() {
        return Styles.CSS;
    }

    /** The page of the individual with this IRI, or nothing if the graph has no such individual. */
    public synchronized Optional<String> resource(String iri) {
        Node n = NodeFactory.createURI(iri);
        return terms.hasPage(n) ? Optional.of(site.individualPage(n)) : Optional.empty();
    }

    /** A page in the site's frame; {@code bodyHtml} is HTML, {@code current} the menu item it belongs to. */
    public static String page(String title, String current, String bodyHtml) {
        return Html.page(Layout.SERVED, "/", title, current, bodyHtml);
    }

    /** Text or an attribute value, escaped for HTML. */
    public static String escape(String text) {
        return Html.esc(text);
    }
}

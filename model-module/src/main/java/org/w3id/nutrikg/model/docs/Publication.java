// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.docs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.nutrikg.model.linked.DatasetDescriptions;
import org.w3id.nutrikg.model.linked.Descriptions;
import org.w3id.nutrikg.model.linked.RdfMediaType;
import org.w3id.nutrikg.model.vocab.NKR;

/**
 * What makes the static site a home for the IRIs: one file per term and syntax under the IRIs' own paths
 * ({@code resource/VitaminB12.ttl}, {@code .jsonld}, {@code .nt}, {@code .rdf}, {@code .html}; {@code ontology.*}),
 * a VoID file, and the redirect rules of a w3id.org entry ({@code .htaccess}) that send each IRI to the file
 * its {@code Accept} header (or {@code ?format=}) asks for on the host the site is put on.
 */
final class Publication {

    private Publication() {
    }

    /** Adds the term files, and the w3id.org rules when {@code siteUrl} (where the site will be served) is given. */
    static void add(Graph graph, Terms terms, Site site, SortedMap<String, String> files, String siteUrl) {
        for (Node i : terms.individuals()) {
            String name = i.getURI().substring(NKR.NS.length());
            if (!Terms.fileName(name).equals(name)) {
                continue;
            }
            String base = "resource/" + name;
            Descriptions.of(graph, i.getURI()).ifPresent(g -> {
                for (RdfMediaType t : RdfMediaType.values()) {
                    files.put(base + "." + t.extension(), text(g, t, "What NutriKG says about " + i.getURI()));
                }
            });
            // the same page as individuals/NAME.html, one folder deep as well: its relative links hold
            String page = files.get(terms.href(i));
            files.put(base + ".html", page != null ? page : site.individualPage(i));
        }
        Graph ontology = Descriptions.ontology(graph);
        for (RdfMediaType t : RdfMediaType.values()) {
            files.put("ontology." + t.extension(), text(ontology, t, "The NutriKG ontology"));
        }
        files.put("ontology.html", site.ontology());
        String dataset = siteUrl == null ? "https://w3id.org/nutrikg/void#nutrikg" : siteUrl + "void.ttl#nutrikg";
        files.put("void.ttl", text(DatasetDescriptions.voidOf(graph, dataset, null, null), RdfMediaType.TURTLE,
                "VoID description of the NutriKG dataset"));
        if (siteUrl != null) {
            files.put(".htaccess", htaccess(siteUrl));
        }
    }

    private static String text(Graph g, RdfMediaType t, String comment) {
        return new String(Descriptions.write(g, t, comment), StandardCharsets.UTF_8);
    }

    /**
     * The rules of the {@code nutrikg/.htaccess} of w3id.org's repository: 303 redirects from
     * {@code https://w3id.org/nutrikg/ontology} and {@code .../resource/NAME} to the file of the syntax that
     * {@code ?format=} or the {@code Accept} header names (Apache's rules do not weigh q-values: a header that
     * names an RDF syntax gets it), HTML for anything else, as a browser's header; then the rest of the site.
     */
    static String htaccess(String siteUrl) {
        String site = siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
        StringBuilder b = new StringBuilder();
        b.append("# w3id.org entry of NutriKG: https://w3id.org/nutrikg/... answers from ").append(site).append('\n')
                .append("# Made by nutrikg docs --site-url. Put it in the w3id.org repository as nutrikg/.htaccess.\n")
                .append("Options +FollowSymLinks\nRewriteEngine on\n");
        for (String[] path : List.of(new String[] {"^ontology$", "ontology"},
                new String[] {"^resource/([A-Za-z0-9_.-]+)$", "resource/$1"})) {
            b.append("\n# ").append(path[1].startsWith("ontology") ? "the ontology" : "a resource").append('\n');
            for (RdfMediaType t : RdfMediaType.values()) {
                b.append("RewriteCond %{QUERY_STRING} (^|&)format=").append(t.extension()).append("(&|$)\n")
                        .append("RewriteRule ").append(path[0]).append(' ').append(site).append(path[1]).append('.')
                        .append(t.extension()).append("? [R=303,L]\n");
            }
            for (RdfMediaType t : RdfMediaType.values()) {
                b.append("RewriteCond %{HTTP_ACCEPT} ").append(t.mediaType().replace("+", "\\+")).append('\n')
                        .append("RewriteRule ").append(path[0]).append(' ').append(site).append(path[1]).append('.')
                        .append(t.extension()).append(" [R=303,L]\n");
            }
            b.append("RewriteRule ").append(path[0]).append(' ').append(site).append(path[1])
                    .append(".html [R=303,L]\n");
        }
        b.append("\n# the rest: the site's own pages\nRewriteRule ^$ ").append(site).append(" [R=303,L]\n")
                .append("RewriteRule ^(.*)$ ").append(site).append("$1 [R=303,L]\n");
        return b.toString();
    }
}

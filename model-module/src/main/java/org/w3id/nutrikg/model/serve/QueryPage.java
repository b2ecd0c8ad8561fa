// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.serve;

import java.util.ArrayList;
import java.util.List;

import org.w3id.nutrikg.model.docs.ServedPages;
import org.w3id.nutrikg.model.query.NamedQuery;
import org.w3id.nutrikg.model.vocab.Prefixes;

/**
 * The SPARQL query page: YASGUI (Zazuko's maintained fork, from its webjar, served by this server) against the
 * endpoint, with the named queries of {@code sparql/} as examples; a NutriKG IRI in the results opens its
 * page on this server. Nothing is fetched from elsewhere: the
 * editor's prefix and vocabulary look-ups, which would ask prefix.cc and LOV, are turned off, and no query is
 * kept in the browser's storage between visits.
 */
final class QueryPage {

    /** Where the page loads YASGUI's script and style sheet from. */
    static final String ASSETS = "/assets/yasgui/";

    private QueryPage() {
    }

    /** The page; {@code endpointPath} is the query service's path, e.g. "/nutrikg/sparql". */
    static String html(String endpointPath, List<NamedQuery> examples) {
        List<String> entries = new ArrayList<>();
        for (NamedQuery q : examples) {
            entries.add("{\"name\":" + quote(q.name(), true) + ",\"description\":"
                    + quote(q.description(), true) + ",\"query\":" + quote(q.text(), true)
                    + "}");
        }
        String start = Prefixes.sparqlDeclarations() + "\nSELECT ?nutrient ?label WHERE {\n"
                + "    ?nutrient a nkg:Nutrient ;\n        rdfs:label ?label .\n}\nORDER BY ?label\nLIMIT 20\n";
        StringBuilder options = new StringBuilder();
        for (NamedQuery q : examples) {
            options.append("<option value=\"").append(ServedPages.escape(q.name())).append("\">")
                    .append(ServedPages.escape(q.name() + ": " + q.description())).append("</option>\n");
        }
        String body = "<link rel=\"stylesheet\" href=\"" + ASSETS + "yasgui.min.css\">\n"
                + "<style>" + CSS + "</style>\n"
                + "<h1>SPARQL query</h1>\n"
                + "<p>Write a query, or start from one of the named queries of <code>sparql/</code>; Ctrl-Enter "
                + "or the arrow runs it against <code>" + ServedPages.escape(endpointPath) + "</code>. The common "
                + "prefixes are declared. Results show as a table; download them as CSV or JSON below, or with "
                + "the download button of the results.</p>\n"
                + "<p class=\"examples\"><label for=\"example\">Example:</label> <select id=\"example\">\n"
                + "<option value=\"\">(choose a named query)</option>\n" + options + "</select></p>\n"
                + "<div id=\"yasgui\"></div>\n"
                + "<p class=\"downloads\">Download the results of the query in the editor: "
                + "<a id=\"download-csv\" href=\"#\" download=\"results.csv\">CSV</a> "
                + "<a id=\"download-json\" href=\"#\" download=\"results.json\">JSON</a></p>\n"
                + "<script type=\"application/json\" id=\"named-queries\">[" + String.join(",\n", entries)
                + "]</script>\n"
                + "<script type=\"application/json\" id=\"start-query\">" + quote(start, true)
                + "</script>\n"
                + "<script src=\"" + ASSETS + "yasgui.min.js\"></script>\n"
                + "<script>\n" + SCRIPT.replace("ENDPOINT_PATH", endpointPath).replace("PREFIXES", prefixes())
                + "</script>";
        return ServedPages.page("SPARQL query", "query", body);
    }

    private static String prefixes() {
        List<String> pairs = new ArrayList<>();
        Prefixes.map().forEach((p, ns) -> pairs.add(quote(p, true) + ": " + quote(ns, true)));
        return "{" + String.join(", ", pairs) + "}";
    }

    private static final String CSS = """
            #yasgui { margin: .5rem 0 1rem; } .examples select { font: inherit; max-width: 100%; }
            .downloads a { margin-right: 1rem; }
            .yasgui .autocompleteWrapper, .yasgui .tabsList { display: none; }
            """;

    private static final String SCRIPT = """
            (function () {
              var endpoint = new URL('ENDPOINT_PATH', window.location.href).href;
              var named = JSON.parse(document.getElementById('named-queries').textContent);
              var start = JSON.parse(document.getElementById('start-query').textContent);
              // the prefix and vocabulary completers would ask prefix.cc and LOV: only variables are completed
              Yasgui.Yasqe.defaults.autocompleters = ['variables'];
              var yasgui = new Yasgui(document.getElementById('yasgui'), {
                requestConfig: { endpoint: endpoint, method: 'POST' },
                copyEndpointOnNewTab: true,
                endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
                persistenceId: null,
                populateFromUrl: false,
                yasqe: { value: start, persistenceId: null },
                yasr: { persistenceId: null, prefixes: PREFIXES }
              });
              window.nutrikgYasgui = yasgui;
              var tab = yasgui.getTab();
              tab.setEndpoint(endpoint);
              tab.getYasqe().setValue(start);
              function results(format) {
                var q = yasgui.getTab().getYasqe().getValue();
                return endpoint + '?query=' + encodeURIComponent(q) + '&format=' + format;
              }
              document.getElementById('download-csv').addEventListener('click', function () {
                this.href = results('csv');
              });
              document.getElementById('download-json').addEventListener('click', function () {
                this.href = results('json');
              });
              // a NutriKG IRI in the results opens its page on this server, which answers it until w3id.org does
              document.getElementById('yasgui').addEventListener('click', function (e) {
                var a = e.target.closest ? e.target.closest('a[href^="https://w3id.org/nutrikg/"]') : null;
                if (a) {
                  e.preventDefault();
                  e.stopPropagation();
                  window.location.href = a.getAttribute('href').substring('https://w3id.org/nutrikg'.length);
                }
              }, true);
              document.getElementById('example').addEventListener('change', function () {
                for (var i = 0; i < named.length; i++) {
                  if (named[i].name === this.value) {
                    yasgui.getTab().getYasqe().setValue(named[i].query);
                  }
                }
              });
            })();
            """;

    /** {@code s} as a JSON string literal that is safe inside an HTML script element ('<', '>' and '&' escaped). */
    private static String quote(String s, boolean inScript) {
        String json = jakarta.json.Json.createValue(s).toString();
        return inScript ? json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") : json;
    }
}

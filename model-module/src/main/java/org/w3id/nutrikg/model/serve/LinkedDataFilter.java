// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.nutrikg.model.docs.ServedPages;
import org.w3id.nutrikg.model.graph.GraphSource;
import org.w3id.nutrikg.model.linked.DatasetDescriptions;
import org.w3id.nutrikg.model.linked.Descriptions;
import org.w3id.nutrikg.model.linked.Negotiation;
import org.w3id.nutrikg.model.linked.RdfMediaType;
import org.w3id.nutrikg.model.query.NamedQueries;
import org.w3id.nutrikg.model.vocab.NKR;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers the IRIs themselves, before Fuseki sees the request: {@code /resource/NAME} and {@code /ontology}
 * (content negotiation between HTML and four RDF syntaxes, or {@code ?format=}), the home page {@code /}, the
 * query page {@code /query}, the documentation's other pages, the VoID description at
 * {@code /.well-known/void} and the service description at a GET of the query service without a query.
 * Everything else goes on to Fuseki. Only GET and HEAD are answered, so nothing here can change the graph.
 */
final class LinkedDataFilter implements Filter {

    private static final String HTML = "text/html";
    private static final List<String> RDF_TYPES = List.of(RdfMediaType.TURTLE.mediaType(),
            RdfMediaType.JSONLD.mediaType(), RdfMediaType.NTRIPLES.mediaType(), RdfMediaType.RDFXML.mediaType());
    private static final List<String> ALL_TYPES;

    static {
        List<String> all = new ArrayList<>(List.of(HTML));
        all.addAll(RDF_TYPES);
        ALL_TYPES = List.copyOf(all);
    }

    private final DatasetGraph dataset;
    private final boolean update;
    private final String datasetPath;
    private volatile ServedPages pages;
    private volatile byte[] queryPage;
    private final Map<String, byte[]> voids = new java.util.concurrent.ConcurrentHashMap<>();

    LinkedDataFilter(DatasetGraph dataset, boolean update, String datasetPath) {
        this.dataset = dataset;
        this.update = update;
        this.datasetPath = datasetPath;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)) {
            chain.doFilter(req, res);
            return;
        }
        String path = request.getRequestURI();
        if (isServiceDescription(request, path)) {
            serviceDescription(request, response);
            return;
        }
        if (!ours(path)) {
            chain.doFilter(req, res);
            return;
        }
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            response.setHeader("Allow", "GET, HEAD");
            text(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, method + " is not allowed here: these pages "
                    + "are read-only (GET and HEAD)", method);
            return;
        }
        switch (path) {
            case "/" -> html(response, read(() -> pages().home()), method);
            case "/query" -> html(response, queryPage(), method);
            case "/individuals" -> html(response, read(() -> pages().individuals()), method);
            case "/search" -> html(response, read(() -> pages().search()), method);
            case "/style.css" -> send(response, 200, "text/css; charset=utf-8",
                    ServedPages.style().getBytes(StandardCharsets.UTF_8), method);
            case "/.well-known/void" -> voidDescription(request, response);
            case "/ontology" -> term(request, response, Descriptions.ONTOLOGY);
            default -> {
                if (path.startsWith(QueryPage.ASSETS)) {
                    asset(response, path.substring(QueryPage.ASSETS.length()), method);
                } else {
                    String name = URLDecoder.decode(path.substring("/resource/".length()).replace("+", "%2B"),
                            StandardCharsets.UTF_8);
                    term(request, response, NKR.NS + name);
                }
            }
        }
    }

    private static boolean ours(String path) {
        return switch (path) {
            case "/", "/query", "/individuals", "/search", "/style.css", "/.well-known/void", "/ontology" -> true;
            default -> path.startsWith(QueryPage.ASSETS) || path.startsWith("/resource/") && path.length() > 10;
        };
    }

    private boolean isServiceDescription(HttpServletRequest request, String path) {
        return (path.equals(datasetPath + "/sparql") || path.equals(datasetPath + "/query"))
                && (request.getMethod().equals("GET") || request.getMethod().equals("HEAD"))
                && request.getQueryString() == null;
    }

    // ---- the graph

    /** Runs {@code work} in a read transaction of the dataset. */
    private <T> T read(Supplier<T> work) {
        return dataset.calculateRead(work);
    }

    /** The graph pages and descriptions are made from: the asserted triples when the dataset keeps them apart. */
    private Graph graph() {
        var asserted = NodeFactory.createURI(GraphSource.ASSERTED_GRAPH);
        return !update && dataset.containsGraph(asserted) ? dataset.getGraph(asserted) : dataset.getDefaultGraph();
    }

    /** The pages, made once; made again for each request when updates may change the graph. */
    private ServedPages pages() {
        ServedPages p = pages;
        if (p == null || update) {
            p = ServedPages.of(graph());
            pages = p;
        }
        return p;
    }

    // ---- terms

    private void term(HttpServletRequest request, HttpServletResponse response, String iri) throws IOException {
        String method = request.getMethod();
        response.setHeader("Vary", "Accept");
        String chosen;
        String format = request.getParameter("format");
        if (format != null) {
            if (format.equalsIgnoreCase("html")) {
                chosen = HTML;
            } else {
                Optional<RdfMediaType> t = RdfMediaType.ofExtension(format);
                if (t.isEmpty()) {
                    text(response, 400, "unknown format '" + format + "' (expected: ttl, jsonld, nt, rdf, html)",
                            method);
                    return;
                }
                chosen = t.get().mediaType();
            }
        } else {
            Optional<String> c = Negotiation.choose(request.getHeader("Accept"), ALL_TYPES);
            if (c.isEmpty()) {
                text(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "cannot give " + request.getHeader("Accept")
                        + ": this resource is available as " + String.join(", ", ALL_TYPES), method);
                return;
            }
            chosen = c.get();
        }
        if (chosen.equals(HTML)) {
            Optional<String> page = read(() -> iri.equals(Descriptions.ONTOLOGY) ? Optional.of(pages().ontology())
                    : pages().resource(iri));
            if (page.isPresent()) {
                html(response, page.get(), method);
            } else {
                notFound(response, iri, true, method);
            }
            return;
        }
        RdfMediaType type = RdfMediaType.ofMediaType(chosen).orElseThrow();
        Optional<byte[]> body = read(() -> Descriptions.of(graph(), iri).map(g -> Descriptions.write(g, type,
                "What NutriKG says about " + iri)));
        if (body.isEmpty()) {
            notFound(response, iri, false, method);
            return;
        }
        send(response, 200, type.mediaType() + "; charset=utf-8", body.get(), method);
    }

    private void notFound(HttpServletResponse response, String iri, boolean html, String method) throws IOException {
        String name = iri.startsWith(NKR.NS) ? iri.substring(NKR.NS.length()) : iri;
        Map<String, String> near = read(() -> Descriptions.nearMatches(graph(), name));
        if (!html) {
            StringBuilder b = new StringBuilder("no term " + iri + " in this graph");
            if (!near.isEmpty()) {
                b.append(" (did you mean ");
                List<String> shown = new ArrayList<>();
                near.forEach((n, i) -> shown.add("'" + n + "' " + i));
                b.append(String.join(" or ", shown)).append("?)");
            }
            text(response, 404, b.toString(), method);
            return;
        }
        StringBuilder body = new StringBuilder("<h1>Not found</h1>\n<p>The graph says nothing about <code>")
                .append(ServedPages.escape(iri)).append("</code>.</p>\n");
        if (!near.isEmpty()) {
            body.append("<p>Did you mean:</p>\n<ul class=\"suggestions\">\n");
            near.forEach((n, i) -> body.append("<li><a href=\"").append(ServedPages.escape(localPath(i))).append("\">")
                    .append(ServedPages.escape(n)).append("</a></li>\n"));
            body.append("</ul>\n");
        }
        body.append("<p>Or <a href=\"/search?q=").append(ServedPages.escape(
                java.net.URLEncoder.encode(name, StandardCharsets.UTF_8))).append("\">search the terms</a>.</p>\n");
        send(response, 404, "text/html; charset=utf-8",
                ServedPages.page("Not found", "", body.toString()).getBytes(StandardCharsets.UTF_8), method);
    }

    /** The path on this server that answers an IRI of the graph. */
    private static String localPath(String iri) {
        if (iri.startsWith(NKR.NS)) {
            return "/resource/" + iri.substring(NKR.NS.length());
        }
        if (iri.startsWith(Descriptions.ONTOLOGY)) {
            return "/ontology" + iri.substring(Descriptions.ONTOLOGY.length());
        }
        return iri;
    }

    // ---- dataset and service

    private void voidDescription(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<RdfMediaType> type = rdfType(request, response);
        if (type.isEmpty()) {
            return;
        }
        String base = base(request);
        // counting reads the whole graph: done once per address the server is reached by and syntax, unless
        // updates may change the counts
        String key = base + " " + type.get().extension();
        byte[] body = update ? null : voids.get(key);
        if (body == null) {
            body = read(() -> Descriptions.write(DatasetDescriptions.voidOf(graph(), base + "/.well-known/void#nutrikg",
                    base + datasetPath + "/sparql", null), type.get(), "VoID description of the NutriKG dataset"));
            if (!update && voids.size() < 64) {
                voids.put(key, body);
            }
        }
        send(response, 200, type.get().mediaType() + "; charset=utf-8", body, request.getMethod());
    }

    private void serviceDescription(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String accept = request.getHeader("Accept");
        List<String> rdfFirst = new ArrayList<>(RDF_TYPES);
        rdfFirst.add(HTML);
        if (accept != null && Negotiation.choose(accept, rdfFirst).filter(HTML::equals).isPresent()) {
            response.setHeader("Vary", "Accept");
            response.setHeader("Location", "/query");
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            return;
        }
        Optional<RdfMediaType> type = rdfType(request, response);
        if (type.isEmpty()) {
            return;
        }
        String base = base(request);
        byte[] body = Descriptions.write(DatasetDescriptions.service(base + request.getRequestURI(),
                base + "/.well-known/void#nutrikg", update), type.get(), "SPARQL service description");
        send(response, 200, type.get().mediaType() + "; charset=utf-8", body, request.getMethod());
    }

    private static Optional<RdfMediaType> rdfType(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader("Vary", "Accept");
        String format = request.getParameter("format");
        Optional<RdfMediaType> type = format != null ? RdfMediaType.ofExtension(format)
                : Negotiation.choose(request.getHeader("Accept"), RDF_TYPES).flatMap(RdfMediaType::ofMediaType);
        if (type.isEmpty()) {
            text(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "available as " + String.join(", ", RDF_TYPES),
                    request.getMethod());
        }
        return type;
    }

    private static String base(HttpServletRequest request) {
        String host = request.getServerName();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return request.getScheme() + "://" + host + ":" + request.getServerPort();
    }

    // ---- the query page and its assets

    private byte[] queryPage() {
        byte[] p = queryPage;
        if (p == null) {
            p = QueryPage.html(datasetPath + "/sparql", NamedQueries.list()).getBytes(StandardCharsets.UTF_8);
            queryPage = p;
        }
        return p;
    }

    private static void asset(HttpServletResponse response, String name, String method) throws IOException {
        String type = switch (name) {
            case "yasgui.min.js" -> "text/javascript; charset=utf-8";
            case "yasgui.min.css" -> "text/css; charset=utf-8";
            default -> null;
        };
        if (type == null) {
            text(response, 404, "no such file", method);
            return;
        }
        try (InputStream in = LinkedDataFilter.class.getResourceAsStream(Assets.PATH + name)) {
            if (in == null) {
                text(response, 404, "the YASGUI files are not on the class path", method);
                return;
            }
            response.setHeader("Cache-Control", "max-age=86400");
            send(response, 200, type, in.readAllBytes(), method);
        }
    }

    /** Where the YASGUI webjar keeps its built files. */
    static final class Assets {
        static final String PATH;

        static {
            Properties p = new Properties();
            try (InputStream in = LinkedDataFilter.class.getResourceAsStream("assets.properties")) {
                p.load(in);
            } catch (IOException | NullPointerException e) {
                throw new IllegalStateException("serve/assets.properties is missing from the jar", e);
            }
            PATH = "/META-INF/resources/webjars/zazuko__yasgui/" + p.getProperty("yasgui.version") + "/build/";
        }

        private Assets() {
        }
    }

    // ---- answers

    private static void html(HttpServletResponse response, String page, String method) throws IOException {
        html(response, page.getBytes(StandardCharsets.UTF_8), method);
    }

    private static void html(HttpServletResponse response, byte[] page, String method) throws IOException {
        send(response, 200, "text/html; charset=utf-8", page, method);
    }

    private static void text(HttpServletResponse response, int status, String message, String method)
            throws IOException {
        send(response, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8), method);
    }

    private static void send(HttpServletResponse response, int status, String type, byte[] body, String method)
            throws IOException {
        response.setStatus(status);
        response.setContentType(type);
        response.setContentLength(body.length);
        if (!method.equals("HEAD")) {
            try {
                response.getOutputStream().write(body);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }
}

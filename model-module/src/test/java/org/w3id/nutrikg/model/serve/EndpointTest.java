// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3id.nutrikg.model.WorkFailedException;

class EndpointTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String INSERT = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }";

    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private Endpoint endpoint;

    private static Graph fixture() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = EndpointTest.class.getResourceAsStream("/graph/foods-input.ttl")) {
            RDFDataMgr.read(g, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return g;
    }

    private static DatasetGraph dataset() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.executeWrite(() -> fixture().find().forEach(dsg.getDefaultGraph()::add));
        return dsg;
    }

    private Endpoint start(DatasetGraph dsg, boolean update, Duration timeout) {
        endpoint = Endpoint.start(dsg, new ServeOptions("127.0.0.1", 0, update, false, timeout), requests::add);
        return endpoint;
    }

    @AfterEach
    void stop() {
        if (endpoint != null) {
            endpoint.close();
        }
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(endpoint.datasetUrl().resolve(path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(endpoint.datasetUrl().resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String query(String sparql) {
        return "?query=" + java.net.URLEncoder.encode(sparql, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void answersQueriesAtEachQueryUrlAndLogsEachRequest() throws Exception {
        start(dataset(), false, Duration.ofSeconds(30));
        String ask = query("ASK { <https://w3id.org/nutrikg/resource/Banana> ?p ?o }");
        for (String path : List.of("sparql", "query", "")) {
            HttpResponse<String> r = get(path + ask, "application/sparql-results+json");
            assertEquals(200, r.statusCode(), path);
            assertTrue(r.body().contains("\"boolean\" : true"), r.body());
        }
        assertEquals(3, requests.size(), requests.toString());
        String first = requests.get(0).line();
        assertTrue(first.matches("127\\.0\\.0\\.1 GET /nutrikg/sparql 200 \\d+ ms"), first);
    }

    @Test
    void answersQueriesSentByPostInEitherForm() throws Exception {
        start(dataset(), false, Duration.ofSeconds(30));
        String ask = "ASK { <https://w3id.org/nutrikg/resource/Banana> ?p ?o }";
        HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(endpoint.queryUrl())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query(ask).substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, form.statusCode(), form.body());
        assertTrue(form.body().contains("\"boolean\" : true"), form.body());
        HttpResponse<String> direct = HTTP.send(HttpRequest.newBuilder(endpoint.queryUrl())
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(ask)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, direct.statusCode(), direct.body());
        assertTrue(direct.body().contains("\"boolean\" : true"), direct.body());
    }

    @Test
    void graphStoreProtocolReadGivesTheGraph() throws Exception {
        start(dataset(), false, Duration.ofSeconds(30));
        HttpResponse<String> r = get("data?default", "application/n-triples");
        assertEquals(200, r.statusCode());
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(back);
        assertTrue(fixture().isIsomorphicWith(back));
    }

    @Test
    void readOnlyRefusesUpdatesAndGraphStoreWrites() throws Exception {
        DatasetGraph dsg = dataset();
        start(dsg, false, Duration.ofSeconds(30));
        for (String path : List.of("update", "", "sparql")) {
            int status = post(path, "application/sparql-update", INSERT).statusCode();
            assertTrue(status >= 400 && status < 500, path + " answered " + status);
        }
        int put = HTTP.send(HttpRequest.newBuilder(endpoint.datasetUrl().resolve("data?default"))
                .header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:b> <urn:x:c> .\n")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
        assertTrue(put >= 400 && put < 500, "GSP PUT answered " + put);
        assertTrue(fixture().isIsomorphicWith(dsg.getDefaultGraph()), "the data is unchanged");
    }

    @Test
    void aRefusedUpdateLeavesTheConnectionUsable() throws Exception {
        start(dataset(), false, Duration.ofSeconds(30));
        String path = endpoint.datasetUrl().resolve("update").getPath();
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", endpoint.port())) {
            s.setSoTimeout(10_000);
            var out = s.getOutputStream();
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
                    java.nio.charset.StandardCharsets.ISO_8859_1));
            byte[] body = INSERT.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (int i = 0; i < 2; i++) {
                out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/sparql-update\r\nContent-Length: " + body.length + "\r\n\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                out.flush();
                // the body comes later than the head, as it does over a network: the refusal is decided first
                Thread.sleep(300);
                out.write(body);
                out.flush();
                String status = in.readLine();
                assertEquals("HTTP/1.1 405 Method Not Allowed", status, "answer " + (i + 1) + " on one connection");
                long length = -1;
                for (String h = in.readLine(); h != null && !h.isEmpty(); h = in.readLine()) {
                    if (h.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                        length = Long.parseLong(h.substring(15).trim());
                    }
                }
                assertTrue(length >= 0, "the refusal says how long it is");
                assertEquals(length, in.skip(length));
            }
        }
    }

    @Test
    void updateIsAllowedOnlyWhenAsked() throws Exception {
        DatasetGraph dsg = dataset();
        start(dsg, true, Duration.ofSeconds(30));
        int status = post("update", "application/sparql-update", INSERT).statusCode();
        assertTrue(status == 200 || status == 204, "update answered " + status);
        assertEquals(fixture().size() + 1, dsg.getDefaultGraph().size());
    }

    @Test
    void serviceIsRefused() throws Exception {
        start(dataset(), false, Duration.ofSeconds(30));
        HttpResponse<String> r = get("sparql" + query("SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"),
                "application/sparql-results+json");
        assertTrue(r.statusCode() >= 400, "SERVICE answered " + r.statusCode() + ": " + r.body());
    }

    @Test
    void longQueryIsStoppedByTheTimeout() throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.executeWrite(() -> {
            for (int i = 0; i < 3000; i++) {
                dsg.getDefaultGraph().add(org.apache.jena.graph.NodeFactory.createURI("urn:x:s" + i),
                        org.apache.jena.graph.NodeFactory.createURI("urn:x:p"),
                        org.apache.jena.graph.NodeFactory.createLiteralString("v" + i));
            }
        });
        start(dsg, false, Duration.ofMillis(300));
        HttpResponse<String> r = get("sparql" + query("SELECT (COUNT(*) AS ?n) { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }"),
                "application/sparql-results+json");
        assertEquals(503, r.statusCode(), r.body());
    }

    @Test
    void portInUseIsOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            WorkFailedException e = assertThrows(WorkFailedException.class, () -> Endpoint.start(dataset(),
                    new ServeOptions("127.0.0.1", port, false, false, Duration.ofSeconds(30)), r -> { }));
            assertEquals("port " + port + " is already in use on 127.0.0.1", e.getMessage());
        }
    }

    @Test
    void listensOnTheGivenInterfaceOnly() throws Exception {
        start(dataset(), false, Duration.ofSeconds(30));
        URI url = endpoint.queryUrl();
        assertEquals("127.0.0.1", url.getHost());
        assertEquals("/nutrikg/sparql", url.getPath());
        // the machine's other addresses do not reach the endpoint
        for (InetAddress a : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(n -> n.inetAddresses()).toList()) {
            if (!a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                try (java.net.Socket s = new java.net.Socket()) {
                    assertThrows(IOException.class, () -> s.connect(new java.net.InetSocketAddress(a, endpoint.port()), 1000),
                            "reachable on " + a);
                }
            }
        }
    }
}

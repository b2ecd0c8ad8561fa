// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.nutrikg.cli.NutriKG;

/**
 * {@code nutrikg serve} in a child JVM with a bounded heap, as a user starts it: read-only and on the
 * loopback interface by default, SERVICE refused, a timeout on every query; then many concurrent clients
 * mixing valid queries, invalid ones, runaway ones and writes, each answer checked, the server still up and
 * its heap back down after.
 */
class ServeUnderLoadTest {

    private static final Pattern SERVING = Pattern.compile("at (http://127\\.0\\.0\\.1:(\\d+)/nutrikg/)sparql");
    private static final String VALID = "SELECT ?food ?label WHERE { ?food nkg:foodSourceOf nkr:Potassium ; "
            + "rdfs:label ?label } ORDER BY ?food";
    private static final String PREFIXES = "PREFIX nkg: <https://w3id.org/nutrikg/ontology#> "
            + "PREFIX nkr: <https://w3id.org/nutrikg/resource/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
    private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    private static final int CLIENTS = 8;

    @TempDir
    static Path dir;
    private static Process server;
    private static int port;
    private static URI dataset;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void serve() throws Exception {
        server = ChildJvm.builder(dir, List.of("-Xmx256m"), NutriKG.class.getName(),
                List.of("serve", "--port", "0", "--timeout", "1")).start();
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (System.nanoTime() < deadline && server.isAlive()) {
            Matcher m = SERVING.matcher(Files.readString(dir.resolve("child.err")));
            if (m.find()) {
                dataset = URI.create(m.group(1));
                port = Integer.parseInt(m.group(2));
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("serve did not start\n" + ChildJvm.output(dir));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static HttpResponse<String> get(String query) throws IOException, InterruptedException {
        URI uri = dataset.resolve("sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(uri).header("Accept", "text/csv").timeout(Duration.ofSeconds(30))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(dataset.resolve(path)).header("Content-Type", contentType)
                .timeout(Duration.ofSeconds(30)).method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String triples() throws IOException, InterruptedException {
        HttpResponse<String> r = get(COUNT);
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    @Test
    void writesAreRefusedAndTheGraphStaysAsItWas() throws Exception {
        String before = triples();
        String insert = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }";
        assertEquals(405, send("PUT", "data?default", "text/turtle", "<http://example.org/a> <http://example.org/b> 1 .")
                .statusCode());
        assertEquals(405, send("POST", "data?default", "text/turtle", "<http://example.org/a> <http://example.org/b> 1 .")
                .statusCode());
        assertEquals(405, send("DELETE", "data?default", "text/turtle", "").statusCode());
        for (var r : List.of(send("POST", "update", "application/sparql-update", insert),
                send("POST", "", "application/sparql-update", insert),
                send("POST", "", "application/x-www-form-urlencoded", "update=" + URLEncoder.encode(insert,
                        StandardCharsets.UTF_8)))) {
            assertEquals(405, r.statusCode(), r.body());
            assertTrue(r.body().contains("read-only endpoint"), r.body());
        }
        // the query service does not take updates at all
        assertEquals(415, send("POST", "sparql", "application/sparql-update", insert).statusCode());
        assertEquals(before, triples(), "nothing was written");
    }

    @Test
    void itListensOnTheLoopbackInterfaceOnly() throws IOException {
        Optional<InetAddress> other = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        assumeTrue(other.isPresent(), "this machine has no address but loopback");
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(other.get(), port), 2000);
            throw new AssertionError("serve answers on " + other.get());
        } catch (ConnectException expected) {
            // refused: nothing listens there
        }
    }

    @Test
    void serviceIsRefusedBeforeTheQueryRuns() throws Exception {
        try (LoopbackListener listener = new LoopbackListener(null)) {
            long logBefore = Files.size(dir.resolve("child.err"));
            for (String q : List.of("SELECT * WHERE { SERVICE <" + listener.url("/") + "> { ?s ?p ?o } }",
                    "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <" + listener.url("/") + "> { ?s ?p ?o } } }")) {
                HttpResponse<String> r = get(q);
                assertEquals(400, r.statusCode(), r.body());
                assertTrue(r.body().contains("is refused"), r.body());
            }
            assertEquals(0, listener.requests().size());
            assertTrue(Files.size(dir.resolve("child.err")) - logBefore < 2000,
                    "a line per request in the log, not a stack trace per row");
        }
    }

    @Test
    void manyClientsGetCorrectAnswersOrCleanErrorsAndTheServerStaysUp() throws Exception {
        String expected = get(PREFIXES + VALID).body();
        assertTrue(expected.lines().count() > 2, expected);
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            kinds.add(i < 2 ? "runaway" : i < 10 ? "invalid" : i < 14 ? "update" : i < 16 ? "write" : "valid");
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        Map<String, Integer> tally = Collections.synchronizedMap(new TreeMap<>());
        List<Future<List<String>>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            List<String> mine = new ArrayList<>(kinds);
            Collections.shuffle(mine, new java.util.Random(c));
            results.add(pool.submit(() -> {
                List<String> wrong = new ArrayList<>();
                for (String kind : mine) {
                    HttpResponse<String> r = switch (kind) {
                        case "runaway" -> get(RUNAWAY);
                        case "invalid" -> get("SELECT ?x WHERE { ?x ?p }");
                        case "update" -> send("POST", "update", "application/sparql-update", "CLEAR ALL");
                        case "write" -> send("PUT", "data?default", "text/turtle", "");
                        default -> get(PREFIXES + VALID);
                    };
                    tally.merge(kind + " " + r.statusCode(), 1, Integer::sum);
                    boolean ok = switch (kind) {
                        case "runaway" -> r.statusCode() == 503;
                        case "invalid" -> r.statusCode() == 400;
                        case "update" -> r.statusCode() == 405;
                        case "write" -> r.statusCode() == 405;
                        default -> r.statusCode() == 200 && r.body().equals(expected);
                    };
                    if (!ok) {
                        wrong.add(kind + ": " + r.statusCode() + " " + r.body().lines().findFirst().orElse(""));
                    }
                }
                return wrong;
            }));
        }
        List<String> wrong = new ArrayList<>();
        for (Future<List<String>> f : results) {
            wrong.addAll(f.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(List.of(), wrong, "every answer right or a clean error: " + tally);
        assertTrue(server.isAlive(), "the server is up");
        assertEquals(expected, get(PREFIXES + VALID).body(), "and still answers");

        long heap = usedHeapAfterGc();
        System.out.println("serve under load: " + CLIENTS + " clients, " + CLIENTS * kinds.size() + " requests in "
                + millis + " ms, " + tally + ", heap after GC " + heap / (1 << 20) + " MB of 256 MB");
        assertTrue(heap < 160L << 20, "the heap settles after the load: " + heap / (1 << 20) + " MB used");
        assertFalse(Files.readString(dir.resolve("child.err")).contains("\tat "), "no stack trace in the log");
    }

    /** The child's used heap after a full collection, through jcmd; -1 when jcmd cannot attach. */
    private static long usedHeapAfterGc() throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        assumeTrue(Files.isExecutable(jcmd), "no jcmd to read the server's heap");
        String pid = Long.toString(server.pid());
        run(jcmd.toString(), pid, "GC.run");
        String info = run(jcmd.toString(), pid, "GC.heap_info");
        Matcher used = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(info);
        assumeTrue(used.find(), "jcmd could not read the heap: " + info);
        return Long.parseLong(used.group(2)) * 1024;
    }

    private static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.nutrikg.cli.BackgroundRun;
import org.w3id.nutrikg.cli.CliRun;
import org.w3id.nutrikg.cli.CliRun.Result;
import org.w3id.nutrikg.cli.ExitCodes;
import org.w3id.nutrikg.cli.Fixtures;
import org.w3id.nutrikg.cli.TestFuseki;

class ServeCommandTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String FOODS = Fixtures.arg("query/foods-input.ttl");
    private static final String ASK_BANANA = "ASK { nkr:Banana nkg:foodSourceOf nkr:Potassium }";

    private static boolean serving(String err) {
        return err.contains("; Ctrl-C stops");
    }

    private static HttpResponse<String> ask(int port) throws Exception {
        String q = "PREFIX nkr: <https://w3id.org/nutrikg/resource/> PREFIX nkg: <https://w3id.org/nutrikg/ontology#> "
                + ASK_BANANA;
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/nutrikg/sparql?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json")
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int update(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void answersAQueryRefusesAnUpdateAndStops() throws Exception {
        int port = TestFuseki.freePort();
        try (BackgroundRun serve = BackgroundRun.start("--no-bundled", "--data", FOODS, "serve", "--port",
                String.valueOf(port))) {
            serve.awaitErr(ServeCommandTest::serving);
            HttpResponse<String> answer = ask(port);
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("\"boolean\" : true"), answer.body());
            for (String path : List.of("/nutrikg/update", "/nutrikg", "/nutrikg/sparql")) {
                int status = update(port, path);
                assertTrue(status >= 400 && status < 500, path + " answered " + status);
            }

            // the endpoint is a SPARQL endpoint like any other for --endpoint
            Result remote = CliRun.run("--endpoint", "http://127.0.0.1:" + port + "/nutrikg/sparql", "query",
                    "SELECT ?food WHERE { ?food nkg:foodSourceOf nkr:Magnesium } ORDER BY ?food", "--format", "csv");
            assertEquals(ExitCodes.OK, remote.exitCode(), remote.describe());
            assertEquals("food\r\nhttps://w3id.org/nutrikg/resource/Spinach\r\n", remote.out());

            Result r = serve.stop();
            assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
            assertEquals("", r.out());
            List<String> lines = r.err().lines().toList();
            assertEquals("serving the --data graph read-only at http://127.0.0.1:" + port + "/nutrikg/sparql "
                    + "(Graph Store Protocol: http://127.0.0.1:" + port + "/nutrikg/data); Ctrl-C stops", lines.get(0));
            assertTrue(lines.get(1).matches("127\\.0\\.0\\.1 GET /nutrikg/sparql 200 \\d+ ms"), lines.get(1));
            assertTrue(lines.get(2).matches("127\\.0\\.0\\.1 POST /nutrikg/update 4\\d\\d \\d+ ms"), lines.get(2));
            assertEquals(7, lines.size(), r.err());
            assertEquals("stopped", lines.get(6));
        }
    }

    @Test
    void updateIsAllowedWithTheFlag() throws Exception {
        int port = TestFuseki.freePort();
        try (BackgroundRun serve = BackgroundRun.start("-q", "--no-bundled", "--data", FOODS, "serve", "--update",
                "--port", String.valueOf(port))) {
            serve.awaitErr(err -> false == serve.running() || portOpen(port));
            int status = update(port, "/nutrikg/update");
            assertTrue(status == 200 || status == 204, "update answered " + status);
            Result r = serve.stop();
            assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
            assertEquals("", r.err(), "-q: no request log");
        }
    }

    @Test
    void servesAStoreAndReleasesIt(@TempDir Path tmp) throws Exception {
        String store = tmp.resolve("s").toString();
        assertEquals(ExitCodes.OK, CliRun.run("-q", "--no-bundled", "load", "--store", store, FOODS).exitCode());
        int port = TestFuseki.freePort();
        try (BackgroundRun serve = BackgroundRun.start("--store", store, "serve", "--port", String.valueOf(port))) {
            serve.awaitErr(ServeCommandTest::serving);
            assertTrue(serve.err().startsWith("serving store '" + store + "' read-only at "), serve.err());
            HttpResponse<String> answer = ask(port);
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("\"boolean\" : true"), answer.body());
            // the IRIs answer from the store too, as RDF and as a page
            HttpResponse<String> rdf = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/resource/Banana")).header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, rdf.statusCode(), rdf.body());
            assertTrue(rdf.body().contains("nkg:foodSourceOf nkr:Potassium"), rdf.body());
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/resource/Banana")).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.body().contains("href=\"/resource/Potassium\""), page.body());
            assertEquals(ExitCodes.OK, serve.stop().exitCode());
        }
        Result after = CliRun.run("--store", store, "query", ASK_BANANA, "--format", "csv");
        assertEquals("_askResult\r\ntrue\r\n", after.out(), after.describe());
    }

    @Test
    void portInUseExits4WithOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            Result r = CliRun.run("--no-bundled", "--data", FOODS, "serve", "--port", String.valueOf(port));
            assertEquals(ExitCodes.FAILED, r.exitCode(), r.describe());
            assertEquals("nutrikg serve: port " + port + " is already in use on 127.0.0.1\n", r.err().replace("\r", ""));
            assertEquals("", r.out());
        }
    }

    @Test
    void endpointIsAUsageError() {
        Result r = CliRun.run("--endpoint", "http://127.0.0.1:9/sparql", "serve");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.describe());
        assertEquals("nutrikg serve: serve needs a local graph (bundled, --data or --store), not --endpoint\n",
                r.err().replace("\r", ""));
    }

    @Test
    void badPortIsAUsageError() {
        Result r = CliRun.run("serve", "--port", "70000");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.describe());
        assertEquals("nutrikg serve: --port takes 0 to 65535, not '70000'\n", r.err().replace("\r", ""));
    }

    /** SIGTERM, as a service manager sends it, stops the server cleanly: the last line says so. */
    @Test
    void terminationSignalStopsCleanly(@TempDir Path tmp) throws Exception {
        int port = TestFuseki.freePort();
        Path log = tmp.resolve("stderr.txt");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.w3id.nutrikg.cli.NutriKG",
                "--no-bundled", "--data", FOODS, "serve", "--port", String.valueOf(port));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (!serving(Files.readString(log)) && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(serving(Files.readString(log)), "serve did not start: " + Files.readString(log));
            assertEquals(200, ask(port).statusCode());
            p.destroy();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "serve did not stop");
        } finally {
            p.destroyForcibly();
        }
        List<String> lines = Files.readAllLines(log);
        assertEquals("stopped", lines.get(lines.size() - 1), lines.toString());
        assertEquals(143, p.exitValue(), "128 + SIGTERM, as for any program a signal ends");
        assertTrue(!portOpen(port), "the port is free again");
    }

    private static boolean portOpen(int port) {
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}

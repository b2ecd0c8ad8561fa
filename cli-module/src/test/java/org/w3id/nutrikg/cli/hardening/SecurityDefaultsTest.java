// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.nutrikg.cli.CliRun;
import org.w3id.nutrikg.cli.CliRun.Result;
import org.w3id.nutrikg.cli.ExitCodes;

/**
 * What NutriKG refuses to do unless asked: reach other endpoints through SERVICE, fetch remote JSON-LD
 * contexts, read external XML entities. Each refusal is checked against a loopback listener, with a control
 * showing that the listener does see a connection when one is allowed.
 */
class SecurityDefaultsTest {

    private static final String SERVICE_QUERY = "SELECT ?s WHERE { SERVICE <%s> { ?s ?p ?o } }";

    private static Result query(Path data, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--no-bundled";
        all[1] = "--data";
        all[2] = data.toString();
        all[3] = "query";
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRun.run(all);
    }

    private static Path data(Path dir) throws IOException {
        Path f = dir.resolve("data.ttl");
        Files.writeString(f, "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n");
        return f;
    }

    @Test
    void serviceReachesTheNetworkOnlyWithAllowService(@TempDir Path dir) throws IOException {
        try (LoopbackListener listener = new LoopbackListener(LoopbackListener.emptySparqlResults())) {
            String q = String.format(SERVICE_QUERY, listener.url("/sparql"));

            Result refused = query(data(dir), q, "--format", "csv");
            assertEquals(ExitCodes.BAD_INPUT, refused.exitCode(), refused.describe());
            assertTrue(refused.err().contains("is refused"), refused.describe());
            assertEquals(0, listener.requests().size(), "no connection without --allow-service");

            // the control: the same query with the opt-in does reach the listener, and its answer is used
            Result allowed = CliRun.run("--allow-service", "--no-bundled", "--data", data(dir).toString(), "query", q,
                    "--format", "csv");
            assertEquals(ExitCodes.OK, allowed.exitCode(), allowed.describe());
            assertEquals("s\r\n", allowed.out());
            assertEquals("", allowed.err());
            assertEquals(1, listener.requests().size(), listener.requests().toString());
            assertTrue(listener.requests().get(0).startsWith("GET /sparql?query=")
                    || listener.requests().get(0).startsWith("POST /sparql"), listener.requests().toString());
        }
    }

    @Test
    void anEndpointThatFailsIsOneLineAndExit4(@TempDir Path dir) throws IOException {
        try (LoopbackListener listener = new LoopbackListener("HTTP/1.1 500 Server Error\r\nContent-Length: 0\r\n\r\n")) {
            Result r = CliRun.run("--allow-service", "--no-bundled", "--data", data(dir).toString(), "query",
                    String.format(SERVICE_QUERY, listener.url("/sparql")));
            assertEquals(ExitCodes.FAILED, r.exitCode(), r.describe());
            assertEquals("nutrikg query: a remote SPARQL endpoint failed: HTTP 500", r.err().strip().replaceFirst(" Server Error$", ""));
            assertEquals("", r.out());
        }
        int port;
        try (LoopbackListener gone = new LoopbackListener(null)) {
            port = gone.port();
        }
        Result r = CliRun.run("--allow-service", "--no-bundled", "--data", data(dir).toString(), "query",
                String.format(SERVICE_QUERY, "http://127.0.0.1:" + port + "/sparql"));
        assertEquals(ExitCodes.FAILED, r.exitCode(), r.describe());
        assertTrue(r.err().endsWith(": connection refused\n"), r.describe());
        assertEquals(1, r.err().lines().count(), r.describe());
    }

    @Test
    void remoteJsonLdContextsAreNeverFetched(@TempDir Path dir) throws IOException {
        try (LoopbackListener listener = new LoopbackListener(null)) {
            Path doc = dir.resolve("remote.jsonld");
            Files.writeString(doc, "{\"@context\": \"" + listener.url("/context.jsonld")
                    + "\", \"@id\": \"http://example.org/a\", \"name\": \"a\"}");
            Result read = CliRun.run("--no-bundled", "--data", doc.toString(), "query", "ASK {}");
            assertEquals(ExitCodes.BAD_INPUT, read.exitCode(), read.describe());

            Path context = dir.resolve("context.jsonld");
            Files.writeString(context, "{\"@context\": \"" + listener.url("/context.jsonld") + "\"}");
            Result export = CliRun.run("--no-bundled", "--data", data(dir).toString(), "export", "--format", "jsonld",
                    "--context", context.toString());
            assertEquals(ExitCodes.BAD_INPUT, export.exitCode(), export.describe());
            assertEquals(0, listener.requests().size(), "no context was fetched");
        }
    }

    @Test
    void externalXmlEntitiesAreNeverRead(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "do-not-read-me");
        try (LoopbackListener listener = new LoopbackListener(null)) {
            for (String system : new String[] {secret.toUri().toString(), listener.url("/entity")}) {
                Path doc = dir.resolve("xxe.rdf");
                Files.writeString(doc, "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [<!ENTITY e SYSTEM \"" + system + "\">]>\n"
                        + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://example.org/\">\n"
                        + "<rdf:Description rdf:about=\"http://example.org/a\"><ex:b>&e;</ex:b></rdf:Description></rdf:RDF>\n");
                Result r = CliRun.run("--no-bundled", "--data", doc.toString(), "query", "SELECT ?o { ?s ?p ?o }");
                assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.describe());
                assertTrue(r.err().contains("external entity 'e'"), r.describe());
                assertFalse(r.out().contains("do-not-read-me") || r.err().contains("do-not-read-me"));
            }
            assertEquals(0, listener.requests().size());
        }
    }

    @Test
    void aParameterValueCannotChangeTheQuery(@TempDir Path dir) throws IOException {
        Result r = query(data(dir), "SELECT ?s WHERE { ?s ?p ?o FILTER(?o != ?x) }", "--param",
                "x=} } ; DROP ALL ; SELECT * { ?a ?b ?c", "--format", "csv");
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertEquals("s\r\nhttp://example.org/a\r\n", r.out());
    }
}

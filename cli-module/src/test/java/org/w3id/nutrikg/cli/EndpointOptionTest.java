// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.nutrikg.cli.CliRun.Result;

/** The global option --endpoint, against a real Fuseki server started for the test. */
class EndpointOptionTest {

    private static final String FOODS = Fixtures.arg("query/foods-input.ttl");
    private static final String SELECT_FOODS =
            "SELECT ?food WHERE { ?food nkg:foodSourceOf ?nutrient } ORDER BY ?food";

    private static TestFuseki fuseki;

    @BeforeAll
    static void start() {
        fuseki = TestFuseki.start(FOODS);
    }

    @AfterAll
    static void stop() {
        fuseki.close();
    }

    @Test
    void queryAnswersAsTheLocalGraphDoes() {
        Result remote = CliRun.run("--endpoint", fuseki.url("sparql"), "query", SELECT_FOODS, "--format", "csv");
        Result local = CliRun.run("--no-bundled", "--data", FOODS, "--reasoning", "none", "query", SELECT_FOODS,
                "--format", "csv");
        assertEquals(ExitCodes.OK, remote.exitCode(), remote.describe());
        assertEquals("", remote.err());
        assertEquals(local.out(), remote.out());
        assertTrue(remote.out().contains("resource/Banana"), remote.out());
    }

    @Test
    void parametersAreBoundBeforeTheQueryIsSent() {
        Result r = CliRun.run("query", Fixtures.arg("query/foods-of.rq"), "--param", "nutrient=nkr:Magnesium",
                "--format", "tsv", "--endpoint", fuseki.url("sparql"));
        assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
        assertEquals("?food\t?foodLabel\n<https://w3id.org/nutrikg/resource/Spinach>\t\"spinach\"@en\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void exportStreamsTheRemoteGraph() {
        Graph expected = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(expected, FOODS);
        for (String format : new String[] {"turtle", "ntriples", "jsonld"}) {
            Result r = CliRun.run("--endpoint", fuseki.url("sparql"), "export", "--format", format);
            assertEquals(ExitCodes.OK, r.exitCode(), r.describe());
            assertEquals("", r.err());
            Graph back = GraphFactory.createDefaultGraph();
            Lang lang = format.equals("turtle") ? Lang.TURTLE : format.equals("ntriples") ? Lang.NTRIPLES : Lang.JSONLD;
            RDFParser.fromString(r.out(), lang).parse(back);
            assertTrue(expected.isIsomorphicWith(back), format + ": exported graph differs");
        }
    }

    @Test
    void unreachableEndpointExits4WithOneLineNamingTheUrl() {
        String url = "http://127.0.0.1:" + TestFuseki.freePort() + "/ds/sparql";
        Result r = CliRun.run("--endpoint", url, "query", SELECT_FOODS);
        assertEquals(ExitCodes.FAILED, r.exitCode(), r.describe());
        assertEquals("nutrikg query: cannot reach endpoint '" + url + "': connection refused\n",
                r.err().replace("\r", ""));
        assertEquals("", r.out());
    }

    @Test
    void endpointThatIsNotThereExits4WithTheStatus() {
        String url = fuseki.url("nothing-here");
        Result r = CliRun.run("--endpoint", url, "export");
        assertEquals(ExitCodes.FAILED, r.exitCode(), r.describe());
        assertTrue(r.err().startsWith("nutrikg export: endpoint '" + url + "' answered 404"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void urlThatIsNotHttpIsAUsageError() {
        Result r = CliRun.run("--endpoint", "ftp://example.org/sparql", "query", SELECT_FOODS);
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.describe());
        assertEquals("nutrikg query: --endpoint takes an http or https URL, not 'ftp://example.org/sparql'\n",
                r.err().replace("\r", ""));
    }

    @Test
    void endpointWithStoreIsAUsageError() {
        Result r = CliRun.run("--endpoint", fuseki.url("sparql"), "--store", "s", "query", SELECT_FOODS);
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.describe());
        assertEquals("nutrikg query: --store and --endpoint do not combine: give one\n", r.err().replace("\r", ""));
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli;

import java.io.IOException;
import java.net.ServerSocket;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * A plain Apache Jena Fuseki server, not NutriKG's, on a free loopback port: the "other server" of the
 * --endpoint and push tests. Started by a test and stopped after it.
 */
public final class TestFuseki implements AutoCloseable {

    private final FusekiServer server;
    private final DatasetGraph dataset;

    private TestFuseki(FusekiServer server, DatasetGraph dataset) {
        this.server = server;
        this.dataset = dataset;
    }

    /** A server at /ds (query at /ds/sparql, GSP at /ds/data, update allowed) holding {@code files}. */
    public static TestFuseki start(String... files) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.executeWrite(() -> {
            for (String f : files) {
                RDFDataMgr.read(dsg.getDefaultGraph(), f);
            }
        });
        FusekiServer server = FusekiServer.create()
                .fusekiModules(FusekiModules.create())
                .loopback(true)
                .port(0)
                .add("/ds", dsg, true)
                .build()
                .start();
        return new TestFuseki(server, dsg);
    }

    /** The dataset the server serves. */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** The URL of the dataset's {@code name} service, e.g. "sparql" or "data". */
    public String url(String name) {
        return "http://127.0.0.1:" + server.getHttpPort() + "/ds/" + name;
    }

    /** A loopback port nothing listens on at the moment of the call. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}

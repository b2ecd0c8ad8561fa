// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.hardening;

import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.nutrikg.model.graph.GraphSource;
import org.w3id.nutrikg.model.io.ExportFormat;
import org.w3id.nutrikg.model.query.QueryOperation;
import org.w3id.nutrikg.model.query.QueryOptions;
import org.w3id.nutrikg.model.query.QueryText;
import org.w3id.nutrikg.model.query.ResultFormat;

/**
 * Run in a child JVM with a small heap by {@link LimitsTest}: runs QUERY over a {@link GeneratedGraph} of
 * SIZE triples through {@link QueryOperation}, writes the results in FORMAT to a stream that only counts,
 * and prints the count. It runs out of memory if the results are gathered before they are written.
 * Arguments: SIZE FORMAT QUERY.
 */
public final class StreamingChild {

    private StreamingChild() {
    }

    public static void main(String[] args) {
        Graph graph = new GeneratedGraph(Long.parseLong(args[0]));
        ResultFormat format = ResultFormat.valueOf(args[1]);
        long[] bytes = new long[1];
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
            }
        };
        GraphSource source = new GraphSource() {
            @Override
            public QueryExecution query(Query query, Map<String, RDFNode> params, Duration timeout, boolean allowService) {
                return QueryExecution.create().query(query).dataset(DatasetFactory.wrap(DatasetGraphFactory.wrap(graph))).build();
            }

            @Override
            public void stream(boolean withInferred, StreamRDF dest) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Graph graph(boolean withInferred) {
                return graph;
            }

            @Override
            public String label() {
                return "a generated graph";
            }

            @Override
            public void close() {
                // nothing held
            }
        };
        QueryOptions options = new QueryOptions(null, Map.of(), false, format, ExportFormat.TURTLE);
        QueryOperation.run(source, QueryText.resolve(args[2]), options, counting);
        System.out.println(bytes[0]);
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.graph;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.rdf.model.RDFNode;

/** Query executions over a dataset in this process, the same for memory and stores. */
final class LocalQueries {

    private LocalQueries() {
    }

    static QueryExecution build(Dataset dataset, Query query, Map<String, RDFNode> params, Duration timeout,
            boolean allowService) {
        QueryExecutionDatasetBuilder b = QueryExecution.create().query(query).dataset(dataset);
        params.forEach(b::substitution);
        if (timeout != null) {
            b.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        b.set(ARQ.httpServiceAllowed, allowService);
        return b.build();
    }
}

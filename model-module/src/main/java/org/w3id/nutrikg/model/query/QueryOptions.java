// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.query;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.rdf.model.RDFNode;
import org.w3id.nutrikg.model.io.ExportFormat;

/**
 * How {@link QueryOperation} runs a query.
 *
 * @param timeout      the longest a query may run, or null for no limit
 * @param params       variables to bind before running, by name without '?'
 * @param allowService whether SPARQL {@code SERVICE} may reach other endpoints
 * @param resultFormat how SELECT and ASK results are written
 * @param graphFormat  how CONSTRUCT and DESCRIBE results are written
 */
public record QueryOptions(Duration timeout, Map<String, RDFNode> params, boolean allowService,
        ResultFormat resultFormat, ExportFormat graphFormat) {

    public QueryOptions {
        params = Map.copyOf(new LinkedHashMap<>(Objects.requireNonNull(params, "params")));
        Objects.requireNonNull(resultFormat, "resultFormat");
        Objects.requireNonNull(graphFormat, "graphFormat");
    }

    /** No timeout, no parameters, no SERVICE, a text table or Turtle. */
    public static QueryOptions defaults() {
        return new QueryOptions(null, Map.of(), false, ResultFormat.TABLE, ExportFormat.TURTLE);
    }

    /** These options with other parameters. */
    public QueryOptions withParams(Map<String, RDFNode> p) {
        return new QueryOptions(timeout, p, allowService, resultFormat, graphFormat);
    }
}

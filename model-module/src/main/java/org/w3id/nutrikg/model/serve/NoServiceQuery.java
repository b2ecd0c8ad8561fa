// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.serve;

import java.util.List;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.w3id.nutrikg.model.query.QueryParsing;

/**
 * Fuseki's query service with one more check before a query runs: a query that names SERVICE anywhere is
 * refused with 400. The engine refuses SERVICE too, but inside FILTER EXISTS it does so row by row, each
 * time with a logged stack trace: one request could fill the server's log.
 */
final class NoServiceQuery extends SPARQL_QueryDataset {

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        List<String> services = QueryParsing.serviceEndpoints(query);
        if (!services.isEmpty()) {
            ServletOps.errorBadRequest("SERVICE " + services.get(0) + " is refused: this endpoint does not reach "
                    + "other endpoints");
        }
    }
}

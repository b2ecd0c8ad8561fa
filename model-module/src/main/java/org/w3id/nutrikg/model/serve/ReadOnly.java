// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.serve;

import org.apache.jena.fuseki.servlets.ActionProcessor;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;

/** What a read-only endpoint answers to SPARQL Update: 405, and why. */
enum ReadOnly implements ActionProcessor {
    UPDATE;

    @Override
    public void process(HttpAction action) {
        ServletOps.errorMethodNotAllowed(action.getRequestMethod(),
                "read-only endpoint: SPARQL Update is refused (this server was started without updates allowed)");
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ConnectException;
import java.net.URI;
import java.nio.channels.UnresolvedAddressException;

import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.junit.jupiter.api.Test;

class SourceErrorsTest {

    private static final URI URL = URI.create("http://no-such-host.invalid/sparql");

    @Test
    void aNameThatDoesNotResolveIsAnUnknownHostNotARefusal() {
        // what Java's HTTP client throws for a host name it cannot resolve
        ConnectException connect = new ConnectException();
        connect.initCause(new UnresolvedAddressException());
        String m = SourceErrors.remoteMessage(URL, new QueryExceptionHTTP(connect));
        assertEquals("cannot reach endpoint '" + URL + "': unknown host 'no-such-host.invalid'", m);
    }

    @Test
    void aRefusedConnectionSaysSo() {
        String m = SourceErrors.remoteMessage(URL, new QueryExceptionHTTP(new ConnectException()));
        assertEquals("cannot reach endpoint '" + URL + "': connection refused", m);
    }
}

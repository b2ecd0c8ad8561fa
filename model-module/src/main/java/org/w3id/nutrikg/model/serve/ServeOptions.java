// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.serve;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link Endpoint} serves a graph.
 *
 * @param host    the interface to listen on: 127.0.0.1 unless the user asks for another
 * @param port    the TCP port, or 0 for any free port
 * @param update  whether SPARQL Update and Graph Store Protocol writes are allowed (read-only otherwise)
 * @param cors    whether browsers on other origins may call the endpoint
 * @param timeout the longest one query may run
 */
public record ServeOptions(String host, int port, boolean update, boolean cors, Duration timeout) {

    /** The default port, as Fuseki's. */
    public static final int DEFAULT_PORT = 3030;
    /** The default interface: this machine only. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    public ServeOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port);
        }
    }

    /** Read-only, this machine only, no CORS, 30 s per query. */
    public static ServeOptions defaults() {
        return new ServeOptions(DEFAULT_HOST, DEFAULT_PORT, false, false, Duration.ofSeconds(30));
    }
}

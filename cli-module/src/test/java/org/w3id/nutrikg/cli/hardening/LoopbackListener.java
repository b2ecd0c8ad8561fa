// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.cli.hardening;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback port that records every connection and the first line of each request, and answers each
 * with a fixed HTTP response (or closes it at once when there is none). Tests use it to prove that nothing
 * connects, and, as a control, that something does when it is allowed to.
 */
public final class LoopbackListener implements AutoCloseable {

    private final ServerSocket socket;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final byte[] response;

    /** Listens on an ephemeral loopback port; {@code response} is the HTTP answer, or null to close at once. */
    public LoopbackListener(String response) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.response = response == null ? null : response.getBytes(StandardCharsets.UTF_8);
        Thread t = new Thread(this::serve, "loopback-listener-" + socket.getLocalPort());
        t.setDaemon(true);
        t.start();
    }

    /** An answer of 200 with an empty SPARQL JSON result: a SERVICE call that succeeds. */
    public static String emptySparqlResults() {
        String body = "{\"head\":{\"vars\":[\"s\"]},\"results\":{\"bindings\":[]}}";
        return "HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\nContent-Length: "
                + body.length() + "\r\nConnection: close\r\n\r\n" + body;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket s = socket.accept()) {
                requests.add(firstLine(s.getInputStream()));
                if (response != null) {
                    OutputStream out = s.getOutputStream();
                    out.write(response);
                    out.flush();
                }
            } catch (IOException e) {
                // closed, or the client went away
            }
        }
    }

    private static String firstLine(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n' && sb.length() < 8192) {
            sb.append((char) c);
        }
        // read what is left of the headers so that the client sees a normal exchange
        byte[] buf = new byte[8192];
        if (in.available() > 0) {
            in.read(buf);
        }
        return sb.toString().strip();
    }

    /** The port. */
    public int port() {
        return socket.getLocalPort();
    }

    /** {@code http://127.0.0.1:PORT/path}. */
    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** The first line of every request received so far (a connection without a request counts as ""). */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

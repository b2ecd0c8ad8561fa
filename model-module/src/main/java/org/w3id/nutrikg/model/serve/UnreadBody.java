// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.serve;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * Reads what an answered request left of its body, up to a bound. A service that refuses a request (an update
 * on a read-only endpoint, a write to a read-only graph store) answers without reading the body; the server
 * then closes the connection while a client that keeps connections alive may already be sending its next
 * request on it, which it sees fail with no answer. Reading the rest keeps the connection usable. A body
 * larger than the bound is left to the server, which closes the connection as before.
 */
final class UnreadBody implements Filter {

    static final long LIMIT = 1L << 20;

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(req, res);
        long declared = req.getContentLengthLong();
        if (declared == 0 || declared > LIMIT) {
            return;
        }
        InputStream body;
        try {
            body = req.getInputStream();
        } catch (IllegalStateException readAsText) {
            return;
        }
        byte[] buffer = new byte[8192];
        long read = 0;
        int n;
        while (read < LIMIT && (n = body.read(buffer)) >= 0) {
            read += n;
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.graph;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Path;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.w3id.nutrikg.model.BadInputException;
import org.w3id.nutrikg.model.WorkFailedException;

/** The messages of stores and remote endpoints, in one place (docs/errors.md). */
public final class SourceErrors {

    private SourceErrors() {
    }

    /** --store names nothing. */
    public static BadInputException noStore(Path dir) {
        return new BadInputException(dir.toString(), "no such store (make one with 'nutrikg load --store "
                + dir + " FILE...')");
    }

    /** --store names a file or a folder that TDB2 did not make. */
    public static BadInputException notAStore(Path dir) {
        return new BadInputException(dir.toString(), "not a TDB2 store (make one with 'nutrikg load --store DIR FILE...')");
    }

    /** load would write into a folder that holds something else. */
    public static BadInputException notEmpty(Path dir) {
        return new BadInputException(dir.toString(),
                "not a TDB2 store and not empty: give a new or empty folder, or an existing store");
    }

    /** Another process holds the store's lock; {@code pid} may be null. */
    public static WorkFailedException storeInUse(Path dir, String pid) {
        return new WorkFailedException("store '" + dir + "' is in use by " + (pid == null ? "another process" : "process " + pid)
                + ": stop it, or query the store through its endpoint with --endpoint");
    }

    /** The store could not be opened or read. */
    public static WorkFailedException storeFailed(Path dir, Throwable e) {
        return new WorkFailedException("store '" + dir + "': " + firstLine(e), e);
    }

    /** --endpoint or --to is not an http(s) URL. */
    public static String notHttp(String option, String url) {
        return option + " takes an http or https URL, not '" + url + "'";
    }

    /** A request to a remote endpoint failed: unreachable, or answered with an error status. */
    public static WorkFailedException remote(URI url, RuntimeException e) {
        return new WorkFailedException(remoteMessage(url, e), e);
    }

    static String remoteMessage(URI url, RuntimeException e) {
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                // Java's HTTP client reports a name it cannot resolve as a ConnectException around this
                return "cannot reach endpoint '" + url + "': unknown host '" + url.getHost() + "'";
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            root = t;
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof HttpTimeoutException) {
                break;
            }
        }
        if (root instanceof HttpConnectTimeoutException) {
            return "cannot reach endpoint '" + url + "': connection timed out";
        }
        if (root instanceof ConnectException) {
            return "cannot reach endpoint '" + url + "': connection refused";
        }
        if (root instanceof UnknownHostException) {
            return "cannot reach endpoint '" + url + "': unknown host '" + url.getHost() + "'";
        }
        if (root instanceof HttpTimeoutException) {
            return "endpoint '" + url + "' did not answer in time";
        }
        if (e instanceof HttpException h && h.getStatusCode() > 0) {
            return answered(url, h.getStatusCode(), h.getStatusLine(), h.getResponse());
        }
        if (e instanceof QueryExceptionHTTP q && q.getStatusCode() > 0) {
            return answered(url, q.getStatusCode(), q.getStatusLine(), q.getResponse());
        }
        return "cannot reach endpoint '" + url + "': " + firstLine(e);
    }

    private static String answered(URI url, int code, String statusLine, String response) {
        String status = statusLine == null || statusLine.isBlank() ? String.valueOf(code)
                : statusLine.strip().startsWith(String.valueOf(code)) ? statusLine.strip() : code + " " + statusLine.strip();
        String body = response == null || response.isBlank() ? "" : firstLine(response);
        if (body.length() > 200) {
            body = body.substring(0, 200) + "...";
        }
        return "endpoint '" + url + "' answered " + status + (body.isEmpty() ? "" : ": " + body);
    }

    static String firstLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return firstLine(m);
    }

    static String firstLine(String m) {
        String s = m.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl).strip();
    }
}

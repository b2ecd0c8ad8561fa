// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.query;

import java.util.List;

/** Every message of running queries and binding their parameters, in one place (docs/errors.md lists them). */
public final class QueryMessages {

    /** A .rq path that names nothing. */
    public static final String NO_SUCH_FILE = "no such file";
    /** A .rq file in another encoding. */
    public static final String NOT_UTF8 = "not UTF-8 text";
    /** A SPARQL update given to query. */
    public static final String UPDATE_REFUSED = "this is a SPARQL update: 'query' runs SELECT, ASK, CONSTRUCT and DESCRIBE only";
    /** The engine's own guard against SERVICE, should the check before running miss one. */
    public static final String SERVICE_REFUSED =
            "SERVICE is refused: queries do not reach other endpoints unless --allow-service is given";
    /** A query that is neither SELECT, ASK, CONSTRUCT nor DESCRIBE. */
    public static final String UNSUPPORTED_KIND = "unsupported kind of query";

    private QueryMessages() {
    }

    /** A .rq file that cannot be read. */
    public static String cannotRead(String detail) {
        return "cannot read: " + detail;
    }

    /** Neither a named query, a file, nor SPARQL text. */
    public static String unknownQuery(String arg) {
        return "unknown query '" + arg + "': not a named query (see 'nutrikg queries'), a file, or SPARQL text";
    }

    /** The query ran past --timeout ({@code limit} as "5 s", "500 ms"). */
    public static String timedOut(String limit) {
        return "query timed out after " + limit + " (raise --timeout)";
    }

    /** A SERVICE the query names, refused without --allow-service. */
    public static String serviceRefused(String service) {
        return "SERVICE " + service + " is refused: queries do not reach other endpoints unless --allow-service is given";
    }

    /** With --allow-service, the SERVICE endpoint failed. */
    public static String remoteFailed(String problem) {
        return "a remote SPARQL endpoint failed: " + problem;
    }

    /** With --allow-service, the SERVICE endpoint answered something that is not SPARQL results. */
    public static String remoteUnreadable(String detail) {
        return "a remote SPARQL endpoint's answer cannot be read: " + detail;
    }

    /** A query on a graph source was cancelled. */
    public static String cancelled(String source) {
        return "query on " + source + " was cancelled";
    }

    /** --param names a variable that the query does not take. */
    public static String unknownParameter(String name, String query, List<String> allowed) {
        return "unknown parameter '" + name + "' for " + query
                + (allowed.isEmpty() ? " (it takes none)" : " (expected: " + String.join(", ", allowed) + ")");
    }

    /** A --param name that is not a SPARQL variable name. */
    public static String notAVariableName(String raw) {
        return "'" + raw + "' is not a variable name for --param";
    }

    /** A --param CURIE with an unknown prefix. */
    public static String unknownPrefix(String prefix, String raw, String known) {
        return "unknown prefix '" + prefix + "' in --param value '" + raw + "' (known: " + known + ")";
    }

    /** A --param value that is not an RDF term. */
    public static String notATerm(String raw) {
        return "--param value '" + raw + "' is not an RDF term (use nkr:Name, <iri>, a number or \"text\")";
    }

    /** A typed --param value that its datatype does not allow. */
    public static String notValid(String raw, String datatype) {
        return "--param value '" + raw + "' is not a valid " + datatype;
    }
}

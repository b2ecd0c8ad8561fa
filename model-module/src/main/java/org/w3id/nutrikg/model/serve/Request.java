// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.serve;

/**
 * One HTTP request the endpoint answered, for the request log.
 *
 * @param client the client's address
 * @param method the HTTP method
 * @param path   the path requested, without the query string
 * @param status the HTTP status of the answer
 * @param millis how long the answer took
 */
public record Request(String client, String method, String path, int status, long millis) {

    /** "127.0.0.1 GET /nutrikg/sparql 200 12 ms". */
    public String line() {
        return client + " " + method + " " + path + " " + status + " " + millis + " ms";
    }
}

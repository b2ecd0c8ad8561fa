// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.push;

import java.time.Duration;

/**
 * What {@link PushOperation} sent.
 *
 * @param triples  triples sent
 * @param requests HTTP requests made
 * @param elapsed  how long it took
 */
public record PushResult(long triples, int requests, Duration elapsed) {
}

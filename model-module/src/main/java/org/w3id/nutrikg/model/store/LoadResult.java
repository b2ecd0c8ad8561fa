// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.store;

import java.time.Duration;

/**
 * What {@link LoadOperation} did.
 *
 * @param triples triples read and sent to the store (a triple already there counts, and is stored once)
 * @param quads   quads read from TriG or N-Quads files, whose triples join the store's one (default) graph
 * @param created whether the store was made by this load
 * @param elapsed how long the load took, checks included
 */
public record LoadResult(long triples, long quads, boolean created, Duration elapsed) {
}

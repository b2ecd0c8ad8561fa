// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class NegotiationTest {

    private static final List<String> OFFERS = List.of("text/html", "text/turtle", "application/ld+json",
            "application/n-triples", "application/rdf+xml");

    private static Optional<String> choose(String accept) {
        return Negotiation.choose(accept, OFFERS);
    }

    @Test
    void anExactTypeWins() {
        assertEquals(Optional.of("text/turtle"), choose("text/turtle"));
        assertEquals(Optional.of("application/ld+json"), choose("application/ld+json"));
        assertEquals(Optional.of("application/rdf+xml"), choose("Application/RDF+XML; charset=utf-8"));
    }

    @Test
    void qualityValuesAreHonoured() {
        assertEquals(Optional.of("text/turtle"), choose("text/html;q=0.5, text/turtle;q=0.9"));
        assertEquals(Optional.of("application/n-triples"),
                choose("text/turtle;q=0.2, application/n-triples, */*;q=0.1"));
        // q=0 means "not this one", even when a wildcard would match it
        assertEquals(Optional.of("text/turtle"), choose("text/html;q=0, */*;q=0.3"));
    }

    @Test
    void theMostSpecificRangeSetsTheQuality() {
        // text/* would give text/html 1, but text/html;q=0.1 is more specific
        assertEquals(Optional.of("text/turtle"), choose("text/*, text/html;q=0.1"));
    }

    @Test
    void aBrowserGetsHtmlAndAWildcardTheFirstOffer() {
        assertEquals(Optional.of("text/html"),
                choose("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"));
        assertEquals(Optional.of("text/html"), choose("*/*"));
        assertEquals(Optional.of("text/html"), choose(null));
        assertEquals(Optional.of("text/html"), choose(""));
    }

    @Test
    void nothingAcceptableIsEmpty() {
        assertEquals(Optional.empty(), choose("application/xml"));
        assertEquals(Optional.empty(), choose("text/turtle;q=0"));
        assertEquals(Optional.empty(), choose("garbage"));
    }
}

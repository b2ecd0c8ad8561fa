// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.docs;

/**
 * Where the pages of the documentation sit and how they link to each other: as files of a static site
 * ({@code classes.html#Food}, {@code individuals/VitaminB12.html}), or as the paths a server answers under the
 * IRIs themselves ({@code /ontology#Food}, {@code /resource/VitaminB12}).
 */
enum Layout {
    /** A folder of files that works opened from disk: relative links. */
    FILES,
    /** The pages of {@code nutrikg serve}: absolute paths on the server, the same as the IRIs' paths. */
    SERVED;

    /** The way from a top-level page to the root. */
    String top() {
        return this == FILES ? "" : "/";
    }

    /** The way from an individual's page to the root. */
    String deep() {
        return this == FILES ? "../" : "/";
    }

    /** A top-level page ("index", "classes", "properties", "individuals", "search"), relative to the root. */
    String page(String name) {
        if (this == FILES) {
            return name + ".html";
        }
        return switch (name) {
            case "index" -> "";
            case "classes", "properties" -> "ontology";
            default -> name;
        };
    }
}

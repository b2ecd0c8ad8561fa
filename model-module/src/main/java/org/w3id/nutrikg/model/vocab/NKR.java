// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The NutriKG resource namespace (the individuals), with the few individuals that code and documentation name. */
public final class NKR {

    /** The namespace of the individuals. */
    public static final String NS = "https://w3id.org/nutrikg/resource/";
    /** The namespace as a string, in the form of Jena's vocabulary classes. */
    public static final String NAMESPACE = NS;

    private NKR() {
    }

    /** The namespace of the individuals. */
    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    /** Vitamin B12 (cobalamin). */
    public static final Resource VitaminB12 = resource("VitaminB12");
    /** Vitamin B1 (thiamine). */
    public static final Resource VitaminB1 = resource("VitaminB1");
    /** Vitamin B6 (pyridoxine). */
    public static final Resource VitaminB6 = resource("VitaminB6");
    /** Magnesium, an electrolyte. */
    public static final Resource Magnesium = resource("Magnesium");
    /** Potassium, an electrolyte. */
    public static final Resource Potassium = resource("Potassium");
    /** Sodium, an electrolyte. */
    public static final Resource Sodium = resource("Sodium");
    /** Muscle cramp, the symptom the source article is about. */
    public static final Resource MuscleCramp = resource("MuscleCramp");
    /** Vitamin B12 deficiency. */
    public static final Resource VitaminB12Deficiency = resource("VitaminB12Deficiency");
    /** The source article of the bundled knowledge. */
    public static final Resource SourceB12CrampsArticle = resource("Source-B12CrampsArticle");
}

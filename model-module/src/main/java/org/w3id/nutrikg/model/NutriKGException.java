// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model;

/** Base of every failure that NutriKG reports to its user. */
public class NutriKGException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NutriKGException(String message) {
        super(message);
    }

    public NutriKGException(String message, Throwable cause) {
        super(message, cause);
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model;

/** An argument that names nothing NutriKG knows: an unknown named query, parameter or format. */
public class InvalidArgumentException extends NutriKGException {
    private static final long serialVersionUID = 1L;

    public InvalidArgumentException(String message) {
        super(message);
    }
}

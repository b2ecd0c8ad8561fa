// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model;

/** Work that was started and could not be finished: a timeout, an I/O error, an unreachable endpoint. */
public class WorkFailedException extends NutriKGException {
    private static final long serialVersionUID = 1L;

    public WorkFailedException(String message) {
        super(message);
    }

    public WorkFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}

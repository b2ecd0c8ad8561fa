// SPDX-License-Identifier: Apache-2.0
/** The NutriKG library: load, reason over, query, export and validate the nutrition knowledge graph. */
package org.w3id.nutrikg.model;

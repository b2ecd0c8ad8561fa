// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

/** JSON string literals, for the writers that produce JSON or JavaScript by hand (reports, the docs' index). */
public final class JsonStrings {

    private JsonStrings() {
    }

    /** {@code s} as a JSON string literal; null as {@code null}. */
    public static String quote(String s) {
        return quote(s, false);
    }

    /**
     * {@code s} as a JSON string literal. With {@code inScript}, '<', '>' and '&' are escaped too, so that the
     * literal is safe inside an HTML script element.
     */
    public static String quote(String s, boolean inScript) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || inScript && (c == '<' || c == '>' || c == '&')) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}

package dev.paracheck.report;

/**
 * Escaping for HTML text and attribute values, and the escaper of every value a template writes ({@link Templates}).
 * Everything taken from documents passes through here.
 */
final class Html {
    private Html() {
    }

    /** Escapes {@code & < > " '} so the result is safe as element text and as a quoted attribute value. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}

package dev.paracheck.report;

/** Escaping for XML text and attribute values; characters XML 1.0 forbids are replaced. */
final class Xml {
    private Xml() {
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    boolean legal = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || Character.isSurrogate(c) || (c >= 0xE000 && c <= 0xFFFD);
                    sb.append(legal ? c : '\uFFFD');
                }
            }
        }
        return sb.toString();
    }
}

package dev.paracheck.check.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Keyboard keys by their names in English, German and French. A translation names the keys as the reader's
 * keyboard labels them ({@code Ctrl} is {@code Strg}, {@code Shift} {@code Umschalttaste} or {@code Maj},
 * {@code Enter} {@code Eingabetaste} or {@code Entrée}): a key name rendered so is no changed name or code.
 */
final class KeyNames {
    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("ctrl", "CTRL"), Map.entry("control", "CTRL"), Map.entry("strg", "CTRL"),
            Map.entry("shift", "SHIFT"), Map.entry("umschalt", "SHIFT"), Map.entry("umschalttaste", "SHIFT"),
            Map.entry("maj", "SHIFT"), Map.entry("alt", "ALT"), Map.entry("altgr", "ALTGR"),
            Map.entry("enter", "ENTER"), Map.entry("return", "ENTER"), Map.entry("eingabe", "ENTER"),
            Map.entry("eingabetaste", "ENTER"), Map.entry("entrée", "ENTER"), Map.entry("entree", "ENTER"),
            Map.entry("tab", "TAB"), Map.entry("tabulator", "TAB"), Map.entry("tabulatortaste", "TAB"),
            Map.entry("esc", "ESC"), Map.entry("escape", "ESC"), Map.entry("échap", "ESC"), Map.entry("echap", "ESC"),
            Map.entry("home", "HOME"), Map.entry("pos1", "HOME"), Map.entry("début", "HOME"),
            Map.entry("end", "END"), Map.entry("ende", "END"), Map.entry("fin", "END"),
            Map.entry("delete", "DEL"), Map.entry("del", "DEL"), Map.entry("entf", "DEL"), Map.entry("suppr", "DEL"),
            Map.entry("löschen", "DEL"), Map.entry("supprimer", "DEL"),
            Map.entry("backspace", "BACKSPACE"), Map.entry("rücktaste", "BACKSPACE"),
            Map.entry("insert", "INS"), Map.entry("ins", "INS"), Map.entry("einfg", "INS"), Map.entry("inser", "INS"),
            Map.entry("pgup", "PGUP"), Map.entry("pageup", "PGUP"), Map.entry("bildauf", "PGUP"),
            Map.entry("pgdn", "PGDN"), Map.entry("pagedown", "PGDN"), Map.entry("bildab", "PGDN"),
            Map.entry("space", "SPACE"), Map.entry("leertaste", "SPACE"), Map.entry("leer", "SPACE"),
            Map.entry("espace", "SPACE"),
            Map.entry("print", "PRINT"), Map.entry("prtsc", "PRINT"), Map.entry("prtscn", "PRINT"),
            Map.entry("druck", "PRINT"), Map.entry("drucken", "PRINT"), Map.entry("impr", "PRINT"),
            Map.entry("super", "SUPER"), Map.entry("meta", "META"));
    /** Where a key sequence is cut into keys: "+", "-", spaces, and a capital after a small letter ("CtrlHome"). */
    private static final Pattern CUT = Pattern.compile("[\\s+\\-]+|(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Pattern TWO_PARTS =
            Pattern.compile("(?i)\\b(pg|page|bild)\\s*(up|dn|down|auf|ab)\\b");
    private static final Pattern DOCBOOK_ENTITY = Pattern.compile("&(\\p{L}+);");
    private static final Pattern FUNCTION_KEY = Pattern.compile("(?i)f\\d{1,2}");

    private KeyNames() {
    }

    /** Whether {@code a} and {@code b} are the same keys, each named in its own language. */
    static boolean sameKeys(String a, String b) {
        List<String> ka = keys(a);
        List<String> kb = keys(b);
        return ka != null && ka.equals(kb);
    }

    /**
     * The keys {@code text} names ("`CtrlHome`" is CTRL, HOME; "`p + enter`" is P, ENTER: a letter or digit counts
     * beside a named key), or null when it is not only key names.
     */
    static List<String> keys(String text) {
        // a DocBook entity for a key, as KDE's handbooks write them: "&Shift;Del" is Shift+Del
        String s = DOCBOOK_ENTITY.matcher(text.replace("`", "")).replaceAll("$1+").strip();
        s = s.endsWith("+") && s.length() > 1 ? s.substring(0, s.length() - 1) : s;
        if (s.length() > 3) { // a key named in two parts: "PgDown", "Page Up", "Bild ab"
            s = TWO_PARTS.matcher(s).replaceAll(m -> m.group(1).toLowerCase(Locale.ROOT).replace("page", "pg")
                    + m.group(2).toLowerCase(Locale.ROOT).replace("down", "dn"));
        }
        if (s.isEmpty()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        boolean named = false;
        for (String part : CUT.split(s)) {
            if (part.isEmpty()) {
                continue;
            }
            String key = FUNCTION_KEY.matcher(part).matches() ? part.toUpperCase(Locale.ROOT)
                    : KEYS.get(part.toLowerCase(Locale.ROOT));
            named |= key != null;
            if (key == null && part.codePointCount(0, part.length()) == 1 && !Character.isWhitespace(part.codePointAt(0))) {
                // a letter's, digit's or sign's key, with a named key: "p + enter" is P ENTER, "Shift+!" SHIFT !
                key = part.toUpperCase(Locale.ROOT);
            }
            if (key == null) {
                return null;
            }
            out.add(key);
        }
        return out.isEmpty() || !named ? null : out;
    }
}

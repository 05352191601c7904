package dev.paracheck.check.numbers;

import dev.paracheck.internal.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers of a text as values, locale-proof: {@code 1,000.5} and {@code 1.000,5} and {@code 1 000,5}
 * are all 1000.5; a range {@code 2025-2030} or {@code 2025–2030} is two numbers; a date {@code 14.07.2025} or
 * {@code 2025-07-14} its day, month and year, as is {@code 14. Juli 2025} (a month named next to a number is
 * its number); {@code 10 p.m.} is 22. Number words (one to twenty,
 * the tens, in English, German, French, Spanish, Italian and Dutch) are read apart, so that a number written
 * as a word on one side and in digits on the other is told from a real difference. Stateless.
 */
public final class NumberExtractor {
    /**
     * A number as read: its canonical value, the text it came from, whether it was a word, and where that text
     * stands in the text read ({@code start} inclusive, {@code end} exclusive; a date's day, month and year all
     * have the whole date's place).
     */
    public record Number(String value, String text, boolean word, int start, int end) {
    }

    private static final Map<String, Integer> MONTHS_AS_WRITTEN = Map.ofEntries(
            Map.entry("January", 1), Map.entry("Jan", 1), Map.entry("Januar", 1), Map.entry("Jänner", 1),
            Map.entry("janvier", 1), Map.entry("janv", 1), Map.entry("February", 2), Map.entry("Feb", 2),
            Map.entry("Februar", 2), Map.entry("Febr", 2), Map.entry("février", 2), Map.entry("févr", 2),
            Map.entry("March", 3), Map.entry("Mar", 3), Map.entry("März", 3), Map.entry("mars", 3),
            Map.entry("April", 4), Map.entry("Apr", 4), Map.entry("avril", 4), Map.entry("avr", 4),
            Map.entry("May", 5), Map.entry("Mai", 5), Map.entry("mai", 5), Map.entry("June", 6),
            Map.entry("Jun", 6), Map.entry("Juni", 6), Map.entry("juin", 6), Map.entry("July", 7),
            Map.entry("Jul", 7), Map.entry("Juli", 7), Map.entry("juillet", 7), Map.entry("juil", 7),
            Map.entry("August", 8), Map.entry("Aug", 8), Map.entry("août", 8), Map.entry("September", 9),
            Map.entry("Sep", 9), Map.entry("Sept", 9), Map.entry("septembre", 9), Map.entry("October", 10),
            Map.entry("Oct", 10), Map.entry("Oktober", 10), Map.entry("Okt", 10), Map.entry("octobre", 10),
            Map.entry("November", 11), Map.entry("Nov", 11), Map.entry("novembre", 11), Map.entry("December", 12),
            Map.entry("Dec", 12), Map.entry("Dezember", 12), Map.entry("Dez", 12), Map.entry("décembre", 12),
            Map.entry("déc", 12));
    /** The month names as written and in capitals ("JANUARY 14th" in a heading); "may" in lower case is no month. */
    private static final Map<String, Integer> MONTHS = withCapitals(MONTHS_AS_WRITTEN);
    private static final String MONTH_NAMES = String.join("|", MONTHS.keySet().stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList());
    private static final Pattern ANY_MONTH = Pattern.compile("(?<![\\p{L}])(" + MONTH_NAMES + ")(?![\\p{L}])");
    /**
     * A month by name next to a day or a year ("2. November 2022", "November 2, 2022", "2 novembre"): the month's
     * number, so that the date matches "2022-11-02" written with digits on the other side.
     */
    private static final Pattern MONTH_NEXT_TO_NUMBER = Pattern.compile(
            "(?<=\\d\\.?\\s{1,3})(" + MONTH_NAMES + ")\\.?(?![\\p{L}])"
            + "|(?<![\\p{L}])(" + MONTH_NAMES + ")\\.?(?=\\s{1,3}\\d)");
    private static final Pattern LEADING_WORD = Pattern.compile("\\s*(\\p{L}+)");
    private static final Pattern ISO_DATE = Pattern.compile("\\b([12]\\d{3})-(0?[1-9]|1[0-2])-([0-3]?\\d)\\b");
    /** A date written year first with dots or slashes: {@code 1970.1.1}, {@code 2024/03/15}. */
    private static final Pattern YEAR_FIRST_DATE =
            Pattern.compile("\\b([12]\\d{3})[./](0?[1-9]|1[0-2])[./]([0-3]?\\d)\\b(?![./]\\d)");
    /** A web address or an e-mail address: its digits are part of it, which the entity check compares whole. */
    private static final Pattern ADDRESS = Pattern.compile(
            "https?://[^\\s<>\"“”„«»‹›]+|www\\.[^\\s<>\"“”„«»‹›]+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern DOTTED_DATE = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2,4})\\b");
    /** What makes a number a decade: {@code s}, {@code 's}, German {@code er} and {@code ern}. */
    private static final String DECADE_SUFFIX = "'?s|ern?";
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d])\\d{1,3}(?:([,.'\\u00A0\\u202F ])\\d{3})(?:\\1\\d{3})*(?:[.,]\\d+)?(?!\\d)"
                    + "|\\d+(?:[.,]\\d+)?");
    /**
     * A time on the 12-hour clock in the afternoon: {@code 10 p.m.}, {@code 10:26 PM}, a range {@code 6-8 p.m.} or
     * {@code 6 to 8 pm} (the mark applies to both ends). Groups: hour, minutes, second hour, its minutes.
     */
    private static final Pattern PM_TIME = Pattern.compile("(?<![\\p{L}\\d.,:])(\\d{1,2})(?::(\\d{2}))?"
            + "(?:\\s*(?:[-\u2013]|to)\\s*(\\d{1,2})(?::(\\d{2}))?)?\\s*(?:p\\.\\s?m\\.|pm\\b)",
            Pattern.CASE_INSENSITIVE);
    /**
     * What may follow a number directly and changes how it compares: a decade ({@code 1970s}, {@code 70er},
     * {@code 70ern}, {@code '80s}) or thousands ({@code 100k}, {@code 5K}). Kept in {@link Number#text}.
     */
    private static final Pattern SUFFIX = Pattern.compile("(?:" + DECADE_SUFFIX
            + "|[kK])(?![\\p{L}\\d])");
    /** A year range written short, {@code 1981-87} or {@code 2023/24}: the second year takes the first's century. */
    private static final Pattern SHORT_YEAR_RANGE = Pattern.compile("[-\u2013/]");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** A German word's inflections ("zweiten", "dritte"). */
    private static final String[] GERMAN_ENDINGS = {"e", "en", "er", "es", "em"};
    /** A number written as a decade: {@code 1970s}, {@code 70er}, {@code 70ern}, {@code 80s}. */
    private static final Pattern DECADE = Pattern.compile("(\\d*0)(?:" + DECADE_SUFFIX + ")");
    private static final Pattern GERMAN_TENS_AND_UNITS = Pattern.compile(
            "(ein|zwei|drei|vier|funf|sechs|sieben|acht|neun)und(zwanzig|dreissig|vierzig|funfzig|sechzig|siebzig"
                    + "|achtzig|neunzig)");
    private static final List<String> GERMAN_COMPOUND_HEADS = List.of("ein", "zwei", "drei", "vier", "funf",
            "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwolf", "zwanzig", "dreissig", "vierzig", "funfzig",
            "sechzig", "siebzig", "achtzig", "neunzig", "hundert", "tausend");
    /** What a number heads in a German compound: {@code -prozentig}, {@code -jährig}, {@code -mal}, … (folded). */
    private static final Set<String> GERMAN_COMPOUND_TAILS = Set.of("prozentig", "jahrig",
            "monatig", "wochig", "tagig", "stundig", "minutig", "sekundig", "fach", "mal", "malig", "seitig",
            "teilig", "stellig", "stockig", "sprachig", "spurig", "kopfig", "jahrlich");
    /** An English number of tens and units, {@code twenty-two}. */
    private static final Pattern ENGLISH_TENS_AND_UNITS = Pattern.compile(
            "(?<!\\p{L})(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven"
                    + "|eight|nine)(?!\\p{L})", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROMAN = Pattern.compile("(?<![\\p{L}\\d])[IVXLCDM]+(?![\\p{L}\\d])");
    private static final Map<Character, Integer> ROMAN_DIGITS = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100,
            'D', 500, 'M', 1000);
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("null", 0), // "zéro" folded; "null" is German's zero
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("hundred", 100), Map.entry("thousand", 1000), Map.entry("once", 1), Map.entry("twice", 2),
            // "1 million" is "eine Million" or just "Million" ("pro Million"), "1 question" "eine Frage": the
            // article, and a scale word in the singular, is the number one
            Map.entry("million", 1), Map.entry("milliarde", 1), Map.entry("billion", 1), Map.entry("milliard", 1),
            Map.entry("eins", 1), Map.entry("ein", 1), Map.entry("eine", 1), Map.entry("einen", 1),
            Map.entry("einem", 1), Map.entry("einer", 1), Map.entry("eines", 1), Map.entry("un", 1),
            Map.entry("une", 1),
            Map.entry("dreizehn", 13), Map.entry("vierzehn", 14), Map.entry("funfzehn", 15),
            Map.entry("sechzehn", 16), Map.entry("siebzehn", 17), Map.entry("achtzehn", 18),
            Map.entry("neunzehn", 19), Map.entry("vierzig", 40), Map.entry("funfzig", 50), Map.entry("sechzig", 60),
            Map.entry("siebzig", 70), Map.entry("achtzig", 80), Map.entry("neunzig", 90),
            Map.entry("zwei", 2), Map.entry("drei", 3), Map.entry("vier", 4), Map.entry("funf", 5),
            Map.entry("sechs", 6), Map.entry("sieben", 7), Map.entry("acht", 8), Map.entry("neun", 9),
            Map.entry("zehn", 10), Map.entry("elf", 11), Map.entry("zwolf", 12), Map.entry("zwanzig", 20),
            Map.entry("dreissig", 30), Map.entry("hundert", 100), Map.entry("tausend", 1000),
            Map.entry("deux", 2), Map.entry("trois", 3), Map.entry("quatre", 4), Map.entry("cinq", 5),
            Map.entry("sept", 7), Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10),
            Map.entry("onze", 11), Map.entry("douze", 12), Map.entry("vingt", 20), Map.entry("trente", 30),
            Map.entry("cent", 100), Map.entry("mille", 1000), Map.entry("treize", 13), Map.entry("quatorze", 14),
            Map.entry("quinze", 15), Map.entry("seize", 16), Map.entry("quarante", 40), Map.entry("cinquante", 50),
            Map.entry("soixante", 60),
            // approximate quantities ("une quinzaine de minutes" for "about 15 minutes", "ein Dutzend")
            Map.entry("dizaine", 10), Map.entry("douzaine", 12), Map.entry("quinzaine", 15),
            Map.entry("vingtaine", 20), Map.entry("trentaine", 30), Map.entry("cinquantaine", 50),
            Map.entry("centaine", 100), Map.entry("millier", 1000), Map.entry("dutzend", 12),
            Map.entry("dos", 2), Map.entry("tres", 3), Map.entry("cuatro", 4), Map.entry("cinco", 5),
            Map.entry("seis", 6), Map.entry("siete", 7), Map.entry("ocho", 8), Map.entry("nueve", 9),
            Map.entry("diez", 10), Map.entry("veinte", 20), Map.entry("due", 2), Map.entry("quattro", 4),
            Map.entry("sei", 6), Map.entry("sette", 7), Map.entry("otto", 8), Map.entry("nove", 9),
            Map.entry("dieci", 10), Map.entry("venti", 20), Map.entry("twee", 2), Map.entry("drie", 3),
            Map.entry("vijf", 5), Map.entry("zes", 6), Map.entry("zeven", 7), Map.entry("negen", 9),
            Map.entry("tien", 10), Map.entry("twintig", 20),
            // English and French ordinals ("third", "troisième"; the French 3e is read as digits)
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("premier", 1), Map.entry("premiere", 1), Map.entry("deuxieme", 2), Map.entry("seconde", 2),
            Map.entry("troisieme", 3), Map.entry("quatrieme", 4), Map.entry("cinquieme", 5), Map.entry("sixieme", 6),
            Map.entry("septieme", 7), Map.entry("huitieme", 8), Map.entry("neuvieme", 9), Map.entry("dixieme", 10),
            Map.entry("onzieme", 11), Map.entry("douzieme", 12));
    /** The plain number words of each language {@link #wordsOf} reads, folded; German also reads its compounds. */
    private static final Map<String, Set<String>> LANGUAGE_WORDS = Map.of(
            "en", Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
                    "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
                    "twice", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
                    "twelfth"),
            "de", Set.of("zwei", "drei", "vier", "funf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwolf",
                    "dreizehn", "vierzehn", "funfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn", "zwanzig",
                    "dreissig", "vierzig", "funfzig", "sechzig", "siebzig", "achtzig", "neunzig", "hundert",
                    "tausend"),
            "fr", Set.of("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
                    "vingt", "trente", "cent", "mille", "deuxieme", "troisieme", "quatrieme", "cinquieme",
                    "sixieme", "septieme", "huitieme", "neuvieme", "dixieme", "onzieme", "douzieme"));
    /** German ordinal stems, inflected with -e, -en, -er, -es, -em ("zweiten", "dritte"). */
    private static final Map<String, Integer> GERMAN_ORDINAL_STEMS = Map.ofEntries(
            Map.entry("erst", 1), Map.entry("zweit", 2), Map.entry("dritt", 3), Map.entry("viert", 4),
            Map.entry("funft", 5), Map.entry("sechst", 6), Map.entry("siebt", 7), Map.entry("siebent", 7),
            Map.entry("acht", 8), Map.entry("neunt", 9), Map.entry("zehnt", 10), Map.entry("elft", 11),
            Map.entry("zwolft", 12));

    private NumberExtractor() {
    }

    /** Whether {@code word} names a month in English, German or French ("July", "Juli", "juillet", "Jul"). */
    public static boolean isMonth(String word) {
        return MONTHS.containsKey(word);
    }

    private static Map<String, Integer> withCapitals(Map<String, Integer> names) {
        Map<String, Integer> out = new java.util.HashMap<>(names);
        names.forEach((k, v) -> out.put(k.toUpperCase(java.util.Locale.ROOT), v));
        return Map.copyOf(out);
    }

    /** The months {@code text} names anywhere, as numbers. */
    public static java.util.Set<Integer> monthsNamed(String text) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        Matcher m = ANY_MONTH.matcher(text);
        while (m.find()) {
            out.add(MONTHS.get(m.group()));
        }
        return out;
    }

    /** Whether {@code text} starts, after white space, with a month's name ("Mai 2024", "novembre"). */
    public static boolean startsWithMonth(String text) {
        Matcher m = LEADING_WORD.matcher(text);
        if (!m.lookingAt()) {
            return false;
        }
        String w = m.group(1);
        String capitalised = w.substring(0, 1) + w.substring(1).toLowerCase(java.util.Locale.ROOT);
        return MONTHS.containsKey(w) || MONTHS.containsKey(capitalised)
                || MONTHS.containsKey(w.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The ordinal of "third-party" and "3rd-party" (software not one's own: French "tiers", German "Dritt-"): part
     * of a word, no count.
     */
    private static final Pattern THIRD_PARTY = Pattern.compile("(?i)(?<![\\p{L}\\d])(?:3rd|third)(?=[- ]part(?:y|ies)\\b)");

    /**
     * A footnote's mark as a PDF's text gives it: digits glued to the capitalised first word of the footnote
     * ({@code 2The character | …}, {@code 5Das Zeichen …}); the two documents number their footnotes apart.
     */
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("^\\d{1,3}(?=\\p{Lu}\\p{Ll})");
    /**
     * A footnote's mark in the text, as a PDF's text gives a superscript: digits glued to the punctuation after a
     * word ({@code makeindex,1 an index}, {@code from the outside.5 Besides}: after a full stop only before the next
     * sentence and after a word of four letters or more, not {@code file.0 and}, {@code Nr.5 Absatz},
     * {@code Art.5 GG}); a decimal ({@code 2.1}, {@code 1,5}) has a digit before its point.
     */
    private static final Pattern GLUED_MARK = Pattern.compile("(?<=\\p{L}[,;!?]|\\p{L}[”\"’)])\\d{1,2}(?=\\s|$)"
            + "|(?<=\\p{L}{4}\\.)\\d{1,2}(?=\\s+\\p{Lu})");

    /** {@code text} with the ordinals of {@link #THIRD_PARTY} blanked, every other character where it was. */
    private static String withoutThirdParty(String text) {
        return text.indexOf('-') < 0 && text.indexOf(' ') < 0 ? text : Text.blanked(THIRD_PARTY, text);
    }

    /** The numbers written in digits, in order. */
    public static List<Number> digits(String text) {
        if (text.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            return List.of(); // every pattern below needs an ASCII digit (\\d without UNICODE_CHARACTER_CLASS)
        }
        text = Text.blanked(GLUED_MARK, Text.blanked(FOOTNOTE_MARK, withoutThirdParty(text)));
        TreeMap<Integer, List<Number>> byPosition = new TreeMap<>();
        StringBuilder rest = new StringBuilder(text);
        if (text.contains("http") || text.contains("www.") || text.indexOf('@') >= 0) {
            Matcher address = ADDRESS.matcher(text);
            while (address.find()) {
                blank(rest, address.start(), address.end());
            }
        }
        Matcher month = MONTH_NEXT_TO_NUMBER.matcher(rest.toString());
        while (month.find()) {
            String name = month.group(1) != null ? month.group(1) : month.group(2);
            int g = month.group(1) != null ? 1 : 2;
            at(byPosition, month.start()).add(new Number(String.valueOf(MONTHS.get(name)), name, false,
                    month.start(g), month.end(g)));
        }
        for (Pattern datePattern : List.of(DOTTED_DATE, ISO_DATE, YEAR_FIRST_DATE)) {
            Matcher date = datePattern.matcher(rest.toString());
            while (date.find()) {
                List<Number> out = at(byPosition, date.start());
                for (int g = 1; g <= 3; g++) {
                    out.add(new Number(canonical(date.group(g)), date.group(), false, date.start(), date.end()));
                }
                blank(rest, date.start(), date.end());
            }
        }
        Matcher pm = PM_TIME.matcher(rest.toString());
        while (pm.find()) {
            int first = Integer.parseInt(pm.group(1));
            int second = pm.group(3) == null ? -1 : Integer.parseInt(pm.group(3));
            if (first > 12 || second > 12) {
                continue;
            }
            List<Number> out = at(byPosition, pm.start());
            String time = pm.group().strip();
            int start = pm.start() + pm.group().indexOf(time);
            int end = start + time.length();
            // "11-1 p.m." runs from the morning: only an end after its start shares the mark
            out.add(new Number(String.valueOf(second >= 0 && first > second ? first : first % 12 + 12), time, false,
                    start, end));
            addMinutes(pm.group(2), time, start, out);
            if (second >= 0) {
                out.add(new Number(String.valueOf(second % 12 + 12), time, false, start, end));
                addMinutes(pm.group(4), time, start, out);
            }
            blank(rest, pm.start(), pm.end());
        }
        Matcher m = NUMBER.matcher(rest);
        Matcher suffix = SUFFIX.matcher(rest);
        int previousEnd = -1;
        String previous = "";
        while (m.find()) {
            String raw = m.group();
            if (m.start() > 0 && Character.isLetter(rest.charAt(m.start() - 1)) && m.end() < rest.length()
                    && Character.isLetter(rest.charAt(m.end()))) {
                continue; // a digit inside a name: Psych2Goers, B2B (the entity check compares names)
            }
            String value = parse(raw);
            if (raw.length() == 2 && previous.matches("[12]\\d{3}") && m.start() == previousEnd + 1
                    && SHORT_YEAR_RANGE.matcher(rest.subSequence(previousEnd, m.start())).matches()) {
                int start = Integer.parseInt(previous);
                int end = start / 100 * 100 + Integer.parseInt(raw);
                value = String.valueOf(end < start ? end + 100 : end);
            }
            previousEnd = m.end();
            previous = raw;
            suffix.region(m.end(), rest.length());
            String written = suffix.lookingAt() ? raw + suffix.group() : raw;
            at(byPosition, m.start()).add(new Number(value, written, false, m.start(), m.start() + written.length()));
        }
        return byPosition.values().stream().flatMap(List::stream).toList();
    }

    private static List<Number> at(TreeMap<Integer, List<Number>> byPosition, int position) {
        return byPosition.computeIfAbsent(position, k -> new ArrayList<>());
    }

    private static void addMinutes(String minutes, String time, int start, List<Number> out) {
        if (minutes != null) {
            out.add(new Number(canonical(minutes), time, false, start, start + time.length()));
        }
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int k = from; k < to; k++) {
            text.setCharAt(k, ' ');
        }
    }

    /**
     * The decade a number's text names, by its last two digits ({@code 1970s}, {@code 70er}, {@code 70ern} and
     * {@code '70s} all give 70), or -1 when it names none.
     */
    static int decade(String text) {
        Matcher m = DECADE.matcher(text);
        return m.matches() ? Integer.parseInt(m.group(1)) % 100 : -1;
    }

    /** True when a number's text counts thousands: {@code 100k}, {@code 5K}. */
    static boolean inThousands(String text) {
        return text.length() > 1 && (text.endsWith("k") || text.endsWith("K"));
    }

    /** A canonical value times a thousand ({@code 2.5} gives {@code 2500}), or null for no number. */
    static String thousands(String value) {
        try {
            return canonical(new BigDecimal(value).movePointRight(3).toPlainString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer wordValue(String folded) {
        Integer v = WORDS.get(folded);
        for (String ending : GERMAN_ENDINGS) {
            if (v == null && folded.endsWith(ending)) {
                v = GERMAN_ORDINAL_STEMS.get(folded.substring(0, folded.length() - ending.length()));
            }
        }
        if (v == null) {
            v = germanCompound(folded);
        }
        return v;
    }

    /**
     * A German number word of two parts ({@code zweiundzwanzig}), or a number word heading a compound
     * adjective or adverb ({@code einprozentige} for "1 percent", {@code zweistündiges}, {@code dreimal}); null
     * for any other word.
     */
    private static Integer germanCompound(String folded) {
        Matcher two = GERMAN_TENS_AND_UNITS.matcher(folded);
        if (two.matches()) {
            return WORDS.get(two.group(1)) + WORDS.get(two.group(2));
        }
        if (folded.equals("einfach")) {
            return null; // "simple", far more often than "single"
        }
        // every head, not the first that matches: "drei" also begins "dreissigjahrige"
        for (String head : GERMAN_COMPOUND_HEADS) {
            if (folded.startsWith(head) && isCompoundTail(folded.substring(head.length()))) {
                return WORDS.get(head);
            }
        }
        return null;
    }

    /** A compound tail, bare or inflected ({@code prozentig}, {@code prozentige}). */
    private static boolean isCompoundTail(String tail) {
        if (GERMAN_COMPOUND_TAILS.contains(tail)) {
            return true;
        }
        for (String ending : GERMAN_ENDINGS) {
            if (tail.endsWith(ending)
                    && GERMAN_COMPOUND_TAILS.contains(tail.substring(0, tail.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }

    /** The numbers written as words (one to twenty, tens, ordinals to the twelfth), in order. */
    public static List<Number> words(String text) {
        text = withoutThirdParty(text);
        List<Number> out = new ArrayList<>();
        Matcher compound = ENGLISH_TENS_AND_UNITS.matcher(text);
        while (compound.find()) {
            out.add(new Number(String.valueOf(WORDS.get(Text.lower(compound.group(1)))
                    + WORDS.get(Text.lower(compound.group(2)))), compound.group(), true, compound.start(),
                    compound.end()));
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            Integer v = wordValue(Text.fold(m.group()));
            if (v != null) {
                out.add(new Number(String.valueOf(v), m.group(), true, m.start(), m.end()));
            }
        }
        return out;
    }

    /**
     * Number words of {@code lang} (English, German or French) from two up, as {@link #words} reads them: only the
     * words of that language, so that the Italian "due" in "due to" or the German "elf" in an English text count
     * for nothing, and not the words that are often no number ("second" of time, the articles that are "one").
     * Empty for other languages.
     */
    public static List<Number> wordsOf(String text, String lang) {
        Set<String> own = LANGUAGE_WORDS.get(lang);
        if (own == null) {
            return List.of();
        }
        text = withoutThirdParty(text);
        List<Number> out = new ArrayList<>();
        if (lang.equals("en")) {
            Matcher compound = ENGLISH_TENS_AND_UNITS.matcher(text);
            while (compound.find()) {
                out.add(new Number(String.valueOf(WORDS.get(Text.lower(compound.group(1)))
                        + WORDS.get(Text.lower(compound.group(2)))), compound.group(), true, compound.start(),
                        compound.end()));
            }
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String folded = Text.fold(m.group());
            boolean ofLanguage = own.contains(folded) || lang.equals("de") && !WORDS.containsKey(folded);
            Integer v = ofLanguage ? wordValue(folded) : null;
            if (v != null && v >= 2) {
                out.add(new Number(String.valueOf(v), m.group(), true, m.start(), m.end()));
            }
        }
        return out;
    }

    /**
     * The values of the Roman numerals of a text ({@code II}, {@code XIV}, {@code MCMLVI}): upper-case words in
     * canonical Roman notation. Used only to excuse a number missing on the other side, never to flag one, so the
     * English pronoun "I" does no harm.
     */
    public static List<String> romanNumerals(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = ROMAN.matcher(text);
        while (m.find()) {
            int value = romanValue(m.group());
            if (value > 0) {
                out.add(String.valueOf(value));
            }
        }
        return out;
    }

    /** The value of a Roman numeral in canonical notation, or 0 when it is not one (IIII, VX, IC). */
    static int romanValue(String s) {
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = ROMAN_DIGITS.get(s.charAt(i));
            int next = i + 1 < s.length() ? ROMAN_DIGITS.get(s.charAt(i + 1)) : 0;
            total += v < next ? -v : v;
        }
        return total > 0 && total < 4000 && toRoman(total).equals(s) ? total : 0;
    }

    private static String toRoman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] marks = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            for (; n >= values[i]; n -= values[i]) {
                out.append(marks[i]);
            }
        }
        return out.toString();
    }

    /** Canonical value of a digit string with grouping and decimal separators of any locale. */
    static String parse(String raw) {
        String s = raw.strip();
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        String integer = s;
        String fraction = "";
        int decimal = -1;
        if (lastDot >= 0 && lastComma >= 0) {
            decimal = Math.max(lastDot, lastComma);
        } else {
            int sep = Math.max(lastDot, lastComma);
            if (sep >= 0) {
                char c = s.charAt(sep);
                boolean single = s.indexOf(c) == sep;
                boolean threeAfter = s.length() - sep - 1 == 3;
                if (single && !threeAfter) {
                    decimal = sep;
                }
            }
        }
        if (decimal >= 0) {
            integer = s.substring(0, decimal);
            fraction = s.substring(decimal + 1);
        }
        String digits = integer.replaceAll("\\D", "") + (fraction.isEmpty() ? "" : "." + fraction);
        return canonical(digits);
    }

    private static String canonical(String digits) {
        try {
            BigDecimal d = new BigDecimal(digits).stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        } catch (NumberFormatException e) {
            return digits;
        }
    }
}

package dev.paracheck.check;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.languagetool.JLanguageTool;

/**
 * LanguageTool's German tagger without the start-up of its expansion tables. When the tagger first meets a word
 * its dictionary lacks, it makes four tables from the {@code prefix_verb} and adjective lines of its spelling list:
 * about 125,000 keys and 770,000 readings, synthesized with German's synthesizer — two seconds of a core, which a
 * short {@code check} waits for. This class writes the tables LanguageTool made, once, at build time (the
 * {@code process-classes} phase runs {@link #main}), and hands them to the tagger at run time as tables decoded on
 * look-up, which load in a small fraction of that.
 *
 * <p>Why reach into LanguageTool: the tables sit in a private memoised supplier of {@code GermanTagger}
 * (LanguageTool 6.8) with no way to give or keep them. The tables are LanguageTool's own, written by its own code
 * and read back unchanged, so tagging is the same word for word; what is checked before they are used is the
 * shape, not the content: the LanguageTool version they were written with, the classes and fields of the tables,
 * and that the supplier has not already made its own. Anything unexpected at run time leaves LanguageTool as it is
 * (it then makes its tables itself); at build time it writes no file, with a warning.
 */
public final class GermanTaggerTables {
    /** The resource, beside this class, that the build writes. */
    static final String RESOURCE = "german-tagger-tables.bin";
    private static final String MAGIC = "paracheck german tagger tables 1";
    private static final String TAGGER = "org.languagetool.tagging.de.GermanTagger";
    private static final String TABLES = TAGGER + "$ExpansionInfos";
    /** Separates the strings of the string table; no table string contains it (checked when writing). */
    private static final char SEPARATOR = '\0';

    private GermanTaggerTables() {
    }

    /** Build step: writes LanguageTool's tables to the file {@code args[0]}. */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: GermanTaggerTables OUTPUT_FILE");
        }
        Path out = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(out.getParent());
        Path partial = out.resolveSibling(out.getFileName() + ".part");
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(partial))) {
            write(LanguageToolTables.made(), o);
        } catch (ReflectiveOperationException e) {
            // another LanguageTool whose tables are not as this class knows them: no file, and a run lets the
            // tagger make its own (GermanTaggerTablesTest then fails, to say the shortcut is gone)
            Files.deleteIfExists(partial);
            Files.deleteIfExists(out);
            System.err.println("[WARNING] German tagger tables not written (LanguageTool " + JLanguageTool.VERSION
                    + " is not as expected: " + e + "); runs will make them at start");
            return;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Hands the bundled tables to LanguageTool's German tagger unless it has made its own already. Returns true
     * when the tagger will use them; false when there are none (not built), they were written for another
     * LanguageTool, or its classes are not as expected. Safe to call from any thread, more than once: it tries once
     * a JVM and then answers at once.
     */
    public static boolean install() {
        Boolean done = outcome;
        if (done != null) {
            return done; // tried once a JVM: a failure is not read again at every word tagged
        }
        synchronized (GermanTaggerTables.class) {
            if (outcome == null) {
                outcome = tryInstall();
            }
            return outcome;
        }
    }

    private static boolean tryInstall() {
        try (InputStream in = GermanTaggerTables.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return false;
            }
            Object tables = read(in);
            return tables != null && LanguageToolTables.give(tables);
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            return false; // LanguageTool makes its own tables, as without this class
        }
    }

    /** What the one try of {@link #install} gave; null before it. */
    private static volatile Boolean outcome;

    /** Writes {@code tables} (an instance of LanguageTool's table class) to {@code out}. */
    static void write(Object tables, OutputStream out) throws IOException, ReflectiveOperationException {
        Shape shape = Shape.of(tables.getClass());
        Map<String, Integer> strings = new LinkedHashMap<>();
        List<int[]> encoded = new ArrayList<>();
        for (Shape.Table table : shape.tables()) {
            Map<?, ?> map = (Map<?, ?>) table.field().get(tables);
            List<Integer> data = new ArrayList<>();
            data.add(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                data.add(index(strings, (String) e.getKey()));
                List<String[]> rows = rows(table, e.getValue());
                if (table.list()) {
                    data.add(rows.size());
                }
                for (String[] row : rows) {
                    for (String field : row) {
                        data.add(index(strings, field));
                    }
                }
            }
            encoded.add(data.stream().mapToInt(Integer::intValue).toArray());
        }
        DataOutputStream o = new DataOutputStream(out);
        o.writeUTF(MAGIC);
        o.writeUTF(versions());
        o.writeUTF(shape.signature());
        byte[] text = String.join(String.valueOf(SEPARATOR), strings.keySet()).getBytes(StandardCharsets.UTF_8);
        o.writeInt(strings.size());
        o.writeInt(text.length);
        o.write(text);
        for (int[] data : encoded) {
            o.writeInt(data.length);
            ByteBuffer bytes = ByteBuffer.allocate(data.length * Integer.BYTES);
            bytes.asIntBuffer().put(data);
            o.write(bytes.array());
        }
        o.flush();
    }

    /**
     * What the tables are made from: LanguageTool's version and that of its German dictionary artifact (the
     * tagger's and synthesizer's data, versioned apart), as its Maven properties name it ("?" when not found).
     */
    static String versions() {
        String dict = "?";
        try (InputStream in = GermanTaggerTables.class.getResourceAsStream(
                "/META-INF/maven/de.danielnaber/german-pos-dict/pom.properties")) {
            if (in != null) {
                java.util.Properties p = new java.util.Properties();
                p.load(in);
                dict = p.getProperty("version", "?");
            }
        } catch (IOException e) {
            dict = "?";
        }
        return JLanguageTool.VERSION + " german-pos-dict " + dict;
    }

    /** The field strings of each value a table's key maps to (one value, or a list of them). */
    private static List<String[]> rows(Shape.Table table, Object mapped) throws ReflectiveOperationException {
        List<?> values = table.list() ? (List<?>) mapped : List.of(mapped);
        List<String[]> rows = new ArrayList<>(values.size());
        for (Object value : values) {
            String[] row = new String[table.value().fields().size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = (String) table.value().fields().get(i).get(value);
            }
            rows.add(row);
        }
        return rows;
    }

    private static int index(Map<String, Integer> strings, String s) {
        if (s == null) {
            return -1;
        }
        if (s.indexOf(SEPARATOR) >= 0) {
            throw new IllegalStateException("a table string contains the separator: " + s);
        }
        return strings.computeIfAbsent(s, k -> strings.size());
    }

    /**
     * Reads tables that {@link #write} wrote, as an instance of LanguageTool's table class whose maps decode a
     * value when it is looked up; null when they were written for another LanguageTool or another shape.
     */
    static Object read(InputStream in) throws IOException, ReflectiveOperationException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(in, 1 << 16));
        Shape shape = Shape.of(Class.forName(TABLES));
        if (!d.readUTF().equals(MAGIC) || !d.readUTF().equals(versions())
                || !d.readUTF().equals(shape.signature())) {
            return null;
        }
        String[] strings = new String[d.readInt()];
        byte[] text = new byte[d.readInt()];
        d.readFully(text);
        String all = new String(text, StandardCharsets.UTF_8);
        for (int i = 0, start = 0; i < strings.length; i++) {
            int end = all.indexOf(SEPARATOR, start);
            strings[i] = all.substring(start, end < 0 ? all.length() : end);
            start = end + 1;
        }
        Object[] maps = new Object[shape.tables().size()];
        for (int t = 0; t < maps.length; t++) {
            byte[] bytes = new byte[d.readInt() * Integer.BYTES];
            d.readFully(bytes);
            int[] data = new int[bytes.length / Integer.BYTES];
            ByteBuffer.wrap(bytes).asIntBuffer().get(data);
            maps[t] = new DecodedTable(shape.tables().get(t), strings, data);
        }
        return shape.make(maps);
    }

    /** The classes and fields of LanguageTool's tables, found by reflection and checked for what is expected. */
    private record Shape(Constructor<?> constructor, List<Table> tables) {
        /** One map of the tables: its field, whether a key maps to a list of values, and the values' class. */
        record Table(Field field, boolean list, Value value) {
        }

        /** A value class: all its fields are strings, set by its one constructor in field order. */
        record Value(Constructor<?> constructor, List<Field> fields) {
            Object make(String[] args) throws ReflectiveOperationException {
                return constructor.newInstance((Object[]) args);
            }
        }

        static Shape of(Class<?> tablesClass) throws ReflectiveOperationException {
            List<Field> maps = instanceFields(tablesClass);
            Constructor<?> constructor = onlyConstructor(tablesClass, maps.size());
            List<Table> tables = new ArrayList<>();
            for (Field f : maps) {
                if (f.getType() != Map.class) {
                    throw new NoSuchFieldException("not a map: " + f);
                }
                var types = ((java.lang.reflect.ParameterizedType) f.getGenericType()).getActualTypeArguments();
                boolean list = types[1] instanceof java.lang.reflect.ParameterizedType p && p.getRawType() == List.class;
                var raw = list ? ((java.lang.reflect.ParameterizedType) types[1]).getActualTypeArguments()[0] : types[1];
                if (types[0] != String.class || !(raw instanceof Class<?> valueClass)) {
                    throw new NoSuchFieldException("unexpected map type: " + f);
                }
                tables.add(new Table(f, list, value(valueClass)));
            }
            Shape shape = new Shape(constructor, tables);
            shape.checkOrder();
            return shape;
        }

        private static Value value(Class<?> c) throws ReflectiveOperationException {
            List<Field> fields = instanceFields(c);
            for (Field f : fields) {
                if (f.getType() != String.class) {
                    throw new NoSuchFieldException("not a string: " + f);
                }
            }
            Value value = new Value(onlyConstructor(c, fields.size()), fields);
            String[] probe = new String[fields.size()];
            for (int i = 0; i < probe.length; i++) {
                probe[i] = "field " + i;
            }
            Object made = value.make(probe);
            for (int i = 0; i < probe.length; i++) {
                if (!probe[i].equals(fields.get(i).get(made))) { // equal, not same: LanguageTool interns them
                    throw new NoSuchFieldException("constructor does not set the fields in order: " + c);
                }
            }
            return value;
        }

        /** The constructor sets the maps in field order: checked once, with empty maps. */
        private void checkOrder() throws ReflectiveOperationException {
            Object[] probe = new Object[tables.size()];
            for (int i = 0; i < probe.length; i++) {
                probe[i] = new HashMap<>();
            }
            Object made = constructor.newInstance(probe);
            for (int i = 0; i < probe.length; i++) {
                if (tables.get(i).field().get(made) != probe[i]) {
                    throw new NoSuchFieldException("constructor does not set the maps in order");
                }
            }
        }

        Object make(Object[] maps) throws ReflectiveOperationException {
            return constructor.newInstance(maps);
        }

        /** What a file must have been written with to be read back: classes, fields and their types. */
        String signature() {
            StringBuilder s = new StringBuilder();
            for (Table t : tables) {
                s.append(t.field().getName()).append(t.list() ? ":list:" : ":").append(t.value().constructor()
                        .getDeclaringClass().getName());
                for (Field f : t.value().fields()) {
                    s.append(',').append(f.getName());
                }
                s.append(';');
            }
            return s.toString();
        }

        private static List<Field> instanceFields(Class<?> c) {
            List<Field> fields = new ArrayList<>();
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
                    f.setAccessible(true);
                    fields.add(f);
                }
            }
            return fields;
        }

        private static Constructor<?> onlyConstructor(Class<?> c, int parameters) throws NoSuchMethodException {
            Constructor<?>[] all = c.getDeclaredConstructors();
            if (all.length != 1 || all[0].getParameterCount() != parameters) {
                throw new NoSuchMethodException("expected one constructor of " + parameters + " parameters: " + c);
            }
            all[0].setAccessible(true);
            return all[0];
        }
    }

    /**
     * One table as read: keys indexed, values kept as string numbers and made into LanguageTool's objects when
     * looked up (the tagger only looks up: it never iterates them). Read-only.
     */
    static final class DecodedTable extends AbstractMap<String, Object> {
        private final Shape.Table table;
        private final String[] strings;
        private final int[] data;
        /** Key → offset in {@code data} of its value (after the key's own number). */
        private final Map<String, Integer> offsets;

        DecodedTable(Shape.Table table, String[] strings, int[] data) {
            this.table = table;
            this.strings = strings;
            this.data = data;
            int size = data[0];
            int width = table.value().fields().size();
            offsets = new HashMap<>(size * 4 / 3 + 1);
            int at = 1;
            for (int i = 0; i < size; i++) {
                String key = strings[data[at++]];
                offsets.put(key, at);
                at += table.list() ? 1 + data[at] * width : width;
            }
        }

        @Override
        public Object get(Object key) {
            Integer at = offsets.get(key);
            return at == null ? null : decode(at);
        }

        @Override
        public boolean containsKey(Object key) {
            return offsets.containsKey(key);
        }

        @Override
        public int size() {
            return offsets.size();
        }

        private Object decode(int at) {
            try {
                if (!table.list()) {
                    return value(at);
                }
                int n = data[at];
                int width = table.value().fields().size();
                List<Object> values = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    values.add(value(at + 1 + i * width));
                }
                return values;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("LanguageTool's table class changed under a running JVM", e);
            }
        }

        private Object value(int at) throws ReflectiveOperationException {
            String[] args = new String[table.value().fields().size()];
            for (int i = 0; i < args.length; i++) {
                int s = data[at + i];
                args[i] = s < 0 ? null : strings[s];
            }
            return table.value().make(args);
        }

        /** Every entry, decoded: for comparison and tests, not for the tagger. */
        @Override
        public Set<Entry<String, Object>> entrySet() {
            Map<String, Object> all = new HashMap<>();
            offsets.forEach((k, at) -> all.put(k, decode(at)));
            return all.entrySet();
        }
    }

    /** LanguageTool's own tables: making them, and giving it ours. */
    static final class LanguageToolTables {
        private LanguageToolTables() {
        }

        /**
         * Tables LanguageTool makes itself, afresh (two seconds of a core): its own maker called directly, so the
         * result never is tables this class handed it.
         */
        static Object made() throws ReflectiveOperationException {
            java.lang.reflect.Method make = Class.forName(TAGGER).getDeclaredMethod("initExpansionInfos");
            make.setAccessible(true);
            return make.invoke(null);
        }

        /** What the tagger's supplier holds or will return: its own tables, or those handed to it. */
        static Object current() throws ReflectiveOperationException {
            return supplier().get();
        }

        /**
         * Makes {@code tables} what the tagger's memoised supplier returns, if it has not made its tables yet:
         * its delegate is replaced under its lock. Guava's memoising supplier keeps the delegate until the first
         * call and a sentinel after; both states are looked at, not assumed.
         */
        static boolean give(Object tables) throws ReflectiveOperationException {
            Object supplier = supplier();
            Field lock = field(supplier.getClass(), "lock");
            Field delegate = field(supplier.getClass(), "delegate");
            Field value = field(supplier.getClass(), "value");
            synchronized (lock.get(supplier)) {
                Object current = delegate.get(supplier);
                if (value.get(supplier) != null || current == null
                        || !current.getClass().getName().startsWith(TAGGER)) {
                    return false; // made already, or not the supplier this class knows
                }
                com.google.common.base.Supplier<Object> ours = () -> tables;
                delegate.set(supplier, ours);
                return true;
            }
        }

        @SuppressWarnings("unchecked")
        private static Supplier<Object> supplier() throws ReflectiveOperationException {
            return (Supplier<Object>) field(Class.forName(TAGGER), "expansionInfos").get(null);
        }

        private static Field field(Class<?> c, String name) throws NoSuchFieldException {
            Field f = c.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        }
    }

    /** For tests: the values of a table, decoded, in a form that compares by content. */
    static Map<String, List<List<String>>> contents(Object tables, int table) throws ReflectiveOperationException {
        Shape shape = Shape.of(tables.getClass());
        Shape.Table t = shape.tables().get(table);
        Map<String, List<List<String>>> out = new HashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) t.field().get(tables)).entrySet()) {
            out.put((String) e.getKey(), rows(t, e.getValue()).stream().map(Arrays::asList).toList());
        }
        return out;
    }

    /** For tests: how many tables LanguageTool's table class has. */
    static int tableCount() throws ReflectiveOperationException {
        return Shape.of(Class.forName(TABLES)).tables().size();
    }
}

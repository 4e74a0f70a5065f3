package io.github.vanban.citations;

import io.github.vanban.text.LatinCharMap;
import io.github.vanban.text.ResourceTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The type and issuer codes of number symbols, and the statute type words, read once from
 * {@code types.tsv}, {@code issuers.tsv} and {@code statutes.tsv} beside this class. Immutable and shared.
 *
 * <p>A code is looked up case-insensitively; failing that, with diacritics removed ({@code QD} for
 * {@code QĐ}) when only one code folds to it.
 */
public final class CitationTables {

    /** One row of a code table. */
    public record Entry(String code, String system, String name, String gloss) {
    }

    private static final CitationTables INSTANCE = new CitationTables();

    private final Map<String, List<Entry>> typesByKey = new HashMap<>();
    private final Map<String, List<Entry>> typesByFolded = new HashMap<>();
    private final Map<String, Entry> issuersByKey = new HashMap<>();
    private final Map<String, List<Entry>> issuersByFolded = new HashMap<>();
    private final List<Entry> statuteWords = new ArrayList<>();
    private final Map<String, java.util.Set<String>> nameWords = new HashMap<>();
    private final Map<String, List<Entry>> typesByName = new HashMap<>();
    /** {@link #typesByKey} and {@link #issuersByKey} looked up without a lower-case copy of the code. */
    private final CodeTable<List<Entry>> typeCodes;
    private final CodeTable<Entry> issuerCodes;
    private final java.util.Set<String> typeNames = new java.util.TreeSet<>(
            java.util.Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));

    private CitationTables() {
        for (String[] row : read("types.tsv")) {
            Entry e = new Entry(row[0].equals("-") ? null : row[0], row[1], row[2], row[3]);
            if (e.code() != null) {
                typesByKey.computeIfAbsent(key(e.code()), k -> new ArrayList<>()).add(e);
                typesByFolded.computeIfAbsent(fold(e.code()), k -> new ArrayList<>()).add(e);
            }
            typeNames.add(e.name());
            typesByName.computeIfAbsent(e.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(e);
        }
        for (String[] row : read("issuers.tsv")) {
            Entry e = new Entry(row[0], row[1], row[2], row[3]);
            issuersByKey.put(key(e.code()), e);
            issuersByFolded.computeIfAbsent(fold(e.code()), k -> new ArrayList<>()).add(e);
        }
        for (String[] row : read("statute-name-words.tsv")) {
            nameWords.computeIfAbsent(row[0], k -> new java.util.HashSet<>()).add(row[1]);
        }
        for (String[] row : read("statutes.tsv")) {
            statuteWords.add(new Entry(null, "STATE", row[0], row[1]));
        }
        typeCodes = new CodeTable<>(typesByKey);
        issuerCodes = new CodeTable<>(issuersByKey);
    }

    /** The built-in tables. */
    public static CitationTables get() {
        return INSTANCE;
    }

    /**
     * The type entry for a code as written, preferring the given system ({@code "PARTY"} or
     * {@code "STATE"}); null when the code is not a known type.
     */
    public Entry type(String written, String system) {
        List<Entry> found = isPlainLatin(written, written.length())
                ? typeCodes.get(written, written.length()) : typesByKey.get(key(written));
        if (found == null) {
            List<Entry> folded = typesByFolded.get(fold(written));
            if (folded == null || folded.stream().map(Entry::code).distinct().count() != 1) {
                return null;
            }
            found = folded;
        }
        for (Entry e : found) {
            if (e.system().equals(system)) {
                return e;
            }
        }
        for (Entry e : found) {
            if (e.system().equals("ANY")) {
                return e;
            }
        }
        return found.get(0);
    }

    /** The issuer entry for one code group as written (a term number after it ignored); null when unknown. */
    public Entry issuer(String written) {
        int end = termStart(written);
        String code = end == written.length() ? written : written.substring(0, end);
        Entry e = isPlainLatin(written, end) ? issuerCodes.get(written, end) : issuersByKey.get(key(code));
        if (e != null) {
            return e;
        }
        List<Entry> folded = issuersByFolded.get(fold(code));
        return folded != null && folded.size() == 1 ? folded.get(0) : null;
    }

    /** The type entries whose full name is {@code name} (any case), for a type word written before a number. */
    public List<Entry> typesNamed(String name) {
        return typesByName.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** Every type name of the table ({@code Quyết định}, {@code Công văn}), longest first. */
    public java.util.Collection<String> typeNames() {
        return java.util.Collections.unmodifiableSet(typeNames);
    }

    /** The statute type words ({@code Bộ luật}, {@code Hiến pháp}, {@code Pháp lệnh}, {@code Luật}), longest first. */
    public List<Entry> statuteWords() {
        return statuteWords;
    }

    /** The words of one kind in {@code statute-name-words.tsv} ({@code stop}, {@code and-stop}, …). */
    public java.util.Set<String> words(String kind) {
        return java.util.Set.copyOf(nameWords.getOrDefault(kind, java.util.Set.of()));
    }

    /** The code without a trailing term number ({@code QH15} to {@code QH}). */
    static String stripTerm(String code) {
        int end = termStart(code);
        return end == code.length() ? code : code.substring(0, end);
    }

    /** Where the trailing term number of a code starts; its length when it has none or is all digits. */
    private static int termStart(String code) {
        int end = code.length();
        while (end > 0 && Character.isDigit(code.charAt(end - 1))) {
            end--;
        }
        return end == 0 ? code.length() : end;
    }

    /**
     * Whether {@code s[0, end)} has only Latin chars below U+0250 other than the dotted capital I: lower-casing
     * such a string is lower-casing its chars one by one, so it is looked up without a lower-case copy.
     */
    private static boolean isPlainLatin(String s, int end) {
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c >= 0x250 || c == '\u0130') {
                return false;
            }
        }
        return true;
    }

    /**
     * Values by lower-case code, looked up by the start of a written code lower-cased char by char, without a
     * copy. Immutable.
     */
    private static final class CodeTable<V> {
        private final String[] keys;
        private final List<V> values;
        private final int mask;

        CodeTable(Map<String, V> byKey) {
            int size = Integer.highestOneBit(Math.max(1, byKey.size())) * 4;
            mask = size - 1;
            keys = new String[size];
            List<V> v = new ArrayList<>(java.util.Collections.nCopies(size, (V) null));
            for (Map.Entry<String, V> e : byKey.entrySet()) {
                int i = slot(e.getKey().hashCode());
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = e.getKey();
                v.set(i, e.getValue());
            }
            values = v;
        }

        /** The value of the lower case of {@code s[0, end)} (plain Latin), or null. */
        V get(String s, int end) {
            int h = 0;
            for (int i = 0; i < end; i++) {
                h = 31 * h + Character.toLowerCase(s.charAt(i));
            }
            for (int i = slot(h); keys[i] != null; i = (i + 1) & mask) {
                String k = keys[i];
                if (k.length() == end && k.hashCode() == h && sameLowerCase(s, k, end)) {
                    return values.get(i);
                }
            }
            return null;
        }

        private static boolean sameLowerCase(String s, String lower, int end) {
            for (int i = 0; i < end; i++) {
                if (Character.toLowerCase(s.charAt(i)) != lower.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private int slot(int hash) {
            return (hash * 0x9E3779B9 >>> 8) & mask;
        }
    }

    static String key(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Lower case with Vietnamese diacritics removed ({@code QĐ} to {@code qd}). */
    static String fold(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT); // nothing to decompose or remove
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String f = LatinFolds.FOLDS.get(c);
            if (f == null) {
                return foldDecomposing(s);
            }
            b.append(f);
        }
        return b.toString();
    }

    /** {@link #fold} by lower-casing, decomposing (NFD) and dropping the marks of the whole string. */
    private static String foldDecomposing(String s) {
        StringBuilder b = new StringBuilder(s.length());
        String d = java.text.Normalizer.normalize(s.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD);
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            b.append(c == 'đ' ? 'd' : c);
        }
        return b.toString();
    }

    /**
     * {@link #foldDecomposing} of each Latin char, worked out once: for a string of these chars folding the
     * whole is folding char by char (their lower cases do not depend on the chars around, and what they
     * decompose to is a letter and non-spacing marks, which are dropped).
     */
    private static final class LatinFolds {
        static final LatinCharMap FOLDS = LatinCharMap.of(CitationTables::foldDecomposing);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** The rows of a table beside this class, empty trailing fields kept (a field may be left empty). */
    private static List<String[]> read(String name) {
        return ResourceTable.rows(CitationTables.class, name, -1);
    }
}

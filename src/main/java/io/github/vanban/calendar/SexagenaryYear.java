package io.github.vanban.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Sexagenary (Can Chi) year names such as {@code Canh Tý}: a heavenly stem (Can) and an earthly branch
 * (Chi) that repeat every 60 years. The names and their spelling variants ({@code Tý}/{@code Tí},
 * {@code Tỵ}/{@code Tị}, {@code Mão}/{@code Mẹo}) are read from the resource {@code can-chi.tsv}.
 *
 * <p>A name applies to a lunar year, which starts at Tết: solar January 2020 before Tết is still Kỷ Hợi.
 */
public final class SexagenaryYear {

    private SexagenaryYear() {
    }

    /**
     * The position of a name in the 60-year cycle, 0 for Giáp Tý (1984) to 59 for Quý Hợi (2043); year
     * {@code y} has index {@code floorMod(y - 4, 60)}. Tolerant of case, old/new tone placement, {@code i}/{@code y},
     * surrounding and repeated spaces; empty if {@code name} is not a Can Chi pair.
     */
    public static OptionalInt cycleIndex(String name) {
        if (name == null) {
            return OptionalInt.empty();
        }
        String[] words = name.trim().split("[\\s\\u00A0-]+");
        if (words.length != 2) {
            return OptionalInt.empty();
        }
        Integer can = Names.TABLE.stems.get(key(words[0]));
        Integer chi = Names.TABLE.branches.get(key(words[1]));
        if (can == null || chi == null || can % 2 != chi % 2) {
            return OptionalInt.empty(); // a stem and a branch of different parity never meet
        }
        for (int index = can; index < 60; index += 10) {
            if (index % 12 == chi) {
                return OptionalInt.of(index);
            }
        }
        throw new AssertionError("unreachable");
    }

    /**
     * The year whose name has cycle index {@code cycleIndex} closest to {@code aroundYear} (the later one of
     * two at equal distance, i.e. within {@code aroundYear - 29 .. aroundYear + 30}).
     *
     * @throws IllegalArgumentException if {@code cycleIndex} is not in 0..59
     */
    public static int nearestYear(int cycleIndex, int aroundYear) {
        if (cycleIndex < 0 || cycleIndex >= 60) {
            throw new IllegalArgumentException("cycle index out of range: " + cycleIndex);
        }
        int ahead = Math.floorMod(cycleIndex - indexOf(aroundYear), 60);
        return ahead <= 30 ? aroundYear + ahead : aroundYear + ahead - 60;
    }

    /** The cycle index of a (lunar) year: {@code floorMod(year - 4, 60)}. */
    public static int indexOf(int year) {
        return Math.floorMod(year - 4, 60);
    }

    /** The name of a (lunar) year in its standard spelling, e.g. 2020 gives {@code "Canh Tý"}. */
    public static String nameOf(int year) {
        int index = indexOf(year);
        return Names.TABLE.stemNames[index % 10] + " " + Names.TABLE.branchNames[index % 12];
    }

    /**
     * The lookup key of one word: lower case, {@code y} as {@code i}, and the tone mark moved to the end so that
     * its placement ({@code quý}/{@code qúy}) does not matter.
     */
    static String key(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder letters = new StringBuilder(decomposed.length() + 1);
        char tone = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            switch (c) {
                case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323' -> tone = c;
                case 'y' -> letters.append('i');
                default -> letters.append(c);
            }
        }
        if (tone != 0) {
            letters.append(tone);
        }
        return Normalizer.normalize(letters, Normalizer.Form.NFC);
    }

    /** The names, read once from {@code can-chi.tsv}. */
    private static final class Names {
        static final Names TABLE = load();

        final String[] stemNames = new String[10];
        final String[] branchNames = new String[12];
        final Map<String, Integer> stems = new HashMap<>();
        final Map<String, Integer> branches = new HashMap<>();

        private static Names load() {
            String resource = "can-chi.tsv";
            Names names = new Names();
            try (InputStream in = SexagenaryYear.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t");
                    boolean stem = f[0].equals("can");
                    int index = Integer.parseInt(f[1]);
                    String standard = Normalizer.normalize(f[2], Normalizer.Form.NFC);
                    (stem ? names.stemNames : names.branchNames)[index] = standard;
                    for (int i = 2; i < f.length; i++) {
                        (stem ? names.stems : names.branches).put(key(f[i]), index);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String[] list : new String[][] {names.stemNames, names.branchNames}) {
                for (String s : list) {
                    if (s == null) {
                        throw new IllegalStateException(resource + " lacks a name");
                    }
                }
            }
            return names;
        }
    }
}

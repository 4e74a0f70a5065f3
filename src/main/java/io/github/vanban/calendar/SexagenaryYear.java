package io.github.vanban.calendar;

import java.util.OptionalInt;

/**
 * Sexagenary (Can Chi) year names such as {@code Canh Tý}: a heavenly stem (Can) and an earthly branch
 * (Chi) that repeat every 60 years. The names and their spelling variants ({@code Tý}/{@code Tí},
 * {@code Tỵ}/{@code Tị}, {@code Mão}/{@code Mẹo}) are read from a resource file.
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
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * The year whose name has cycle index {@code cycleIndex} closest to {@code aroundYear} (the later one of
     * two at equal distance, i.e. within {@code aroundYear - 29 .. aroundYear + 30}).
     */
    public static int nearestYear(int cycleIndex, int aroundYear) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** The name of a (lunar) year in its standard spelling, e.g. 2020 gives {@code "Canh Tý"}. */
    public static String nameOf(int year) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}

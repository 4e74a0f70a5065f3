package io.github.vanban.dates;

/** Year arithmetic on date values: which year a value gives, and the same value in another year. */
final class Years {

    private Years() {
    }

    /** The year the value itself gives (not inferred), or null; an interval gives none. */
    static Integer givenYear(DateValue v) {
        if (v.yearInferred()) {
            return null;
        }
        if (v instanceof DayValue d) {
            return d.year();
        } else if (v instanceof MonthValue m) {
            return m.year();
        } else if (v instanceof QuarterValue q) {
            return q.year();
        } else if (v instanceof HalfYearValue h) {
            return h.year();
        } else if (v instanceof YearValue y) {
            return y.year();
        }
        return null;
    }

    /** True when some part of the value lacks its year. */
    static boolean lacksYear(DateValue v) {
        if (v instanceof DayValue d) {
            return d.year() == null;
        } else if (v instanceof MonthValue m) {
            return m.year() == null;
        } else if (v instanceof QuarterValue q) {
            return q.year() == null;
        } else if (v instanceof HalfYearValue h) {
            return h.year() == null;
        } else if (v instanceof IntervalValue i) {
            return lacksYear(i.from()) || lacksYear(i.to());
        }
        return false;
    }

    /**
     * The value with {@code year} put where the year is missing.
     *
     * @throws RuntimeException when the day does not exist in that year (29 February)
     */
    static DateValue withYear(DateValue v, int year, boolean inferred) {
        if (v instanceof DayValue d) {
            return d.year() != null ? d : new DayValue(year, d.month(), d.day(), d.time(), d.partOfDay(), inferred);
        } else if (v instanceof MonthValue m) {
            return m.year() != null ? m : new MonthValue(year, m.month(), inferred);
        } else if (v instanceof QuarterValue q) {
            return q.year() != null ? q : new QuarterValue(year, q.quarter(), inferred);
        } else if (v instanceof HalfYearValue h) {
            return h.year() != null ? h : new HalfYearValue(year, h.half(), inferred);
        } else if (v instanceof IntervalValue i) {
            return new IntervalValue(withYear(i.from(), year, inferred), withYear(i.to(), year, inferred));
        }
        return v;
    }

    /**
     * The start of a range with the year of its end where it lacks one ({@code từ ngày 1/7 đến ngày
     * 15/7/2020}); the year before when the start would otherwise fall after the end
     * ({@code từ 22/12 đến 5/1/2021}).
     */
    static DateValue borrowYear(DateValue from, DateValue to) {
        if (!lacksYear(from)) {
            return from;
        }
        Integer y = yearOfStart(to);
        if (y == null) {
            return from;
        }
        try {
            DateValue same = withYear(from, y, false);
            if (same.firstDay() != null && to.firstDay() != null && same.firstDay().isAfter(to.firstDay())) {
                return withYear(from, y - 1, false);
            }
            return same;
        } catch (RuntimeException e) {
            return from;
        }
    }

    private static Integer yearOfStart(DateValue v) {
        if (v instanceof IntervalValue i) {
            return yearOfStart(i.from());
        }
        return v.firstDay() == null ? null : v.firstDay().getYear();
    }
}

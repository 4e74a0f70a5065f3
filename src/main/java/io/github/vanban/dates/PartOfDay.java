package io.github.vanban.dates;

/** A part of the day, as {@code sáng}, {@code chiều}, {@code tối}, {@code đêm} name it. */
public enum PartOfDay {
    /** sáng: morning. */
    MORNING("MO"),
    /** trưa: midday. */
    MIDDAY("MI"),
    /** chiều: afternoon. */
    AFTERNOON("AF"),
    /** tối: evening. */
    EVENING("EV"),
    /** đêm: night. */
    NIGHT("NI");

    private final String timex;

    PartOfDay(String timex) {
        this.timex = timex;
    }

    /** The TIMEX3 code ({@code MO}, {@code AF}, …). */
    public String timex() {
        return timex;
    }
}

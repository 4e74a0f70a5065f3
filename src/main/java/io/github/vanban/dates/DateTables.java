package io.github.vanban.dates;

import io.github.vanban.text.ResourceTable;
import io.github.vanban.text.MatchKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the date grammar reads, loaded once from the resource files of this package. All words
 * are stored as {@link MatchKey} keys; phrases as arrays of keys.
 */
final class DateTables {

    /** A phrase of the tables: its words (keys) and what it stands for. */
    record Phrase<T>(String[] words, T meaning) {
    }

    /** A month name after {@code tháng}; {@code anyCase} false when it names a month only capitalised. */
    record MonthWord(int month, boolean anyCase) {
    }

    /** A relative expression: the unit it counts in and by how much. */
    record Relative(String unit, int offset) {
    }

    /** A lunar festival's day. */
    record LunarDay(int month, int day) {
    }

    final List<Phrase<MonthWord>> monthWords;
    final List<Phrase<Integer>> numberWords;
    /** First words of the number words, for the trigger test. */
    final Set<String> numberWordStarts;
    final Map<String, PartOfDay> partsOfDay;
    final List<Phrase<Relative>> relatives;
    final List<Phrase<Integer>> weekdays;
    final List<Phrase<LunarDay>> festivals;
    final List<Phrase<Boolean>> holidays;
    final Map<String, Boolean> timeSuffixPm;
    /** Phrase tables indexed by their first word (each list longest phrase first). */
    final Map<String, List<Phrase<MonthWord>>> monthWordsByFirst;
    final Map<String, List<Phrase<Integer>>> numberWordsByFirst;
    final Map<String, List<Phrase<Relative>>> relativesByFirst;
    final Map<String, List<Phrase<Integer>>> weekdaysByFirst;
    final Map<String, List<Phrase<LunarDay>>> festivalsByFirst;
    /** Holiday names indexed by their last word. */
    final Map<String, List<Phrase<Boolean>>> holidaysByLast;
    /** Every word the grammar compares: the tables' and the grammar's own. */
    final Vocabulary vocabulary;
    /** Whether a word outside the vocabulary (key "") may start an expression: never with sane tables. */
    final boolean emptyTriggers;

    private DateTables() {
        monthWords = phrases("month-words.tsv", f -> new MonthWord(Integer.parseInt(f[1]), f[2].equals("any")));
        numberWords = phrases("number-words.tsv", f -> Integer.parseInt(f[1]));
        Set<String> nws = new HashSet<>();
        for (Phrase<Integer> p : numberWords) {
            nws.add(p.words()[0]);
        }
        numberWordStarts = Set.copyOf(nws);
        Map<String, PartOfDay> pod = new HashMap<>();
        for (String[] f : rows("parts-of-day.tsv")) {
            pod.put(MatchKey.of(f[0]), PartOfDay.valueOf(f[1]));
        }
        partsOfDay = Map.copyOf(pod);
        Set<String> yw = new HashSet<>();
        for (String[] f : rows("year-words.txt")) {
            yw.add(MatchKey.of(f[0]));
        }
        Set<String> yearWords = Set.copyOf(yw);
        relatives = phrases("relative.tsv", f -> new Relative(f[1], Integer.parseInt(f[2])));
        Set<String> rbBefore = new HashSet<>();
        Set<String> rbAfter = new HashSet<>();
        for (String[] f : rows("relative-blockers.txt")) {
            (f[0].equals("after") ? rbAfter : rbBefore).add(MatchKey.of(f[1]));
        }
        // words right before or after a relative expression that make it no date
        Set<String> relativeBlockersBefore = Set.copyOf(rbBefore);
        Set<String> relativeBlockersAfter = Set.copyOf(rbAfter);
        weekdays = phrases("weekdays.tsv", f -> Integer.parseInt(f[1]));
        festivals = phrases("festivals.tsv", f -> new LunarDay(Integer.parseInt(f[1]), Integer.parseInt(f[2])));
        holidays = phrases("holidays.txt", f -> Boolean.TRUE);
        Map<String, Boolean> ts = new HashMap<>();
        for (String[] f : rows("time-suffixes.tsv")) {
            ts.put(MatchKey.of(f[0]), f[1].equals("PM"));
        }
        timeSuffixPm = Map.copyOf(ts);
        monthWordsByFirst = index(monthWords, false);
        numberWordsByFirst = index(numberWords, false);
        relativesByFirst = index(relatives, false);
        weekdaysByFirst = index(weekdays, false);
        festivalsByFirst = index(festivals, false);
        holidaysByLast = index(holidays, true);
        Set<String> tw = new HashSet<>(yearWords);
        tw.addAll(partsOfDay.keySet());
        tw.addAll(numberWordsByFirst.keySet());
        tw.addAll(relativesByFirst.keySet());
        tw.addAll(weekdaysByFirst.keySet());
        tw.addAll(festivalsByFirst.keySet());
        Set<String> triggerWords = Set.copyOf(tw); // words of the tables that may begin a date expression
        emptyTriggers = DateGrammar.TRIGGERS.contains("") || triggerWords.contains("");
        Set<String> all = new HashSet<>(DateGrammar.GRAMMAR_WORDS);
        all.addAll(yearWords);
        all.addAll(partsOfDay.keySet());
        all.addAll(relativeBlockersBefore);
        all.addAll(relativeBlockersAfter);
        all.addAll(timeSuffixPm.keySet());
        for (List<? extends Phrase<?>> list : List.of(monthWords, numberWords, relatives, weekdays, festivals, holidays)) {
            for (Phrase<?> p : list) {
                all.addAll(List.of(p.words()));
            }
        }
        vocabulary = new Vocabulary(all, key -> DateGrammar.TRIGGERS.contains(key) || triggerWords.contains(key),
                key -> (yearWords.contains(key) ? Vocabulary.ROLE_YEAR_WORD : 0)
                        | (partsOfDay.containsKey(key) ? Vocabulary.ROLE_PART_OF_DAY : 0)
                        | (numberWordsByFirst.containsKey(key) ? Vocabulary.ROLE_NUMBER_START : 0)
                        | (weekdaysByFirst.containsKey(key) ? Vocabulary.ROLE_WEEKDAY_START : 0)
                        | (relativesByFirst.containsKey(key) ? Vocabulary.ROLE_RELATIVE_START : 0)
                        | (festivalsByFirst.containsKey(key) ? Vocabulary.ROLE_FESTIVAL_START : 0)
                        | (relativeBlockersBefore.contains(key) ? Vocabulary.ROLE_RELATIVE_BLOCKER_BEFORE : 0)
                        | (relativeBlockersAfter.contains(key) ? Vocabulary.ROLE_RELATIVE_BLOCKER_AFTER : 0)
                        | (DateGrammar.QUANTITY_NOUNS.contains(key) ? Vocabulary.ROLE_QUANTITY_NOUN : 0)
                        | (DateGrammar.NUMBER_NOUNS.contains(key) ? Vocabulary.ROLE_NUMBER_NOUN : 0));
    }

    private static <T> Map<String, List<Phrase<T>>> index(List<Phrase<T>> phrases, boolean byLast) {
        Map<String, List<Phrase<T>>> m = new HashMap<>();
        for (Phrase<T> p : phrases) {
            String key = p.words()[byLast ? p.words().length - 1 : 0];
            m.computeIfAbsent(key, x -> new ArrayList<>()).add(p);
        }
        Map<String, List<Phrase<T>>> out = new HashMap<>();
        m.forEach((key, list) -> out.put(key, List.copyOf(list)));
        return Map.copyOf(out);
    }

    private static final class Holder {
        static final DateTables INSTANCE = new DateTables();
    }

    static DateTables get() {
        return Holder.INSTANCE;
    }

    private interface RowMapper<T> {
        T map(String[] fields);
    }

    private static <T> List<Phrase<T>> phrases(String resource, RowMapper<T> mapper) {
        List<Phrase<T>> out = new ArrayList<>();
        for (String[] f : rows(resource)) {
            out.add(new Phrase<>(MatchKey.of(f[0]).split(" "), mapper.map(f)));
        }
        // longest phrases first, so "mười một" wins over "mười"
        out.sort((a, b) -> b.words().length - a.words().length);
        return List.copyOf(out);
    }

    private static List<String[]> rows(String resource) {
        return ResourceTable.rows(DateTables.class, resource);
    }
}

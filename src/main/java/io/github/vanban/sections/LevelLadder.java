package io.github.vanban.sections;

import java.util.ArrayList;
import java.util.List;

/**
 * The order of a document's label styles, outermost first, from which heading levels are read
 * (annotation guide §1). A new style goes just below the style of the heading before it (a stack) and
 * keeps its level once seen: when a style already stands there, the new one shares its level
 * ({@code a)} first met under an article whose clauses {@code 1.} came before stands beside them, not
 * above them). The fixed orders hold whatever the order of appearance, and only they push a style seen
 * before one level down: keyword labels ({@code Phần} &gt; {@code Chương} &gt; {@code Mục} &gt;
 * {@code Điều}) above all others, Roman above Arabic, Arabic above dotted, and one level per dot; but a
 * {@code Mục} met after articles already placed below a chapter shares their level. A
 * dotted label brings the levels of its parents (plain Arabic, shorter dotted labels) even when they
 * never occur, so {@code 2.1} is one level below where {@code 2.} stands. Since a style seen later may go
 * above those seen before, levels are read once every heading has been placed.
 */
final class LevelLadder {

    /** A rung: a style, and for dotted labels the number of dots. */
    record Rung(LabelStyle style, int depth) {
    }

    /** The levels, outermost first; each holds the styles that stand at it. */
    private final List<List<Rung>> levels = new ArrayList<>();
    private Rung previous;

    /** Places the style of the next heading, in document order. */
    void add(LabelStyle style, int depth) {
        Rung rung = new Rung(style, depth);
        if (indexOf(rung) < 0) {
            if (style == LabelStyle.DOTTED) {
                previous = ensure(new Rung(LabelStyle.ARABIC, 0), previous);
                for (int d = 1; d < depth; d++) {
                    previous = ensure(new Rung(LabelStyle.DOTTED, d), previous);
                }
            }
            insert(rung, previous);
        }
        previous = rung;
    }

    /** The level (1 = outermost) of a style once all headings have been added; 0 if it was never added. */
    int level(LabelStyle style, int depth) {
        return indexOf(new Rung(style, depth)) + 1;
    }

    private int indexOf(Rung rung) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).contains(rung)) {
                return i;
            }
        }
        return -1;
    }

    private Rung ensure(Rung rung, Rung after) {
        if (indexOf(rung) < 0) {
            insert(rung, after);
        }
        return rung;
    }

    private void insert(Rung rung, Rung after) {
        int p = after == null ? levels.size() : indexOf(after) + 1;
        int lo = 0;
        int hi = levels.size();
        for (int i = 0; i < levels.size(); i++) {
            for (Rung r : levels.get(i)) {
                if (above(r, rung)) {
                    lo = Math.max(lo, i + 1);
                }
                if (above(rung, r)) {
                    hi = Math.min(hi, i);
                }
            }
        }
        p = Math.max(lo, Math.min(p, hi));
        if (p < levels.size() && !mustStandApart(levels.get(p), rung)) {
            levels.get(p).add(rung); // a style seen before keeps its level: share it
        } else {
            List<Rung> level = new ArrayList<>();
            level.add(rung);
            levels.add(p, level);
        }
    }

    /**
     * Whether {@code rung} may not share {@code level}: some style there must stand above or below it by
     * the fixed orders. {@code Mục} and {@code Điều} may share: a chapter without {@code Mục} has its
     * articles directly below it, and they keep that level when a later chapter groups its articles in
     * {@code Mục}.
     */
    private static boolean mustStandApart(List<Rung> level, Rung rung) {
        for (Rung r : level) {
            if ((above(rung, r) || above(r, rung)) && !sectionAndArticle(rung, r)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sectionAndArticle(Rung a, Rung b) {
        return (a.style() == LabelStyle.CHAPTER_SECTION && b.style() == LabelStyle.ARTICLE)
                || (a.style() == LabelStyle.ARTICLE && b.style() == LabelStyle.CHAPTER_SECTION);
    }

    /** Whether rung {@code a} must stand above rung {@code b} whatever order they appear in. */
    static boolean above(Rung a, Rung b) {
        LabelStyle x = a.style();
        LabelStyle y = b.style();
        if (x.keyword() || y.keyword()) {
            return x.keyword() && (!y.keyword() || x.ordinal() < y.ordinal());
        }
        if (x == LabelStyle.ROMAN) {
            return y == LabelStyle.ARABIC || y == LabelStyle.DOTTED;
        }
        if (x == LabelStyle.ARABIC) {
            return y == LabelStyle.DOTTED;
        }
        if (x == LabelStyle.DOTTED) {
            return y == LabelStyle.DOTTED && a.depth() < b.depth();
        }
        return false;
    }
}

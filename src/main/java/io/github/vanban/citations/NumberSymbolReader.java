package io.github.vanban.citations;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one number and symbol ({@code 281/QĐ-TTg}, {@code 30/2020/NĐ-CP}, {@code 217-QĐ/TƯ}, {@code 62 KL/TW})
 * around a slash, by hand-written scanning (no regular expressions), and writes it in canonical form.
 * Stateless and thread-safe.
 *
 * <p>Accepted variants: spaces around {@code /} and {@code -} (a line break after a hyphen too), {@code TƯ}
 * for {@code TW}, codes without diacritics ({@code QD}), a hyphen missing between known codes
 * ({@code QĐUBND}), a number with a letter suffix ({@code 30c}). Not accepted: digits on both sides of the
 * slash (dates, fractions, scales) and a single unknown symbol group without a year ({@code 01/HNCT}).
 */
public final class NumberSymbolReader {

    /** A number and symbol read from the text: where it is and what it says. */
    public record Reading(int start, int end, String id, String number, Integer year, String type,
                          CitationTables.Entry typeEntry, String issuer, List<String> issuerGroups,
                          CitationSystem system) {
    }

    private static final int MAX_NUMBER_DIGITS = 5;
    private final CitationTables tables;

    public NumberSymbolReader(CitationTables tables) {
        this.tables = tables;
    }

    /** The reading of the number and symbol whose first slash is at {@code slash}; null when there is none. */
    public Reading readAtSlash(String t, int slash) {
        int l = skipSpacesBack(t, slash - 1, 2);
        if (l < 0) {
            return null;
        }
        char c = t.charAt(l);
        if (isDigit(c) || (c >= 'a' && c <= 'z' && l > 0 && isDigit(t.charAt(l - 1)))) {
            return readState(t, l, slash);
        }
        if (Character.isLetter(c)) {
            return readParty(t, l, slash);
        }
        return null;
    }

    /** The number and symbol starting at or shortly after {@code from} (a header's {@code Số:}); null when none. */
    public Reading readAfter(String t, int from, int limit) {
        int i = from;
        while (i < limit && i < t.length() && isSpace(t.charAt(i))) {
            i++;
        }
        for (int j = i; j < Math.min(limit, t.length()); j++) {
            char c = t.charAt(j);
            if (c == '/') {
                Reading r = readAtSlash(t, j);
                return r != null && r.start() == i ? r : null;
            }
            if (c == '\n' && j > i + 12) {
                return null;
            }
        }
        return null;
    }

    private Reading readState(String t, int l, int slash) {
        int numEnd = l + 1;
        int i = l;
        if (!isDigit(t.charAt(i))) {
            i--;
        }
        while (i >= 0 && isDigit(t.charAt(i))) {
            i--;
        }
        int numStart = i + 1;
        int digits = numEnd - numStart - (isDigit(t.charAt(l)) ? 0 : 1);
        if (digits < 1 || digits > MAX_NUMBER_DIGITS || !boundaryBefore(t, numStart)) {
            return null;
        }
        int r = skipSpaces(t, slash + 1, 2);
        Integer year = null;
        if (r + 4 <= t.length() && isYear(t, r)) {
            int after = skipSpaces(t, r + 4, 2);
            if (after < t.length() && t.charAt(after) == '/') {
                year = fourDigits(t, r);
                r = skipSpaces(t, after + 1, 2);
            } else {
                return null;
            }
        }
        if (r >= t.length() || isDigit(t.charAt(r))) {
            return null;
        }
        List<int[]> groups = readGroups(t, r);
        if (groups.isEmpty()) {
            return null;
        }
        List<String> written = new ArrayList<>();
        for (int[] g : groups) {
            written.add(t.substring(g[0], g[1]));
        }
        int end = groups.get(groups.size() - 1)[1];
        String number = t.substring(numStart, numEnd);
        return classifyState(numStart, end, number, year, written);
    }

    private Reading classifyState(int start, int end, String number, Integer year, List<String> written) {
        List<String> groups = new ArrayList<>(written);
        CitationTables.Entry type = tables.type(groups.get(0), "STATE");
        if (type == null && tables.issuer(groups.get(0)) == null) {
            String[] split = splitGlued(groups.get(0));
            if (split != null) {
                groups.set(0, split[1]);
                groups.add(0, split[0]);
                type = tables.type(split[0], "STATE");
            }
        }
        List<String> issuers = new ArrayList<>();
        for (int k = type == null ? 0 : 1; k < groups.size(); k++) {
            issuers.add(canonicalIssuer(groups.get(k)));
        }
        if (issuers.isEmpty() && type == null) {
            return null;
        }
        if (type == null && issuers.size() == 1) {
            String stem = CitationTables.stripTerm(issuers.get(0));
            boolean legislative = year != null && (stem.equalsIgnoreCase("QH") || stem.equalsIgnoreCase("UBTVQH"));
            if (!legislative) {
                return null;
            }
        }
        if (type != null && issuers.isEmpty() && year == null) {
            return null;
        }
        CitationSystem system = CitationSystem.STATE;
        for (String g : issuers) {
            CitationTables.Entry e = tables.issuer(g);
            if (e != null && e.system().equals("FRONT")) {
                system = CitationSystem.FRONT;
            }
        }
        StringBuilder id = new StringBuilder(number).append('/');
        if (year != null) {
            id.append(year).append('/');
        }
        String typeCode = type == null ? null : type.code();
        if (typeCode != null) {
            id.append(typeCode);
        }
        String issuer = issuers.isEmpty() ? null : String.join("-", issuers);
        if (issuer != null) {
            if (typeCode != null) {
                id.append('-');
            }
            id.append(issuer);
        }
        return new Reading(start, end, id.toString(), number, year, typeCode, type, issuer, List.copyOf(issuers),
                system);
    }

    private Reading readParty(String t, int l, int slash) {
        int typeEnd = l + 1;
        int i = l;
        while (i >= 0 && Character.isLetter(t.charAt(i)) && typeEnd - i <= 6) {
            i--;
        }
        int typeStart = i + 1;
        if (typeEnd - typeStart > 5 || !Character.isUpperCase(t.charAt(typeStart)) || i < 0) {
            return null;
        }
        int j = i;
        boolean hyphen = false;
        int spaces = 0;
        while (j >= 0 && t.charAt(j) == ' ' && spaces < 2) {
            j--;
            spaces++;
        }
        if (j >= 0 && t.charAt(j) == '-') {
            hyphen = true;
            j = skipSpacesBack(t, j - 1, 2);
        } else if (spaces == 0) {
            return null;
        }
        if (j < 0 || !isDigit(t.charAt(j))) {
            return null;
        }
        int numEnd = j + 1;
        while (j >= 0 && isDigit(t.charAt(j))) {
            j--;
        }
        int numStart = j + 1;
        if (numEnd - numStart > MAX_NUMBER_DIGITS || !boundaryBefore(t, numStart)) {
            return null;
        }
        String typeWritten = t.substring(typeStart, typeEnd);
        CitationTables.Entry type = tables.type(typeWritten, "PARTY");
        if (!hyphen && type == null) {
            return null;
        }
        int r = skipSpaces(t, slash + 1, 2);
        int e = r;
        while (e < t.length() && (Character.isLetterOrDigit(t.charAt(e))) && e - r < 16) {
            e++;
        }
        if (e == r || !Character.isUpperCase(t.charAt(r)) || (e < t.length() && Character.isLetterOrDigit(t.charAt(e)))) {
            return null;
        }
        String issuer = canonicalIssuer(t.substring(r, e));
        String typeCode = type == null ? typeWritten : type.code();
        String number = t.substring(numStart, numEnd);
        String id = number + "-" + typeCode + "/" + issuer;
        return new Reading(numStart, e, id, number, null, typeCode, type, issuer, List.of(issuer), CitationSystem.PARTY);
    }

    /** Symbol groups from {@code r}: letter-led runs of letters and digits joined by hyphens. */
    private static List<int[]> readGroups(String t, int r) {
        List<int[]> groups = new ArrayList<>();
        int i = r;
        while (i < t.length()) {
            if (!Character.isUpperCase(t.charAt(i))) {
                break;
            }
            int s = i;
            while (i < t.length() && Character.isLetterOrDigit(t.charAt(i)) && i - s < 30) {
                i++;
            }
            groups.add(new int[] {s, i});
            int k = i;
            int before = 0;
            while (k < t.length() && t.charAt(k) == ' ' && before < 1) {
                k++;
                before++;
            }
            if (k >= t.length() || (t.charAt(k) != '-' && !(t.charAt(k) == '/' && "TTLT".equals(t.substring(s, i))))) {
                break;
            }
            int n = k + 1;
            int after = 0;
            while (n < t.length() && isSpace(t.charAt(n)) && after < 2) {
                n++;
                after++;
            }
            if (n >= t.length() || !Character.isUpperCase(t.charAt(n))) {
                break;
            }
            if (before + after > 0 && !allCapsWord(t, n)) {
                break;
            }
            i = n;
        }
        return groups;
    }

    private static boolean allCapsWord(String t, int n) {
        int i = n;
        while (i < t.length() && Character.isLetterOrDigit(t.charAt(i))) {
            if (Character.isLowerCase(t.charAt(i))) {
                return false;
            }
            i++;
        }
        return i - n >= 2;
    }

    /** Splits a group that lost its hyphen ({@code QĐUBND}) into a known type and a known issuer. */
    private String[] splitGlued(String g) {
        for (int k = Math.min(5, g.length() - 1); k >= 1; k--) {
            String head = g.substring(0, k);
            String tail = g.substring(k);
            if (tables.type(head, "STATE") != null && tables.issuer(tail) != null) {
                return new String[] {head, tail};
            }
        }
        return null;
    }

    /** An issuer group in canonical form: {@code TƯ} as {@code TW}, known codes in their official case. */
    String canonicalIssuer(String g) {
        String s = g.replace("TƯ", "TW").replace("Tư", "TW");
        CitationTables.Entry e = tables.issuer(s);
        if (e == null) {
            return s;
        }
        String term = s.substring(CitationTables.stripTerm(s).length());
        return e.code() + term;
    }

    private static boolean boundaryBefore(String t, int i) {
        if (i == 0) {
            return true;
        }
        char p = t.charAt(i - 1);
        if (Character.isLetterOrDigit(p)) {
            // list numbers glued to a title ("4Quyết định 3421/...") do not reach here; letters glued before a
            // number ("trasố46/") are rare; refuse them
            return false;
        }
        if (p == '/' || p == '.' || p == ',' && i >= 2 && isDigit(t.charAt(i - 2))) {
            return false;
        }
        if (p == '-' && i >= 2 && isDigit(t.charAt(i - 2))) {
            return false;
        }
        return true;
    }

    private static boolean isYear(String t, int r) {
        for (int k = 0; k < 4; k++) {
            if (!isDigit(t.charAt(r + k))) {
                return false;
            }
        }
        if (r + 4 < t.length() && isDigit(t.charAt(r + 4))) {
            return false;
        }
        int y = fourDigits(t, r);
        return y >= 1945 && y <= 2100;
    }

    /** The value of the four ASCII digits at {@code r}. */
    private static int fourDigits(String t, int r) {
        int v = 0;
        for (int k = 0; k < 4; k++) {
            v = v * 10 + (t.charAt(r + k) - '0');
        }
        return v;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t';
    }

    private static int skipSpaces(String t, int i, int max) {
        int n = 0;
        while (i < t.length() && isSpace(t.charAt(i)) && n < max) {
            i++;
            n++;
        }
        return i;
    }

    private static int skipSpacesBack(String t, int i, int max) {
        int n = 0;
        while (i >= 0 && isSpace(t.charAt(i)) && n < max) {
            i--;
            n++;
        }
        return i;
    }

    /** The issuer's full name from its known groups (all of them for a joint document); null when none is known. */
    public String issuerName(NumberSymbolReader.Reading r) {
        List<String> names = new ArrayList<>();
        for (String g : r.issuerGroups()) {
            CitationTables.Entry e = tables.issuer(g);
            if (e == null) {
                continue;
            }
            String term = g.substring(CitationTables.stripTerm(g).length());
            names.add(term.isEmpty() ? e.name() : e.name() + " khóa " + roman(Integer.parseInt(term)));
        }
        if (names.isEmpty()) {
            return null;
        }
        boolean joint = r.type() != null && (r.type().equals("TTLT") || r.type().equals("NQLT"));
        return joint ? String.join(", ", names) : names.get(0);
    }

    private static String roman(int n) {
        String[] r = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
            "XV", "XVI", "XVII", "XVIII", "XIX", "XX"};
        return n >= 0 && n < r.length ? r[n] : Integer.toString(n);
    }

    /** A citation of the reading, with no issue date, issuing body or title. */
    public Citation citation(io.github.vanban.ParseContext context, Reading r) {
        return new Citation(context.span(r.start(), r.end()), r.id(), r.number(), r.year(), r.type(),
                r.typeEntry() == null ? null : r.typeEntry().name(), r.typeEntry() == null ? null : r.typeEntry().gloss(),
                r.issuer(), issuerName(r), r.system(), null, null, null);
    }
}

package io.github.vanban.dates;

/**
 * The words, numbers and punctuation marks of a stretch of normalised text, read lazily: a token is cut
 * from the text only when the grammar first asks for it, and only a window of tokens is kept (those from
 * {@link #release}'s mark on), so memory stays bounded however long the text. Each token knows its offsets,
 * whether it is glued to the one before, and how many line feeds precede it; a word keeps its key when the
 * grammar knows it, and a number its value.
 *
 * <p>Token indices are absolute (the first token of the stretch is 0). Asking for a token past the end of
 * the stretch reads as no token ({@link #has} false; {@link #kind} 0).
 *
 * <p>A reader that wants only the tokens where an expression may start can {@link #skipToTrigger skip}
 * the stretch before the next one: its tokens are not cut, and the few before the trigger that the grammar
 * looks back at are cut backwards from the text when asked for. Indices stay in order across a skip, and
 * a token reads the same whether it was cut forwards or backwards.
 */
final class Tokens {

    static final byte WORD = 1;
    static final byte NUM = 2;
    static final byte PUNCT = 3;

    private static final int INITIAL_CAPACITY = 128;
    private static final int UNKNOWN = -2;

    /** Indices left free before the first token after a skip, so that the tokens cut back keep indices above 0. */
    private static final int ROOM = 64;
    /** Skips shorter than this many tokens are not worth it. */
    private static final int FEW = 4;

    final String text;
    private final int from;
    private final int to;
    private final Vocabulary vocabulary;

    /** Number of tokens cut so far; tokens {@code [size - capacity, size)} at most are held. */
    private int size;
    /** Where cutting resumes in the text. */
    private int pos;
    /** True when the stretch has no more tokens. */
    private boolean done;
    /** The lowest token index still wanted. */
    private int keepFrom;
    /** The lowest index of a token cut (forwards or backwards) since the last skip. */
    private int lo;
    /** Where token {@link #lo} starts in the text (where cutting backwards resumes). */
    private int loStart;
    /** Where the next possible trigger starts when {@link #skipToTrigger} found it close ahead, else -1. */
    private int nextTrigger = -1;
    /** Where the trigger word last found by {@link #skipToTrigger} starts, and its slot, so that it is looked up once. */
    private int foundStart = -1;
    private int foundSlot;
    /** The words starting in {@code [plainFrom, plainTo)} were passed by the last skip: none is a trigger. */
    private int plainFrom;
    private int plainTo;
    /** Index of the first token of the stretch once known, else {@link Integer#MIN_VALUE}. */
    private int first;

    /** The lowest index of a token held: tokens {@code [heldFrom, size)} may be read straight away. */
    private int heldFrom;
    private int mask;
    private int[] start;
    private int[] end;
    /** A number's value (of at most 9 digits, else -1); a word's vocabulary slot (-1 when not in it, {@link #UNKNOWN} until looked up). */
    private int[] value;
    /** The kind ({@link #KIND} bits), the line feeds before the token (0, 1, or 2 for more) and whether it is a trigger word. */
    private byte[] info;

    private static final int KIND = 3;
    private static final int LINE = 1 << 2;
    private static final int PARAGRAPH = 2 << 2;
    private static final int TRIGGER = 1 << 4;

    private Tokens(String text, int from, int to, Vocabulary vocabulary) {
        this.text = text;
        this.from = from;
        this.pos = from;
        this.to = to;
        this.vocabulary = vocabulary;
        allocate(INITIAL_CAPACITY);
    }

    private void allocate(int capacity) {
        mask = capacity - 1;
        start = new int[capacity];
        end = new int[capacity];
        value = new int[capacity];
        info = new byte[capacity];
    }

    /**
     * The tokens of {@code text[from, to)}: letters run into words, digits into numbers, anything else but
     * white space is one mark. A word keeps its key when it is in {@code vocabulary}, else the empty string.
     */
    static Tokens of(String text, int from, int to, Vocabulary vocabulary) {
        return new Tokens(text, from, to, vocabulary);
    }

    /** Says that tokens before {@code index} will not be asked for again: their room may be reused. */
    void release(int index) {
        if (index > keepFrom) {
            keepFrom = Math.min(index, size);
        }
    }

    /*
     * Access. Tokens [heldFrom, size) are held: a read of one of them is two compares and an array read,
     * small enough to be inlined wherever the grammar reads a token. Any other index goes through
     * reach (cut forwards), or reachBack (cut backwards; a token no longer held is an error).
     */

    /** True when token {@code i} exists. */
    boolean has(int i) {
        return i >= heldFrom && i < size || reach(i);
    }

    /** {@link #has}, for readers that take a token before the first as an error. */
    private boolean at(int i) {
        return i >= heldFrom && i < size || reachOrThrow(i);
    }

    /** True when {@code i} is below the number of tokens of the stretch (whatever that turns out to be). */
    boolean within(int i) {
        return i < size || fill(i);
    }

    /** {@link #has} for a token not held: cuts forwards or backwards as needed. */
    private boolean reach(int i) {
        if (i >= size) {
            return fill(i);
        }
        if (i < lo) {
            return cutBack(i);
        }
        throw noLongerHeld(i);
    }

    /** {@link #reach}, but a token before the first is an error too. */
    private boolean reachOrThrow(int i) {
        if (i >= size) {
            return fill(i);
        }
        if (i < lo && cutBack(i)) {
            return true;
        }
        throw noLongerHeld(i);
    }

    private static IndexOutOfBoundsException noLongerHeld(int i) {
        return new IndexOutOfBoundsException("token " + i + " is no longer held");
    }

    /** Cuts tokens until token {@code i} exists or the text ends; true when it exists. */
    private boolean fill(int i) {
        while (size <= i && !done) {
            next();
        }
        return i < size;
    }

    /** Sets {@link #heldFrom} after {@link #size}, {@link #lo} or the window changed. */
    private void held() {
        heldFrom = Math.max(lo, size - mask - 1);
    }

    /**
     * Skips, when token {@code i} is not cut yet, the tokens before the next one where an expression may
     * start: a number, a bracket {@code (}, or a trigger word of the vocabulary.
     *
     * @return the index the next token (a trigger, or none at the end of the stretch) will have
     */
    int skipToTrigger(int i) {
        if (i != size || done || pos <= nextTrigger) {
            return i;
        }
        String text = this.text;
        int to = this.to;
        int q = pos;
        int skipped = 0;
        plainFrom = q;
        while (q < to) {
            char c = text.charAt(q);
            byte cls = charClass(c);
            if (cls == C_SPACE || cls == C_NEWLINE) {
                q++;
            } else if (cls == C_DIGIT || c == '(') {
                break;
            } else if (cls == C_LETTER) {
                // most words are refused by a loose hash taken while passing them; the others are looked up
                int s = q++;
                int h = LOOSE[c];
                char l;
                while (q < to && (l = LOOSE[text.charAt(q)]) != 0) {
                    h = 31 * h + l;
                    q++;
                }
                int t = vocabulary.findTrigger(text, s, q, h);
                if (t >= 0) {
                    foundStart = s;
                    foundSlot = t;
                    q = s;
                    break;
                }
                skipped++;
            } else {
                q++;
                skipped++;
            }
        }
        plainTo = q;
        if (skipped < FEW) {
            nextTrigger = q; // cutting the few tokens before it costs less than cutting back after a skip
            return i;
        }
        int resume = q;
        while (resume > from && charClass(text.charAt(resume - 1)) <= C_NEWLINE) {
            resume--;
        }
        pos = resume;
        size += ROOM;
        keepFrom = size - ROOM;
        lo = size;
        held();
        loStart = q;
        first = Integer.MIN_VALUE;
        return size;
    }

    /** Cuts the tokens before {@link #lo} backwards until token {@code i} exists; false when the stretch has none so early. */
    private boolean cutBack(int i) {
        if (i < first || size - i > mask + 1) {
            return false;
        }
        String text = this.text;
        while (lo > i) {
            int q = loStart;
            while (q > from && charClass(text.charAt(q - 1)) <= C_NEWLINE) {
                q--;
            }
            if (q == from) {
                first = lo;
                return false;
            }
            int e = q;
            byte cls = charClass(text.charAt(q - 1));
            byte k;
            q--;
            if (cls == C_DIGIT || cls == C_LETTER) {
                k = cls == C_DIGIT ? NUM : WORD;
                while (q > from && charClass(text.charAt(q - 1)) == cls) {
                    q--;
                }
            } else {
                k = PUNCT;
            }
            int s = q;
            int nl = 0;
            while (q > from && charClass(text.charAt(q - 1)) <= C_NEWLINE) {
                if (text.charAt(--q) == '\n') {
                    nl++;
                }
            }
            lo--;
            held();
            loStart = s;
            put(lo & mask, s, e, k, nl);
        }
        return true;
    }

    private void next() {
        String text = this.text;
        int to = this.to;
        int i = pos;
        int nl = 0;
        while (i < to) {
            char c = text.charAt(i);
            byte cls = charClass(c);
            if (cls == C_NEWLINE) {
                nl++;
                i++;
                continue;
            }
            if (cls == C_SPACE) {
                i++;
                continue;
            }
            int s = i;
            i++;
            byte k;
            if (cls == C_DIGIT) {
                k = NUM;
                while (i < to && charClass(text.charAt(i)) == C_DIGIT) {
                    i++;
                }
            } else if (cls == C_LETTER) {
                k = WORD;
                while (i < to && charClass(text.charAt(i)) == C_LETTER) {
                    i++;
                }
            } else {
                k = PUNCT;
            }
            pos = i;
            add(s, i, k, nl);
            return;
        }
        pos = i;
        done = true;
    }

    private static final byte C_SPACE = 0;
    private static final byte C_NEWLINE = 1;
    private static final byte C_DIGIT = 2;
    private static final byte C_LETTER = 3;
    private static final byte C_OTHER = 4;
    /** The class of every char: white space, line feed, digit, letter, or a mark of its own. */
    private static final byte[] CLASSES = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            CLASSES[c] = classify((char) c);
        }
    }

    /** {@link Vocabulary#looseChar} of each letter, 0 for any other char: one table read per letter of a word. */
    private static final char[] LOOSE = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            LOOSE[c] = CLASSES[c] == C_LETTER ? Vocabulary.looseChar((char) c) : 0;
        }
    }

    /** The loose hash of the word {@code text[s, e)} (see {@link Vocabulary#findTrigger}). */
    private int looseHash(int s, int e) {
        int h = 0;
        for (int j = s; j < e; j++) {
            h = 31 * h + LOOSE[text.charAt(j)];
        }
        return h;
    }

    private static byte charClass(char c) {
        return CLASSES[c];
    }

    private static byte classify(char c) {
        if (c == '\n') {
            return C_NEWLINE;
        }
        if (c == ' ' || (c < 128 ? c <= ' ' : !commonLetter(c) && Character.isWhitespace(c))) {
            return C_SPACE;
        }
        if (c >= '0' && c <= '9') {
            return C_DIGIT;
        }
        return isLetter(c) ? C_LETTER : C_OTHER;
    }

    private static boolean isLetter(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        if (commonLetter(c)) {
            return true;
        }
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** True for the letters of Vietnamese text past ASCII: Latin-1, Latin Extended-A/B and Additional. */
    private static boolean commonLetter(char c) {
        return c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7' || c >= '\u1EA0' && c <= '\u1EF9';
    }

    private void add(int s, int e, byte k, int nl) {
        if (size - keepFrom > mask) {
            grow();
        }
        put(size & mask, s, e, k, nl);
        size++;
        held();
    }

    private void put(int x, int s, int e, byte k, int nl) {
        start[x] = s;
        end[x] = e;
        int flags = k | (nl >= 2 ? PARAGRAPH : nl == 1 ? LINE : 0);
        int v = 0;
        if (k == WORD) {
            // a trigger word gets its key now; any other word only when the grammar asks
            int t = s == foundStart ? foundSlot
                    : s >= plainFrom && s < plainTo ? -1
                    : vocabulary.findTrigger(text, s, e, looseHash(s, e));
            if (t >= 0) {
                v = t;
                flags |= TRIGGER;
            } else {
                v = UNKNOWN;
            }
        } else if (k == NUM) {
            if (e - s > 9) {
                v = -1;
            } else {
                for (int j = s; j < e; j++) {
                    v = v * 10 + (text.charAt(j) - '0');
                }
            }
        }
        value[x] = v;
        info[x] = (byte) flags;
    }

    /** The vocabulary slot of the word in window slot {@code x}, looked up on first use. */
    private int wordSlot(int x) {
        int w = value[x];
        return w != UNKNOWN ? w : lookUp(x);
    }

    private int lookUp(int x) {
        int w = vocabulary.find(text, start[x], end[x]);
        value[x] = w;
        return w;
    }

    /** Doubles the window, keeping every held token at its index. */
    private void grow() {
        int[] os = start;
        int[] oe = end;
        int[] ov = value;
        byte[] oi = info;
        int oldMask = mask;
        allocate((mask + 1) * 2);
        for (int i = Math.max(lo, size - oldMask - 1); i < size; i++) {
            int a = i & oldMask;
            int b = i & mask;
            start[b] = os[a];
            end[b] = oe[a];
            value[b] = ov[a];
            info[b] = oi[a];
        }
    }

    /** The kind of token {@code i}: {@link #WORD}, {@link #NUM}, {@link #PUNCT}, or 0 past the end. */
    byte kind(int i) {
        return at(i) ? (byte) (info[i & mask] & KIND) : 0;
    }

    int start(int i) {
        return at(i) ? start[i & mask] : 0;
    }

    int end(int i) {
        return at(i) ? end[i & mask] : 0;
    }

    /** Value of number token {@code i} of at most 9 digits, else -1. */
    int num(int i) {
        return at(i) ? numAt(i & mask) : 0;
    }

    private int numAt(int x) {
        return (info[x] & KIND) == NUM ? value[x] : 0;
    }

    /** The key of word token {@code i} when the grammar knows the word, else the empty string. */
    String lower(int i) {
        return at(i) ? lowerAt(i & mask) : null;
    }

    private String lowerAt(int x) {
        return (info[x] & KIND) == WORD ? vocabulary.key(wordSlot(x)) : null;
    }

    /** True when token {@code i} is a word of the vocabulary that may start a date expression. */
    boolean trigger(int i) {
        return at(i) && (info[i & mask] & TRIGGER) != 0;
    }

    /** True when token {@code i} is a word with any of the vocabulary {@code ROLE_} bits {@code roles}. */
    boolean hasRole(int i, int roles) {
        return has(i) && hasRoleAt(i & mask, roles);
    }

    private boolean hasRoleAt(int x, int roles) {
        return (info[x] & KIND) == WORD && (vocabulary.roles(wordSlot(x)) & roles) != 0;
    }

    boolean isWord(int i) {
        return has(i) && (info[i & mask] & KIND) == WORD;
    }

    boolean isWord(int i, String w) {
        return has(i) && isWordAt(i & mask, w);
    }

    private boolean isWordAt(int x, String w) {
        // a key has the length of its word: other lengths need no lookup
        return end[x] - start[x] == w.length() && isKeyAt(x, w);
    }

    private boolean isKeyAt(int x, String w) {
        return (info[x] & KIND) == WORD && vocabulary.key(wordSlot(x)).equals(w);
    }

    boolean isNum(int i) {
        return has(i) && (info[i & mask] & KIND) == NUM;
    }

    boolean isPunct(int i, char c) {
        return has(i) && isPunctAt(i & mask, c);
    }

    private boolean isPunctAt(int x, char c) {
        return (info[x] & KIND) == PUNCT && text.charAt(start[x]) == c;
    }

    boolean isPunct(int i) {
        return has(i) && (info[i & mask] & KIND) == PUNCT;
    }

    char ch(int i) {
        return text.charAt(start(i));
    }

    int digits(int i) {
        return end(i) - start(i);
    }

    /** True when token {@code i} touches the token before it (no white space between). */
    boolean glued(int i) {
        return has(i) && has(i - 1) && gluedAt(i);
    }

    private boolean gluedAt(int i) {
        return start[i & mask] == end[(i - 1) & mask];
    }

    /** True when token {@code i} starts with an upper-case letter. */
    boolean capitalised(int i) {
        return isWord(i) && Character.isUpperCase(text.charAt(start[i & mask]));
    }

    /** True when the gap before token {@code i} holds a blank line (a paragraph break). */
    boolean paragraphBefore(int i) {
        return at(i) && (info[i & mask] & PARAGRAPH) != 0;
    }

    /** True when a line feed lies between token {@code i} and the one before. */
    boolean lineBefore(int i) {
        return at(i) && (info[i & mask] & (LINE | PARAGRAPH)) != 0;
    }
}

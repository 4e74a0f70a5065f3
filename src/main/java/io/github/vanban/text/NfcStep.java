package io.github.vanban.text;

import com.ibm.icu.text.Normalizer2;

/**
 * Unicode canonical composition (NFC) with ICU4J. Decomposed Vietnamese ({@code e} + U+0302 + U+0301)
 * becomes one precomposed letter ({@code ế}); every char of a composed letter maps back to the first
 * char of its decomposed source.
 */
final class NfcStep implements NormalizationStep {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    @Override
    public Rewritten apply(String input) {
        int firstChange = NFC.spanQuickCheckYes(input);
        if (firstChange == input.length()) {
            return Rewritten.unchanged(input);
        }
        // back up to the start of the normalisation segment that holds the first change
        int segmentStart = firstChange;
        while (segmentStart > 0 && !NFC.hasBoundaryBefore(input.codePointAt(segmentStart))) {
            segmentStart = input.offsetByCodePoints(segmentStart, -1);
        }
        StringBuilder out = new StringBuilder(input.length());
        OffsetMap.Builder map = new OffsetMap.Builder(input.length());
        out.append(input, 0, segmentStart);
        for (int i = 0; i < segmentStart; i++) {
            map.add(i);
        }
        int i = segmentStart;
        while (i < input.length()) {
            int end = i + Character.charCount(input.codePointAt(i));
            while (end < input.length() && !NFC.hasBoundaryBefore(input.codePointAt(end))) {
                end += Character.charCount(input.codePointAt(end));
            }
            String segment = input.substring(i, end);
            String composed = NFC.normalize(segment);
            if (composed.equals(segment)) {
                for (int k = 0; k < segment.length(); k++) {
                    map.add(i + k);
                }
            } else {
                for (int k = 0; k < composed.length(); k++) {
                    map.add(i, end);
                }
            }
            out.append(composed);
            i = end;
        }
        return new Rewritten(out.toString(), map.build(input.length()));
    }
}

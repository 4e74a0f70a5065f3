package io.github.vanban.text;

import java.util.List;

/**
 * The normalisation every extractor sees, as a chain of small steps that each keep an offset map:
 * invisible characters dropped, Unicode NFC (ICU4J), look-alike characters folded (odd spaces, dashes,
 * quotes, {@code Ð}), tone marks of {@code oa}/{@code oe}/{@code uy} placed one way.
 *
 * <p>Stateless and thread-safe; {@link #standard()} is the chain the library uses.
 */
public final class TextNormalizer {

    private static final TextNormalizer STANDARD = new TextNormalizer(List.of(
            new InvisibleCharStep(), new NfcStep(), new CharFoldStep(), new TonePlacementStep()), true);

    private final List<NormalizationStep> steps;
    /** Whether this is the standard chain, which most texts pass in one pass ({@link OnePassNormalization}). */
    private final boolean onePass;

    private TextNormalizer(List<NormalizationStep> steps, boolean onePass) {
        this.steps = List.copyOf(steps);
        this.onePass = onePass;
    }

    /** The library's chain of steps. */
    public static TextNormalizer standard() {
        return STANDARD;
    }

    /** A chain of the given steps, applied in order. */
    public static TextNormalizer of(List<NormalizationStep> steps) {
        return new TextNormalizer(steps, false);
    }

    /** Normalises {@code original}, keeping the map from the result's offsets back to it. */
    public NormalizedText normalize(String original) {
        if (onePass) {
            String inPlace = OnePassNormalization.normalize(original);
            if (inPlace != null) {
                return new NormalizedText(original, inPlace, OffsetMap.IDENTITY);
            }
            // chars to drop (CR LF, NUL, ...): the NFC step is skipped when nothing can compose once they are gone
            return normalizeStepByStep(original, !OnePassNormalization.mayComposeAfterDrops(original));
        }
        return normalizeStepByStep(original, false);
    }

    /** Normalises {@code original} one step after the other. */
    NormalizedText normalizeStepByStep(String original) {
        return normalizeStepByStep(original, false);
    }

    /** Normalises {@code original} one step after the other, without the NFC step if {@code skipNfc}. */
    private NormalizedText normalizeStepByStep(String original, boolean skipNfc) {
        String text = original;
        OffsetMap map = OffsetMap.IDENTITY;
        int k = 0;
        while (k < steps.size()) {
            NormalizationStep step = steps.get(k);
            if (step instanceof InPlaceStep && k + 1 < steps.size() && steps.get(k + 1) instanceof InPlaceStep) {
                // one-for-one steps in a row share one copy of the text
                char[] chars = text.toCharArray();
                boolean changed = false;
                if (onePass && step instanceof CharFoldStep && steps.get(k + 1) instanceof TonePlacementStep) {
                    // the standard chain's fold and tone steps, in one pass over the chars
                    changed = OnePassNormalization.foldAndPlaceTones(chars);
                    k += 2;
                }
                while (k < steps.size() && steps.get(k) instanceof InPlaceStep inPlace) {
                    changed |= inPlace.rewrite(chars);
                    k++;
                }
                if (changed) {
                    text = new String(chars);
                }
                continue;
            }
            if (skipNfc && step instanceof NfcStep) {
                k++;
                continue;
            }
            NormalizationStep.Rewritten out = step.apply(text);
            map = map.then(out.map());
            text = out.text();
            k++;
        }
        return new NormalizedText(original, text, map);
    }
}

package io.github.vanban.sections;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * The features the section-kind model reads from a heading title's syllables (already lower-cased match
 * keys, see {@link SectionKindModel#words}): each pair and each triple of adjacent syllables (Vietnamese
 * words are mostly two syllables: {@code kết quả}, {@code mục đích}, {@code phạm vi}; a syllable alone
 * says little), the first syllable and the first pair (kind words lead a title: {@code Kết quả …},
 * {@code Phương hướng …}), and the title's length (long titles run on into a sentence and mention kind
 * words in passing). OpenNLP creates it by name when
 * the model is read, so it needs the public no-argument constructor. Stateless and thread-safe.
 */
public final class TitleFeatures implements FeatureGenerator {

    public TitleFeatures() {
    }

    @Override
    public Collection<String> extractFeatures(String[] words, Map<String, Object> extraInformation) {
        List<String> f = new ArrayList<>(words.length * 2 + 4);
        for (int i = 0; i < words.length; i++) {
            if (i + 1 < words.length) {
                f.add("b=" + words[i] + "_" + words[i + 1]);
            }
            if (i + 2 < words.length) {
                f.add("t=" + words[i] + "_" + words[i + 1] + "_" + words[i + 2]);
            }
        }
        if (words.length > 0) {
            f.add("f=" + words[0]);
        }
        if (words.length > 1) {
            f.add("f2=" + words[0] + "_" + words[1]);
        }
        f.add("len=" + (words.length <= 3 ? "short" : words.length <= 8 ? "mid" : "long"));
        return f;
    }
}

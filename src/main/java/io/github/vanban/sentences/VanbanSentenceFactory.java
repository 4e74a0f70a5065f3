package io.github.vanban.sentences;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.util.StringList;

/**
 * The OpenNLP factory stored in vanban's sentence model. Besides the language and the abbreviation
 * dictionary it stores two word lists the features need: the pairs of adjacent words seen inside lines
 * of the training texts ({@code ủy ban}, {@code làm việc}: a line break between them is a hard wrap) and
 * the words a sentence does not end on ({@code của}, {@code và}, {@code cho}). OpenNLP creates it by name
 * when the model is read, so it needs the public no-argument constructor.
 */
public class VanbanSentenceFactory extends SentenceDetectorFactory {

    /** End-of-sentence characters the model is asked about (the line feed for hard-wrapped lines). */
    static final char[] EOS = {'.', '…', '\n'};
    private static final String PAIRS = "pairs.dictionary";
    private static final String OPEN_WORDS = "open-words.dictionary";
    private static final String FINAL_ABBREVIATIONS = "final-abbreviations.dictionary";

    private Dictionary pairs;
    private Dictionary openWords;
    private Dictionary finalAbbreviations;
    private volatile SentenceFeatures features;
    private volatile WordLists words;

    public VanbanSentenceFactory() {
    }

    VanbanSentenceFactory(WordLists words, Dictionary pairs) {
        super("vi", true, words.abbreviationDictionary(), EOS);
        this.pairs = pairs;
        this.openWords = words.openWordDictionary();
        this.finalAbbreviations = words.finalAbbreviationDictionary();
    }

    @Override
    public Map<String, Object> createArtifactMap() {
        Map<String, Object> map = super.createArtifactMap();
        if (pairs != null) {
            map.put(PAIRS, pairs);
        }
        if (openWords != null) {
            map.put(OPEN_WORDS, openWords);
        }
        if (finalAbbreviations != null) {
            map.put(FINAL_ABBREVIATIONS, finalAbbreviations);
        }
        return map;
    }

    @Override
    public SDContextGenerator getSDContextGenerator() {
        return features();
    }

    /** The features of this model; built once (they are immutable). */
    SentenceFeatures features() {
        SentenceFeatures f = features;
        if (f == null) {
            f = new SentenceFeatures(wordLists(), joined(artifact(PAIRS, pairs)));
            features = f;
        }
        return f;
    }

    /** The word lists stored in this model. */
    WordLists wordLists() {
        WordLists w = words;
        if (w == null) {
            w = WordLists.of(getAbbreviationDictionary(), artifact(FINAL_ABBREVIATIONS, finalAbbreviations),
                    artifact(OPEN_WORDS, openWords));
            words = w;
        }
        return w;
    }

    private Dictionary artifact(String name, Dictionary given) {
        if (given != null || artifactProvider == null) {
            return given;
        }
        return artifactProvider.getArtifact(name);
    }

    private static Set<String> joined(Dictionary dictionary) {
        Set<String> out = new HashSet<>();
        if (dictionary != null) {
            for (Iterator<StringList> it = dictionary.iterator(); it.hasNext(); ) {
                out.add(String.join(" ", it.next()));
            }
        }
        return Set.copyOf(out);
    }
}

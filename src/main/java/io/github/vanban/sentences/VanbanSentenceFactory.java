package io.github.vanban.sentences;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorFactory;

/**
 * The OpenNLP factory stored in vanban's sentence model: Vietnamese, the abbreviations of
 * {@code abbreviations.txt} as the model's dictionary, and {@link SentenceFeatures} as its context
 * generator. OpenNLP creates it by name when the model is read, so it needs the public no-argument
 * constructor.
 */
public class VanbanSentenceFactory extends SentenceDetectorFactory {

    /** End-of-sentence characters the model is asked about (the line feed for hard-wrapped lines). */
    static final char[] EOS = {'.', '…', '\n'};

    public VanbanSentenceFactory() {
    }

    VanbanSentenceFactory(Dictionary abbreviations) {
        super("vi", true, abbreviations, EOS);
    }

    @Override
    public SDContextGenerator getSDContextGenerator() {
        return new SentenceFeatures(Abbreviations.of(getAbbreviationDictionary()));
    }
}

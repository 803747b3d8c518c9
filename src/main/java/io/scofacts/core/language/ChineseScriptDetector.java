package io.scofacts.core.language;

import com.hankcs.hanlp.HanLP;

/**
 * Tells simplified from traditional Chinese by counting the characters that only one of the
 * two scripts uses. The character tables are HanLP's (its conversion dictionaries), chosen
 * because HanLP is the Chinese NLP library the extractor builds on and its tables are kept up
 * to date with the OpenCC data; the JDK has no such data.
 */
public final class ChineseScriptDetector {

    /** Enough characters to decide; the rest of a long article adds cost, not certainty. */
    private static final int SAMPLE = 4000;

    public String detect(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        String simplified = HanLP.convertToSimplifiedChinese(sample);
        String traditional = HanLP.convertToTraditionalChinese(sample);
        int traditionalOnly = differing(sample, simplified);
        int simplifiedOnly = differing(sample, traditional);
        return traditionalOnly > simplifiedOnly ? "Hant" : "Hans";
    }

    /** Positions where the conversion changed a character (phrase conversions of unequal length count once). */
    private static int differing(String original, String converted) {
        if (original.length() != converted.length()) {
            return Math.abs(original.length() - converted.length());
        }
        int count = 0;
        for (int i = 0; i < original.length(); i++) {
            if (original.charAt(i) != converted.charAt(i)) {
                count++;
            }
        }
        return count;
    }
}

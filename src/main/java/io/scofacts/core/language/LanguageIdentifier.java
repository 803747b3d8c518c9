package io.scofacts.core.language;

import io.scofacts.core.lexicon.LazyValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Detects a story's language. Letters are counted by script first: Han, kana and Hangul
 * decide Chinese, Japanese and Korean outright (OpenNLP's model cannot tell Chinese scripts
 * apart and is unreliable on short text), then OpenNLP's language-detection model (103
 * languages) decides among languages written in the same alphabet (Russian or Kazakh,
 * English or Uzbek), unless the spelling alone already shows Russian or English
 * ({@link OrthographicGuess}), which spares most articles the model's load and run time. A hint
 * from the submitter wins when it does not contradict the script.
 */
public final class LanguageIdentifier {

    private static final String MODEL_RESOURCE = "langdetect-183.bin";
    /** OpenNLP's n-gram model needs a few hundred characters; more adds cost, not accuracy. */
    private static final int MODEL_SAMPLE = 3000;
    private static final Set<String> CYRILLIC_LANGUAGES = Set.of("ru", "uk", "be", "bg", "kk", "ky", "mn", "sr", "mk", "tg");

    /** Built when the n-gram model first answers: Chinese, Japanese and Korean text never asks. */
    private static final class Iso6391 {
        static final Map<String, String> BY_ISO_639_3 = iso6391ByIso6393();
    }

    /** Built on the first Chinese text: its character tables are of no use to the others. */
    private final LazyValue<ChineseScriptDetector> scriptDetector = new LazyValue<>(ChineseScriptDetector::new);
    private final OrthographicGuess orthography = new OrthographicGuess();
    /** Loaded on the first text the orthography cannot place. */
    private final LazyValue<LanguageDetectorModel> model = new LazyValue<>(LanguageIdentifier::loadModel);

    public LanguageGuess identify(String text, String hint) {
        ScriptCounts counts = ScriptCounts.of(text);
        int letters = counts.letters();
        if (letters == 0) {
            return new LanguageGuess(normalizedHint(hint, LanguageGuess.UNDETERMINED), null);
        }
        if (counts.kana() * 10 > letters) {
            return new LanguageGuess("ja", null);
        }
        if (counts.hangul() * 4 > letters) {
            return new LanguageGuess("ko", null);
        }
        if (counts.han() * 4 > letters) {
            return new LanguageGuess("zh", scriptDetector.get().detect(text));
        }
        String hinted = normalizedHint(hint, null);
        boolean cyrillic = counts.cyrillic() > counts.latin();
        if (hinted != null && !"zh".equals(hinted) && CYRILLIC_LANGUAGES.contains(hinted) == cyrillic) {
            return new LanguageGuess(hinted, null);
        }
        String sample = lettersSample(text);
        String detected = orthography.guess(sample, cyrillic);
        if (detected != null) {
            return new LanguageGuess(detected, null);
        }
        detected = detectWithModel(sample);
        if (detected == null) {
            detected = cyrillic ? "ru" : "en";
        }
        return new LanguageGuess(detected, null);
    }

    private String detectWithModel(String sample) {
        Language best = new LanguageDetectorME(model.get()).predictLanguage(sample);
        if (best == null || best.getLang() == null) {
            return null;
        }
        return toIso6391(best.getLang());
    }

    private static LanguageDetectorModel loadModel() {
        try (InputStream in = LanguageIdentifier.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP language model missing from the classpath: " + MODEL_RESOURCE);
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP language model", e);
        }
    }

    private static String lettersSample(String text) {
        return text.length() <= MODEL_SAMPLE ? text : text.substring(0, MODEL_SAMPLE);
    }

    /** ISO 639-3 (the model's codes) to ISO 639-1 where one exists, through the JDK's own tables. */
    static String toIso6391(String iso6393) {
        return Iso6391.BY_ISO_639_3.getOrDefault(iso6393, iso6393);
    }

    private static Map<String, String> iso6391ByIso6393() {
        Map<String, String> codes = new HashMap<>();
        for (String language : Locale.getISOLanguages()) {
            try {
                codes.putIfAbsent(Locale.forLanguageTag(language).getISO3Language(), language);
            } catch (MissingResourceException e) {
                // a language the JDK knows no three-letter code for
            }
        }
        // The model names macrolanguage members (Mandarin, Iranian Persian, …), not the macrolanguage.
        List.of("cmn", "zho", "yue", "wuu").forEach(chinese -> codes.put(chinese, "zh"));
        List.of("pes", "prs", "fas").forEach(persian -> codes.put(persian, "fa"));
        List.of("zsm", "msa").forEach(malay -> codes.put(malay, "ms"));
        List.of("uzb", "uzn").forEach(uzbek -> codes.put(uzbek, "uz"));
        return Map.copyOf(codes);
    }

    private static String normalizedHint(String hint, String fallback) {
        if (hint == null || hint.isBlank()) {
            return fallback;
        }
        String language = Locale.forLanguageTag(hint.strip()).getLanguage();
        return language.isEmpty() ? fallback : language;
    }
}

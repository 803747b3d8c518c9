package io.scofacts.core.extract.ner;

import io.scofacts.core.extract.NameCandidate;
import io.scofacts.core.lexicon.LazyValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Proposes the names in a story with a trained {@link NameModel}: each maximal run of one kind's
 * begin/inside labels is one name. The Russian model is read from the classpath on first use
 * (a Chinese or English story never loads it).
 */
public final class NameTagger {

    /** The Russian model shipped with the service; provenance in {@code ner/ru-names.source.txt}. */
    public static final String RUSSIAN_MODEL = "ner/ru-names.bin.gz";
    /** Cross-validation only: a model file to use instead of the shipped one. */
    public static final String MODEL_OVERRIDE = "scofacts.ner.ru-model";

    private final NameModel model;

    public NameTagger(NameModel model) {
        this.model = model;
    }

    /** The tagger with the Russian model, loaded once per process. */
    public static NameTagger russian() {
        return RUSSIAN.get();
    }

    /** Starts loading the Russian model in the background, for a Russian article about to be tagged. */
    public static void prefetchRussian() {
        RUSSIAN.prefetch();
    }

    private static final LazyValue<NameTagger> RUSSIAN = new LazyValue<>(() -> new NameTagger(loadRussian()));

    /** The names in the tokens, as {start, end} offsets into the tokenised text with their kind. */
    public List<TaggedName> tag(TokenFeatures features) {
        int[] tags = Viterbi.decodeAll(features, model);
        return names(features.tokens(), tags);
    }

    static List<TaggedName> names(WordTokens tokens, int[] tags) {
        List<TaggedName> names = new ArrayList<>();
        int i = 0;
        while (i < tags.length) {
            if (tags[i] == Tags.OUTSIDE) {
                i++;
                continue;
            }
            NameCandidate.Kind kind = Tags.kind(tags[i]);
            int first = i;
            i++;
            while (i < tags.length && Tags.isInside(tags[i]) && Tags.kind(tags[i]) == kind) {
                i++;
            }
            names.add(new TaggedName(kind, first, i, tokens.start(first), tokens.end(i - 1)));
        }
        return names;
    }

    /** A proposed name: tokens {@code [firstToken, endToken)}, chars {@code [start, end)}. */
    public record TaggedName(NameCandidate.Kind kind, int firstToken, int endToken, int start, int end) {
    }

    private static NameModel loadRussian() {
        String override = System.getProperty(MODEL_OVERRIDE);
        try (InputStream in = override != null ? Files.newInputStream(Path.of(override))
                : NameTagger.class.getClassLoader().getResourceAsStream(RUSSIAN_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("name tagger model missing from the classpath: " + RUSSIAN_MODEL);
            }
            return NameModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the name tagger model", e);
        }
    }
}

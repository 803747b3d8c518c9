package io.scofacts.core.extract;

/**
 * One kind of fact finder in the extraction pipeline. Implementations match in
 * {@link AnalyzedArticle#view()} and report spans in submitted-text offsets (through the
 * view's offset map). They run in pipeline order, so a recogniser may read what earlier ones
 * put into {@link Findings}. Implementations are immutable and thread-safe: one instance
 * serves every request.
 */
public interface Recognizer {

    void recognize(AnalyzedArticle article, Findings findings);

    /**
     * Called for every recogniser before any runs: one that will need a resource this article
     * calls for (a language's model, the Chinese word lattice) and that is not loaded yet may start
     * loading it in the background, while the recognisers before it run.
     */
    default void prepare(AnalyzedArticle article) {
    }
}

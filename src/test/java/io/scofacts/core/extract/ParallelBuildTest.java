package io.scofacts.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.extract.country.CountryRecognizer;
import io.scofacts.core.language.LanguageIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ParallelBuildTest {

    @Test
    void everyPartIsBuiltOnceAndReturnedInTheBuildersOrder() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Supplier<Integer>> builders = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            builders.add(() -> {
                threads.add(Thread.currentThread().getName());
                busy();
                return n * n;
            });
        }
        List<Integer> built = ParallelBuild.all(builders);
        for (int i = 0; i < 40; i++) {
            assertEquals(i * i, built.get(i));
        }
        assertTrue(threads.contains(Thread.currentThread().getName()), "the caller builds too: " + threads);
    }

    @Test
    void aFailureOfOnePartIsRethrownToTheCaller() {
        IllegalStateException missing = new IllegalStateException("lexicon missing");
        List<Supplier<String>> builders = List.of(() -> "a", () -> {
            throw missing;
        }, () -> "c");
        assertSame(missing, assertThrows(IllegalStateException.class, () -> ParallelBuild.all(builders)));
    }

    @Test
    void theStandardPipelineBuiltSideBySideExtractsLikeOneBuiltAlone() {
        String text = "The China–SCO Big Data Cooperation Centre in Qingdao trained 300 engineers from Kazakhstan"
                + " and Uzbekistan in 2025, its director Wang Ming said on Tuesday.";
        List<Recognizer> oneByOne = new ArrayList<>();
        StandardPipeline.builders(CountryRecognizer::new).forEach(builder -> oneByOne.add(builder.get()));
        Extractor sequential = new Extractor(new LanguageIdentifier(), oneByOne);
        assertEquals(sequential.extract(ArticleInput.ofText(text)), Extractor.standard().extract(ArticleInput.ofText(text)));
    }

    private static void busy() {
        long until = System.nanoTime() + 200_000;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}

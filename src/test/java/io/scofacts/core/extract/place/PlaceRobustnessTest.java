package io.scofacts.core.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scofacts.core.extract.PlaceMention;
import io.scofacts.core.extract.TestArticles;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceRobustnessTest {

    private static final int LENGTH = 500_000;

    /** Linear time: a bound of seconds, generous for a loaded build machine, not a benchmark. */
    @Test
    void adversarialInputsFinishQuickly() {
        for (String unit : List.of("天津市港区", "港", "新区", "天津", "1", "“", "(", "Tianjin ", "в Ташкенте ", "开发区")) {
            String text = unit.repeat(LENGTH / unit.length());
            List<PlaceMention> places = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> PlaceFinds.places(TestArticles.zh(text)));
            for (PlaceMention place : places) {
                assertTrue(place.span().end() <= text.length());
            }
        }
    }

    @Test
    void emptyTextHasNoPlaces() {
        assertEquals(List.of(), PlaceFinds.places(TestArticles.zh("")));
    }

    /** A generous bound: the build machine runs several builds at once; unloaded it takes a few ms. */
    @Test
    void constructionIsCheap() {
        long start = System.nanoTime();
        new PlaceRecognizer();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 2000, "construction took " + millis + " ms");
    }
}

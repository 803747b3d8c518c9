package io.scofacts.core.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyValueTest {

    @Test
    void aPrefetchedValueIsBuiltOnceAndSharedWithTheCaller() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        LazyValue<Object> value = new LazyValue<>(() -> {
            builds.incrementAndGet();
            building.countDown();
            await(release);
            return new Object();
        });
        value.prefetch();
        value.prefetch();
        if (Background.hasSpareCore()) {
            // the helper holds the build: get() must wait for it, not start its own
            assertEquals(true, building.await(10, TimeUnit.SECONDS));
        }
        release.countDown();
        Object first = value.get();
        assertSame(first, value.get());
        value.prefetch();
        assertEquals(1, builds.get());
    }

    @Test
    void aFailedPrefetchIsBuiltAgainAndReportedByTheCaller() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch failed = new CountDownLatch(1);
        LazyValue<String> value = new LazyValue<>(() -> {
            if (builds.incrementAndGet() == 1) {
                failed.countDown();
                throw new IllegalStateException("table missing");
            }
            return "built";
        });
        value.prefetch();
        if (Background.hasSpareCore()) {
            assertEquals(true, failed.await(10, TimeUnit.SECONDS));
            // the helper's failure is not kept: the caller builds again
            assertEquals("built", value.get());
            assertEquals(2, builds.get());
        } else {
            assertThrows(IllegalStateException.class, value::get);
            assertEquals("built", value.get());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.scofacts.core.lexicon;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A value built on first use and then shared: for resources only some articles need (the Chinese
 * word lattice, a language's model), so a process pays for them when such an article arrives, not
 * at start. Thread-safe; the value is built once even when several threads ask at the same time.
 */
public final class LazyValue<T> implements Supplier<T> {

    private final Supplier<T> build;
    private final AtomicBoolean prefetched = new AtomicBoolean();
    private volatile T value;

    public LazyValue(Supplier<T> build) {
        this.build = build;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = build.get();
                    value = v;
                }
            }
        }
        return v;
    }

    /**
     * Starts building the value on a helper thread, once, if it is not built yet: for a caller that
     * knows this article will need it after other work. {@link #get()} then waits for that build
     * instead of starting its own; if the helper's build fails, {@link #get()} builds again and the
     * failure surfaces there.
     */
    public void prefetch() {
        if (value == null && prefetched.compareAndSet(false, true)) {
            Background.start("scofacts-prefetch", this::get);
        }
    }
}

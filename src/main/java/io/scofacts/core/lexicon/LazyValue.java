package io.scofacts.core.lexicon;

import java.util.function.Supplier;

/**
 * A value built on first use and then shared: for resources only some articles need (the Chinese
 * word lattice, a language's model), so a process pays for them when such an article arrives, not
 * at start. Thread-safe; the value is built once even when several threads ask at the same time.
 */
public final class LazyValue<T> implements Supplier<T> {

    private final Supplier<T> build;
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
}

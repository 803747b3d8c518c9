package io.scofacts.core.lexicon;

/**
 * Start-up work run beside the caller on a daemon thread. A fresh process on two cores shares them
 * with the JIT compilers; one more runnable thread of ours gets the work done sooner. On a single
 * core there is nothing to gain, so nothing is started and the work is done when first needed.
 */
public final class Background {

    private Background() {
    }

    /** Whether a second thread can run beside the caller. */
    public static boolean hasSpareCore() {
        return Runtime.getRuntime().availableProcessors() > 1;
    }

    /**
     * Runs {@code work} on a new daemon thread when a core is spare. A failure is dropped: the work
     * only prepares what a caller builds again, and reports, when it asks for it.
     */
    public static void start(String name, Runnable work) {
        if (!hasSpareCore()) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException | LinkageError e) {
                // the caller that needs the value builds it again and reports the failure
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }
}

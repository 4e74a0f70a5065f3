package io.github.vanban.spark;

import io.github.vanban.Vanban;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one {@link Vanban} of this JVM (a Spark executor, or the driver in local mode), created on first use
 * and shared by every task: functions and jobs look it up here when they run instead of carrying one in
 * their closures, so it is never serialised and its tables are loaded once per executor.
 */
public final class ExecutorVanban {

    private static final AtomicInteger CREATED = new AtomicInteger();

    private ExecutorVanban() {
    }

    private static final class Holder {
        static final Vanban INSTANCE = create();

        private static Vanban create() {
            CREATED.incrementAndGet();
            return Vanban.create();
        }
    }

    /** This JVM's parser, created lazily (thread-safe: class initialisation runs once). */
    public static Vanban get() {
        return Holder.INSTANCE;
    }

    /** How many parsers this JVM has created: 0 before first use, 1 after. */
    public static int instancesCreated() {
        return CREATED.get();
    }
}

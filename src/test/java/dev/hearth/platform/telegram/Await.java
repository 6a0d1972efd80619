package dev.hearth.platform.telegram;

import java.util.function.BooleanSupplier;

/** Waits for something another thread does, up to ten seconds; the assertion that follows says what failed. */
final class Await {
    private Await() {
    }

    static void until(BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

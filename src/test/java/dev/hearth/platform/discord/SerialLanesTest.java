package dev.hearth.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SerialLanesTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final SerialLanes lanes = new SerialLanes(pool);

    @AfterEach
    void shutDown() {
        pool.shutdownNow();
    }

    @Test
    @DisplayName("one person's turns run in the order they arrived, even when the first is slow")
    void samePersonInOrder() {
        List<String> done = new CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);

        CompletableFuture<Void> first = lanes.submit("discord:1", () -> {
            await(release);
            done.add("first");
        });
        CompletableFuture<Void> second = lanes.submit("discord:1", () -> done.add("second"));
        release.countDown();
        CompletableFuture.allOf(first, second).join();

        assertThat(done).containsExactly("first", "second");
        assertThat(lanes.busyKeys()).isZero();
    }

    @Test
    @DisplayName("another person is not held up by someone else's slow turn")
    void otherPeopleInParallel() {
        List<String> done = new CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);

        CompletableFuture<Void> slow = lanes.submit("discord:1", () -> {
            await(release);
            done.add("slow");
        });
        lanes.submit("discord:2", () -> done.add("other")).join();
        release.countDown();
        slow.join();

        assertThat(done).containsExactly("other", "slow");
    }

    @Test
    @DisplayName("a failing turn does not block the person's next turn")
    void failureDoesNotBlock() {
        List<String> done = new CopyOnWriteArrayList<>();

        lanes.submit("discord:1", () -> {
            throw new IllegalStateException("boom");
        });
        lanes.submit("discord:1", () -> done.add("next")).join();

        assertThat(done).containsExactly("next");
    }

    @Test
    @DisplayName("work submitted after shutdown is dropped, not thrown at Discord's event thread")
    void afterShutdown() {
        pool.shutdown();
        List<String> ran = new CopyOnWriteArrayList<>();

        CompletableFuture<Void> dropped = lanes.submit("discord:1", () -> ran.add("ran"));

        assertThat(dropped).isCompleted();
        assertThat(ran).isEmpty();
        assertThat(lanes.busyKeys()).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.hearth.platform.telegram;

import dev.hearth.core.Analysis;
import dev.hearth.core.Conversations;
import dev.hearth.core.Inbound;
import dev.hearth.core.Reply;
import dev.hearth.core.TurnResult;
import dev.hearth.core.respond.Stage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A stand-in for the core: records every inbound and answers with a scripted result. */
final class FakeConversations implements Conversations {
    private final List<Inbound> inbounds = new CopyOnWriteArrayList<>();
    private final List<String> timeline;
    private volatile Function<Inbound, List<Reply>> script = inbound -> List.of(Reply.text("reply to " + inbound.text()));

    FakeConversations(List<String> timeline) {
        this.timeline = timeline;
    }

    FakeConversations() {
        this(new CopyOnWriteArrayList<>());
    }

    /** From now on, answers every inbound with these replies. */
    void answer(Function<Inbound, List<Reply>> replies) {
        this.script = replies;
    }

    @Override
    public TurnResult handle(Inbound inbound) {
        inbounds.add(inbound);
        timeline.add("handling " + inbound.text());
        List<Reply> replies = script.apply(inbound);
        timeline.add("handled " + inbound.text());
        return new TurnResult(replies, Analysis.empty(Stage.EXPLORATION));
    }

    List<Inbound> inbounds() {
        return List.copyOf(inbounds);
    }

    /** Waits (up to ten seconds) until at least {@code count} inbounds arrived; returns all of them. */
    List<Inbound> awaitInbounds(int count) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (inbounds.size() < count && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return inbounds();
    }

    static TurnResult result(Reply... replies) {
        return new TurnResult(List.of(replies), Analysis.empty(Stage.EXPLORATION));
    }
}

package dev.hearth.platform.discord;

import dev.hearth.core.Analysis;
import dev.hearth.core.Conversations;
import dev.hearth.core.Inbound;
import dev.hearth.core.Reply;
import dev.hearth.core.TurnResult;
import dev.hearth.core.respond.Stage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A core that records every inbound and answers with whatever the test set. */
final class FakeConversations implements Conversations {
    final List<Inbound> received = new CopyOnWriteArrayList<>();
    final List<String> events;
    private Function<Inbound, List<Reply>> answer = inbound -> List.of(Reply.text("I hear you."));

    FakeConversations(List<String> events) {
        this.events = events;
    }

    FakeConversations() {
        this(new CopyOnWriteArrayList<>());
    }

    FakeConversations answering(Reply... replies) {
        answer = inbound -> List.of(replies);
        return this;
    }

    FakeConversations answering(Function<Inbound, List<Reply>> function) {
        answer = function;
        return this;
    }

    @Override
    public TurnResult handle(Inbound inbound) {
        events.add("core");
        received.add(inbound);
        return new TurnResult(answer.apply(inbound), Analysis.empty(Stage.EXPLORATION));
    }
}

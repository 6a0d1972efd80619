package dev.hearth.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import dev.hearth.core.Outbox;
import dev.hearth.core.Outboxes;
import dev.hearth.core.checkin.CheckinStore;
import dev.hearth.core.checkin.MoodChart;
import dev.hearth.core.command.CommandHandler;
import dev.hearth.core.person.PersonStore;
import dev.hearth.core.respond.PhraseBook;
import dev.hearth.core.wellbeing.AwaitedStore;
import dev.hearth.core.wellbeing.CalmingCommands;
import dev.hearth.core.wellbeing.SafetyPlanCommands;
import dev.hearth.core.wellbeing.SafetyPlanStore;
import dev.hearth.core.wellbeing.SummaryCommands;
import dev.hearth.core.wellbeing.SummaryStore;
import dev.hearth.core.wellbeing.WeeklySummaries;
import dev.hearth.core.wellbeing.WeeklySummary;
import dev.hearth.store.Database;
import dev.hearth.store.JdbiWellbeingStore;
import java.time.Clock;
import java.util.Set;

/**
 * Wires the wellbeing tools: the store behind the safety plan, the awaited answers and the weekly
 * summary; the {@code /safetyplan}, {@code /breathe}, {@code /ground}, {@code /stop} and {@code /summary}
 * commands (added to the {@code CommandHandler} set); and {@link WeeklySummaries}, which
 * {@code Hearth.serve} runs periodically. Installed by {@link CheckinModule}.
 */
public final class WellbeingModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder<CommandHandler> handlers = Multibinder.newSetBinder(binder(), CommandHandler.class);
        handlers.addBinding().to(SafetyPlanCommands.class);
        handlers.addBinding().to(CalmingCommands.class);
        handlers.addBinding().to(SummaryCommands.class);
        bind(AwaitedStore.class).to(JdbiWellbeingStore.class);
        bind(SafetyPlanStore.class).to(JdbiWellbeingStore.class);
        bind(SummaryStore.class).to(JdbiWellbeingStore.class);
    }

    @Provides
    @Singleton
    JdbiWellbeingStore wellbeingStore(Database database) {
        return new JdbiWellbeingStore(database);
    }

    @Provides
    @Singleton
    SafetyPlanCommands safetyPlanCommands(SafetyPlanStore plans, AwaitedStore awaited, PersonStore people,
                                          PhraseBook phrases) {
        return new SafetyPlanCommands(plans, awaited, people, phrases);
    }

    @Provides
    @Singleton
    CalmingCommands calmingCommands(Set<Outbox> outboxes, PhraseBook phrases) {
        return new CalmingCommands(Outboxes.of(outboxes), phrases);
    }

    @Provides
    @Singleton
    WeeklySummary weeklySummary(CheckinStore checkins, SummaryStore summaries, MoodChart chart, PhraseBook phrases) {
        return new WeeklySummary(checkins, summaries, chart, phrases);
    }

    @Provides
    @Singleton
    SummaryCommands summaryCommands(SummaryStore summaries, WeeklySummary summary, PersonStore people,
                                    PhraseBook phrases) {
        return new SummaryCommands(summaries, summary, people, phrases);
    }

    @Provides
    @Singleton
    WeeklySummaries weeklySummaries(SummaryStore summaries, WeeklySummary summary, Set<Outbox> outboxes,
                                    PhraseBook phrases, Clock clock) {
        return new WeeklySummaries(summaries, summary, Outboxes.of(outboxes), phrases, clock);
    }
}

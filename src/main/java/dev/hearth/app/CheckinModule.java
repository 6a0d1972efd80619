package dev.hearth.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import dev.hearth.core.Outbox;
import dev.hearth.core.checkin.CheckinCommands;
import dev.hearth.core.checkin.CheckinScheduler;
import dev.hearth.core.checkin.CheckinStore;
import dev.hearth.core.checkin.ServerCheckinPoster;
import dev.hearth.core.safety.LowMoodStreak;
import dev.hearth.core.checkin.MoodChart;
import dev.hearth.core.command.CommandHandler;
import dev.hearth.core.person.PersonStore;
import dev.hearth.core.respond.PhraseBook;
import dev.hearth.core.wellbeing.AwaitedStore;
import dev.hearth.store.Database;
import dev.hearth.store.JdbiCheckinStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * Wires check-ins: the store, the {@code /checkin}, {@code /reminders} and {@code /mood} commands with
 * their buttons (added to the {@code CommandHandler} set), the scheduler over every platform's
 * {@code Outbox}, and the {@link CheckinRunner} that {@code Hearth.serve} starts and stops. Installs the
 * {@link WellbeingModule} (safety plan, breathing, grounding, weekly summary), which builds on check-ins.
 */
public final class CheckinModule extends AbstractModule {
    /** How often the scheduler looks for what is due. */
    public static final Duration PERIOD = Duration.ofSeconds(30);

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), CommandHandler.class).addBinding().to(CheckinCommands.class);
        install(new WellbeingModule());
    }

    @Provides
    @Singleton
    LowMoodStreak lowMoodStreak(CheckinStore checkins) {
        return checkins::lowStreak;
    }

    @Provides
    @Singleton
    CheckinStore checkinStore(Database database) {
        return new JdbiCheckinStore(database);
    }

    @Provides
    @Singleton
    CheckinCommands checkinCommands(CheckinStore checkins, PersonStore people, PhraseBook phrases,
                                    AwaitedStore awaited, MoodChart chart) {
        return new CheckinCommands(checkins, people, phrases, chart, awaited);
    }

    @Provides
    @Singleton
    MoodChart moodChart(PhraseBook phrases) {
        return new MoodChart(phrases);
    }

    @Provides
    @Singleton
    CheckinScheduler checkinScheduler(CheckinStore checkins, Set<Outbox> outboxes, PhraseBook phrases, Clock clock,
                                      ServerCheckinPoster servers) {
        return new CheckinScheduler(checkins, outboxes, phrases, clock, java.util.Optional.of(servers));
    }

    @Provides
    @Singleton
    CheckinRunner checkinRunner(CheckinScheduler scheduler, Clock clock) {
        return new CheckinRunner(scheduler, clock, PERIOD);
    }
}

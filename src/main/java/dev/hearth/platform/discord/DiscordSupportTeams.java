package dev.hearth.platform.discord;

import dev.hearth.core.UserRef;
import dev.hearth.core.support.SupportSetting;
import dev.hearth.core.support.SupportTeams;
import dev.hearth.platform.SupportLines;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a server's support team on Discord: one line in the staff channel the admins chose, mentioning their
 * role and the person who asked, from {@code phrases/en/support.yaml} ({@code support.team.notice}), and
 * nothing else: no words of the person, no crisis level. Only that role and that person can be pinged. A staff
 * channel that is gone, belongs to another server, or where Hearth may not post, and a role that is gone, make
 * the team unreachable, and the core tells the person so. Blocking: called from the person's lane.
 */
public final class DiscordSupportTeams implements SupportTeams {
    static final String NOTICE = "support.team.notice";

    private static final Logger LOG = LoggerFactory.getLogger(DiscordSupportTeams.class);

    private final DiscordConnection connection;
    private final MessageRenderer renderer;
    private final List<String> notices;
    private final RandomGenerator random;

    @Inject
    public DiscordSupportTeams(DiscordConnection connection, MessageRenderer renderer) {
        this(connection, renderer, loadNotices(), new SplittableRandom());
    }

    DiscordSupportTeams(DiscordConnection connection, MessageRenderer renderer, List<String> notices,
                        RandomGenerator random) {
        if (notices.isEmpty()) {
            throw new IllegalArgumentException("The support phrase file has no variants for " + NOTICE + ".");
        }
        this.connection = connection;
        this.renderer = renderer;
        this.notices = List.copyOf(notices);
        this.random = random;
    }

    @Override
    public String platform() {
        return DiscordPlatform.NAME;
    }

    @Override
    public Kind kind() {
        return Kind.ROLE_IN_CHANNEL;
    }

    @Override
    public Delivery notify(SupportSetting setting, UserRef person) {
        Optional<long[]> ids = ids(setting, person);
        Optional<ShardManager> manager = connection.get();
        if (ids.isEmpty() || manager.isEmpty()) {
            LOG.warn("A support team could not be told: {}", ids.isEmpty() ? "its setting is not usable" : "not connected");
            return Delivery.UNREACHABLE;
        }
        long space = ids.get()[0];
        long role = ids.get()[1];
        long channelId = ids.get()[2];
        GuildMessageChannel channel = manager.get().getChannelById(GuildMessageChannel.class, channelId);
        // A channel of another server is never used, whatever id was stored.
        if (channel == null || channel.getGuild() == null || channel.getGuild().getIdLong() != space) {
            LOG.warn("A support team could not be told: its staff channel is gone");
            return Delivery.UNREACHABLE;
        }
        Role team = channel.getGuild().getRoleById(role);
        if (team == null || team.isPublicRole() || team.isManaged()) {
            // The everyone role would ping the whole server; a bot's managed role reaches no person.
            LOG.warn("A support team could not be told: its role is gone or is not a team's role");
            return Delivery.UNREACHABLE;
        }
        if (!channel.canTalk()) {
            LOG.warn("A support team could not be told: Hearth may not post in its staff channel");
            return Delivery.UNREACHABLE;
        }
        String line = notices.get(random.nextInt(notices.size()));
        DirectMessages.Outcome outcome =
                DirectMessages.sendIn(channel, List.of(renderer.teamNotice(line, role, ids.get()[3])));
        return outcome == DirectMessages.Outcome.SENT ? Delivery.SENT : Delivery.UNREACHABLE;
    }

    /** Server, role, channel and person as Discord ids, or empty when any is missing or not an id. */
    private static Optional<long[]> ids(SupportSetting setting, UserRef person) {
        if (!DiscordPlatform.NAME.equals(setting.platform()) || !DiscordPlatform.NAME.equals(person.platform())) {
            return Optional.empty();
        }
        try {
            return Optional.of(new long[] {Long.parseUnsignedLong(setting.space()),
                    Long.parseUnsignedLong(setting.role()), Long.parseUnsignedLong(setting.channel()),
                    Long.parseUnsignedLong(person.id())});
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The team's line variants from the support phrase file. */
    static List<String> loadNotices() {
        return SupportLines.load(NOTICE);
    }
}

package dev.hearth.core.support;

import dev.hearth.core.Analysis;
import dev.hearth.core.Inbound;
import dev.hearth.core.Reply;
import dev.hearth.core.TurnResult;
import dev.hearth.core.UserRef;
import dev.hearth.core.command.CommandHandler;
import dev.hearth.core.command.CommandOption;
import dev.hearth.core.command.CommandSpec;
import dev.hearth.core.person.PersonSnapshot;
import dev.hearth.core.respond.PhraseBook;
import dev.hearth.core.respond.PhraseChooser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The support team, as commands and buttons. Admins set it where they manage the server: {@code /support-role}
 * names a role and a staff channel (platforms with roles), {@code /support-team on|off} makes the group's
 * administrators the team (platforms without). Both answer privately and store nothing about anyone. The offer's
 * buttons ({@link SupportButtons}) are answered here: no tells nothing; yes tells the team through the platform's
 * {@link SupportTeams}, at most once a day per person and server, and only for an offer the person really got.
 */
public final class SupportCommands implements CommandHandler {
    /** Sets a role and staff channel, or turns the team off. */
    public static final String ROLE_COMMAND = "support-role";
    /** Makes the group's administrators the team, or turns it off. */
    public static final String TEAM_COMMAND = "support-team";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SupportCommands.class);

    private final SupportStore store;
    private final PhraseBook book;
    private final Map<String, SupportTeams> teams;

    /** @param teams each platform's way of telling a team; a platform without one cannot set a team */
    public SupportCommands(SupportStore store, PhraseBook book, Set<SupportTeams> teams) {
        this.store = store;
        this.book = book;
        this.teams = teams.stream().collect(Collectors.toUnmodifiableMap(SupportTeams::platform, Function.identity(),
                (a, b) -> a));
    }

    @Override
    public List<CommandSpec> specs() {
        return List.of(
                new CommandSpec(ROLE_COMMAND, describe("command.support-role"), List.of(
                        new CommandOption("role", describe("command.support-role.option.role"), false,
                                CommandOption.Kind.ROLE),
                        new CommandOption("channel", describe("command.support-role.option.channel"), false,
                                CommandOption.Kind.CHANNEL),
                        new CommandOption("off", describe("command.support-role.option.off"), false,
                                CommandOption.Kind.FLAG)), true),
                new CommandSpec(TEAM_COMMAND, describe("command.support-team"), List.of(
                        new CommandOption("choice", describe("command.support-team.option.choice"), false)), true));
    }

    private String describe(String key) {
        return book.first(key, key);
    }

    @Override
    public Optional<TurnResult> command(String name, String args, Inbound inbound, PersonSnapshot snapshot,
                                        PhraseChooser chooser) {
        if (!name.equals(ROLE_COMMAND) && !name.equals(TEAM_COMMAND)) {
            return Optional.empty();
        }
        // The router refuses these already without admin rights; checked again so this class stands alone.
        if (!inbound.fromAdmin()) {
            return reply(snapshot, chooser.choose("command.admin_only"));
        }
        if (inbound.isPrivate() || inbound.space().isEmpty()) {
            return reply(snapshot, chooser.choose("support.only_in_space"));
        }
        SupportTeams.Kind wanted = name.equals(ROLE_COMMAND)
                ? SupportTeams.Kind.ROLE_IN_CHANNEL : SupportTeams.Kind.GROUP_ADMINS;
        Optional<SupportTeams> port = Optional.ofNullable(teams.get(inbound.user().platform()));
        if (port.isEmpty()) {
            return reply(snapshot, chooser.choose("support.unavailable"));
        }
        if (port.get().kind() != wanted) {
            return reply(snapshot, chooser.choose(wanted == SupportTeams.Kind.ROLE_IN_CHANNEL
                    ? "support.use_team_command" : "support.use_role_command"));
        }
        String platform = inbound.user().platform();
        String space = inbound.space().get();
        SupportRequest request = name.equals(ROLE_COMMAND) ? SupportRequest.parse(args) : teamRequest(args);
        List<String> parts = new ArrayList<>();
        switch (request) {
            // The everyone role has the server's own id (Discord): a team of everyone would ping the server.
            case SupportRequest.Set set when set.role().equals(space) -> parts.add(chooser.choose("support.role.invalid"));
            case SupportRequest.Set set -> {
                store.save(new SupportSetting(platform, space, set.role(), set.channel(), inbound.at()));
                parts.add(chooser.choose(wanted == SupportTeams.Kind.ROLE_IN_CHANNEL ? "support.role.set" : "support.team.set"));
                details(set.role(), set.channel()).ifPresent(parts::add);
            }
            case SupportRequest.Off off -> parts.add(chooser.choose(store.remove(platform, space)
                    ? "support.off" : "support.status.off"));
            case SupportRequest.Status status -> {
                Optional<SupportSetting> setting = store.setting(platform, space);
                parts.add(chooser.choose(setting.isPresent() ? "support.status.on" : "support.status.off"));
                setting.flatMap(s -> details(s.role(), s.channel())).ifPresent(parts::add);
            }
            case SupportRequest.Invalid invalid -> parts.add(chooser.choose(
                    wanted == SupportTeams.Kind.ROLE_IN_CHANNEL ? "support.role.invalid" : "support.team.invalid"));
        }
        return Optional.of(new TurnResult(List.of(Reply.text(parts)), Analysis.empty(snapshot.state().stage())));
    }

    /** {@code /support-team on|off}, or nothing for the status. */
    private static SupportRequest teamRequest(String args) {
        return switch (args.strip().toLowerCase(Locale.ROOT)) {
            case "" -> new SupportRequest.Status();
            case "on" -> new SupportRequest.Set("", "");
            case "off" -> new SupportRequest.Off();
            default -> new SupportRequest.Invalid();
        };
    }

    /** The role and channel as the platform shows mentions, so the admin sees what was understood. */
    private static Optional<String> details(String role, String channel) {
        if (role.isEmpty() || channel.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("<@&" + role + "> → <#" + channel + ">");
    }

    @Override
    public Optional<TurnResult> action(String actionId, Inbound inbound, PersonSnapshot snapshot,
                                       PhraseChooser chooser) {
        if (!actionId.startsWith(SupportButtons.PREFIX)) {
            return Optional.empty();
        }
        Optional<SupportButtons.Press> press = SupportButtons.parse(actionId);
        String answer = press.map(p -> answer(p, inbound, chooser)).orElseGet(() -> chooser.choose("support.expired"));
        return reply(snapshot, answer);
    }

    private String answer(SupportButtons.Press press, Inbound inbound, PhraseChooser chooser) {
        UserRef person = inbound.user();
        Instant now = inbound.at();
        Optional<SupportSetting> setting = store.setting(person.platform(), press.space());
        // A press counts only against an offer this person got, in a server that still has a team.
        boolean offered = SupportOffers.within(store.offeredAt(person, press.space()), now, SupportOffers.OFFER_VALID);
        if (setting.isEmpty() || !offered) {
            return chooser.choose("support.expired");
        }
        if (!press.yes()) {
            return chooser.choose("support.declined");
        }
        if (!store.claimNotification(person, press.space(), now, now.minus(SupportOffers.OFFER_VALID),
                now.minus(SupportOffers.NOTIFY_LIMIT))) {
            return chooser.choose("support.already");
        }
        SupportTeams.Delivery delivery = tell(setting.get(), person);
        if (delivery == SupportTeams.Delivery.SENT) {
            LOG.info("A support team was told that someone would like them to reach out");
            return chooser.choose("support.sent");
        }
        store.releaseNotification(person, press.space(), now);
        return chooser.choose("support.unreachable");
    }

    private SupportTeams.Delivery tell(SupportSetting setting, UserRef person) {
        SupportTeams port = teams.get(setting.platform());
        if (port == null) {
            return SupportTeams.Delivery.UNREACHABLE;
        }
        try {
            return port.notify(setting, person);
        } catch (RuntimeException e) {
            LOG.warn("A support team could not be told ({})", e.getClass().getName());
            return SupportTeams.Delivery.UNREACHABLE;
        }
    }

    private static Optional<TurnResult> reply(PersonSnapshot snapshot, String text) {
        return Optional.of(new TurnResult(List.of(Reply.text(text)), Analysis.empty(snapshot.state().stage())));
    }
}

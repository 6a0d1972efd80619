package dev.hearth.core.support;

import dev.hearth.core.UserRef;
import java.time.Instant;
import java.util.Optional;

/**
 * Where support team settings, and the offers and notifications made to people, are kept. A request row
 * names the person (so {@code /export} and {@code /forget} cover it) and the server, with two times and
 * nothing else. Every method is one transaction.
 */
public interface SupportStore {
    /** The server's support team, if its admins set one. */
    Optional<SupportSetting> setting(String platform, String space);

    /** Sets (or replaces) a server's support team. */
    void save(SupportSetting setting);

    /**
     * Removes a server's support team and every offer made in it: the admins turned it off, or Hearth left.
     *
     * @return true when there was one
     */
    boolean remove(String platform, String space);

    /**
     * Notes that the person was offered the team in this server, and forgets requests older than
     * {@code purgeBefore}, whoever made them.
     *
     * @return false when the person is not stored (nothing was noted)
     */
    boolean offered(UserRef person, String space, Instant at, Instant purgeBefore);

    /** When the person was last offered the team in this server, if ever (and not yet purged). */
    Optional<Instant> offeredAt(UserRef person, String space);

    /** When the team was last told about the person in this server, if ever (and not yet purged). */
    Optional<Instant> notifiedAt(UserRef person, String space);

    /**
     * Claims the one notification a day: marks the person's request in this server as notified at {@code now},
     * only if it was offered at or after {@code offeredSince} and not notified at or after {@code notNotifiedSince}.
     * Two claims at once cannot both win.
     *
     * @return true when this call won the claim
     */
    boolean claimNotification(UserRef person, String space, Instant now, Instant offeredSince,
                              Instant notNotifiedSince);

    /** Gives back a claim made at {@code claimedAt} whose notification could not be delivered. */
    void releaseNotification(UserRef person, String space, Instant claimedAt);

    /** Forgets the person's offer and request in this server (they left it), so no old offer can be used. */
    void forgetRequest(UserRef person, String space);
}

package dev.hearth.core.support;

import dev.hearth.core.UserRef;
import dev.hearth.core.checkin.SpaceDepartures;
import jakarta.inject.Inject;

/**
 * When Hearth leaves a server or group, its support team setting and every offer made there go; when a
 * member leaves, their offer there goes.
 */
public final class SupportDepartures implements SpaceDepartures {
    private final SupportStore store;

    @Inject
    public SupportDepartures(SupportStore store) {
        this.store = store;
    }

    @Override
    public void left(String platform, String space) {
        store.remove(platform, space);
    }

    /** A member who left cannot use an old offer to have the team of a server they left told. */
    @Override
    public void memberLeft(String space, UserRef member) {
        store.forgetRequest(member, space);
    }
}

package dev.hearth.testing;

import dev.hearth.core.UserRef;
import dev.hearth.core.checkin.SpaceDepartures;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Departures an adapter reported, as lines: {@code hearth left <space>}, {@code <user key> left <space>}. */
public final class RecordingDepartures implements SpaceDepartures {
    private final List<String> told = new CopyOnWriteArrayList<>();

    @Override
    public void left(String platform, String space) {
        told.add("hearth left " + space);
    }

    @Override
    public void memberLeft(String space, UserRef member) {
        told.add(member.key() + " left " + space);
    }

    /** Everything told so far, in order. */
    public List<String> told() {
        return List.copyOf(told);
    }
}

package dev.hearth.checkin;

import dev.hearth.testing.FakePlatform;
import dev.hearth.testing.TestHearth;

/** Hearth as production wires it (check-ins included), for the check-in tests; see {@link TestHearth}. */
final class CheckinHearth implements AutoCloseable {
    private final TestHearth hearth = TestHearth.create();

    FakePlatform platform() {
        return hearth.platform();
    }

    <T> T get(Class<T> type) {
        return hearth.get(type);
    }

    @Override
    public void close() {
        hearth.close();
    }
}

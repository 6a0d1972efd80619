package dev.hearth.app;

import com.google.inject.Module;
import dev.hearth.config.HearthConfig;
import java.util.ArrayList;
import java.util.List;

/** The Guice modules of the platforms whose tokens are set; none when no token is set. */
final class PlatformModules {
    private PlatformModules() {
    }

    static List<Module> forConfig(HearthConfig config) {
        List<Module> modules = new ArrayList<>();
        return modules;
    }
}

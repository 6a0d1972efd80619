package dev.hearth.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.hearth.core.command.CrisisLines;
import dev.hearth.core.respond.CrisisResponder;
import dev.hearth.core.respond.PhraseChooser;
import dev.hearth.core.safety.CrisisAssessment;
import dev.hearth.core.safety.CrisisDetector;
import java.util.List;

/** TEMPORARY until the safety layer lands. */
public final class SafetyModule extends AbstractModule {
    @Provides
    @Singleton
    CrisisDetector detector() {
        return text -> CrisisAssessment.none();
    }

    @Provides
    @Singleton
    CrisisLines lines() {
        return (p, l) -> "988";
    }

    @Provides
    @Singleton
    CrisisResponder responder() {
        return new CrisisResponder() {
            public List<String> care(CrisisAssessment a, dev.hearth.core.person.Person p, java.util.Locale l, PhraseChooser c) {
                return List.of("care");
            }
            public List<String> afterCare(boolean d, dev.hearth.core.person.Person p, java.util.Locale l, PhraseChooser c) {
                return List.of("after");
            }
            public String publicRedirect(PhraseChooser c) {
                return "public";
            }
        };
    }
}

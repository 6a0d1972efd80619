package dev.hearth.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;

/** Rule families added after probing realistic phrasings: means at hand, burden, farewell letters. */
@DisplayName("Crisis rule families")
class CrisisFamiliesTest {
    static final LayeredCrisisDetector DETECTOR = LayeredCrisisDetector.english();

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "I have the rope ready|ACUTE",
            "the pills are ready, tonight is the night|ACUTE",
            "got the gun right here with me|ACUTE",
            "Sometimes I think everyone would be happier if I wasn't around|CONCERN",
            "they'd all be better off if I was gone|CONCERN",
            "I wrote letters to my family just in case|CONCERN",
            "I don't think I'll be around much longer|ACUTE",
            "I keep thinking about driving my car into a tree|ACUTE",
            "I have a plan and a date|ACUTE",
            "I bought a bunch of sleeping pills today|CONCERN",
            "I'm going to be with my mom soon, she passed last year|CONCERN",
            "death sounds peaceful|CONCERN",
            "My therapist asked if I was suicidal and I said no, I'm not|NONE",
            "I'm going to see my mom soon, she's visiting from Ohio|NONE",
            "I gave away my old clothes|NONE",
            "I have a plan for the weekend|NONE",
            "I have the tablets ready for my grandma|NONE",
            "I wrote a letter to my friend for her birthday|NONE",
            "my mom would be happier if I cleaned my room|NONE",
            "i just burned myself with a lighter on purpose|ACUTE",
            "gonna sh tonight|ACUTE",
            "i want to sh so bad rn|ACUTE",
            "relapsed and cut again|ACUTE",
            "cut again. the director wants another take|CONCERN",
            "I burned my hand on the stove|NONE",
            "relapsed on smoking again|NONE",
            "sh, be quiet, the baby is asleep|NONE",
            "the barber cut again too short|NONE"})
    @DisplayName("are judged at the right level, and their look-alikes are not")
    void families(String text, CrisisLevel level) {
        assertThat(DETECTOR.assess(text).level()).isEqualTo(level);
    }
}

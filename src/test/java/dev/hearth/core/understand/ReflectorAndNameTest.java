package dev.hearth.core.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Reflection and names, edge cases")
class ReflectorAndNameTest {
    final Reflector reflector = new Reflector();
    final NameExtractor names = new NameExtractor();

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "I've been feeling ill all week|you've been feeling ill all week",
            "I wake up at 5 am every day|you wake up at 5 am every day",
            "my sister moved to the US|your sister moved to the US",
            "I am exhausted|you are exhausted",
            "then you realise nobody cares|you realise nobody cares"})
    @DisplayName("common phrasing survives being turned around")
    void reflect(String said, String reflected) {
        assertThat(reflector.reflect(said)).isEqualTo(reflected);
    }

    @ParameterizedTest(name = "\"{0}\" gives no name")
    @CsvSource(delimiter = '|', value = {
            "my mom used to call me lazy", "don't call me that", "they call me names at school",
            "call me later if you can"})
    @DisplayName("insults and ordinary phrases are never taken as a name")
    void notNames(String said) {
        assertThat(names.extract(said)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {"my name is sam|Sam", "hi, call me Jo.|Jo", "you can call me Alex|Alex",
            "My name's Priya by the way|Priya"})
    @DisplayName("a name given plainly is found")
    void names(String said, String name) {
        assertThat(names.extract(said)).contains(name);
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', value = {"studying at the library|study at the library", "running daily|run daily",
            "making dinner|make dinner", "walking home|walk home", "something small|something small",
            "read a book|read a book"})
    @DisplayName("a step said as '-ing' reads as a plain verb in the goal")
    void baseForm(String action, String goal) {
        assertThat(PlanExtractor.baseFormFirst(action)).isEqualTo(goal);
    }
}

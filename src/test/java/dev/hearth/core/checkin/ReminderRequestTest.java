package dev.hearth.core.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Reading /reminders")
class ReminderRequestTest {
    @Test
    @DisplayName("a time alone means every day, in a zone still to be found")
    void timeAlone() {
        assertThat(ReminderRequest.parse("20:00"))
                .isEqualTo(new ReminderRequest.Set(DaySet.DAILY, LocalTime.of(20, 0), Optional.empty()));
    }

    @Test
    @DisplayName("days, time and zone may come in any order")
    void fullForm() {
        ReminderRequest.Set expected = new ReminderRequest.Set(DaySet.WEEKDAYS, LocalTime.of(8, 30),
                Optional.of(ZoneId.of("Europe/Berlin")));

        assertThat(ReminderRequest.parse("weekdays 08:30 Europe/Berlin")).isEqualTo(expected);
        assertThat(ReminderRequest.parse("europe/berlin 8:30 weekdays")).isEqualTo(expected);
    }

    @Test
    @DisplayName("12-hour times are understood")
    void twelveHour() {
        assertThat(ReminderRequest.parse("8pm UTC")).isEqualTo(
                new ReminderRequest.Set(DaySet.DAILY, LocalTime.of(20, 0), Optional.of(ZoneId.of("UTC"))));
    }

    @Test
    @DisplayName("nothing shows the settings and off turns them off")
    void showAndOff() {
        assertThat(ReminderRequest.parse("")).isInstanceOf(ReminderRequest.Show.class);
        assertThat(ReminderRequest.parse("OFF")).isInstanceOf(ReminderRequest.Off.class);
    }

    @ParameterizedTest(name = "\"{0}\" is refused because of its {1}")
    @CsvSource({"25:00, time", "20:75, time", "20, time", "weekdays, time", "20:00 Mars/Olympus, zone",
            "sometime soon, usage", "20:00 21:00, usage", "off 20:00, usage"})
    @DisplayName("what cannot be read names the part that is wrong")
    void invalid(String text, String reason) {
        assertThat(ReminderRequest.parse(text)).isEqualTo(new ReminderRequest.Invalid(reason));
    }

    @ParameterizedTest(name = "\"{0}\" suggests {1}")
    @CsvSource({"20:00 Berlin, Europe/Berlin, 20:00", "Tokyo 7:30, Asia/Tokyo, 07:30", "weekdays 08:30 new_york, America/New_York, 08:30"})
    @DisplayName("a city instead of a zone is refused with the zone it probably means and the time given")
    void citySuggestion(String text, String zone, String time) {
        ReminderRequest.Invalid invalid = (ReminderRequest.Invalid) ReminderRequest.parse(text);

        assertThat(invalid.reason()).isEqualTo("zone");
        assertThat(invalid.suggestion()).contains(zone);
        assertThat(invalid.time()).contains(java.time.LocalTime.parse(time));
    }

    @Test
    @DisplayName("a word that is no city gets no suggestion")
    void noSuggestion() {
        assertThat(ReminderRequest.parse("20:00 soonish")).isEqualTo(new ReminderRequest.Invalid("usage"));
    }
}

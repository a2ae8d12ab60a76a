package dev.folderalbums.immich.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoInstantsTest {
  @Property
  void readsWhatTheGeneralParserReads(@ForAll @LongRange(min = -2_000_000_000L, max = 8_000_000_000L) long second,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nanos,
      @ForAll @IntRange(min = -18 * 4, max = 18 * 4) int quarters, @ForAll @IntRange(min = 0, max = 9) int digits) {
    OffsetDateTime time = Instant.ofEpochSecond(second, nanos - nanos % (int) Math.pow(10, 9 - digits))
        .atOffset(ZoneOffset.ofTotalSeconds(quarters * 900));
    String text = time.toString().replace("+00:00", "Z");
    assertThat(IsoInstants.parse(text)).as(text).isEqualTo(OffsetDateTime.parse(text).toInstant());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-05-01T12:34:56.789Z", "2024-05-01T12:34:56Z", "2024-02-29T23:59:59.5-01:30",
      "2024-05-01T12:34:56.123456789+14:00", "2024-05-01T12:34+02:00", "2024-05-01T12:34:56+02:00:30",
      "+12024-05-01T12:34:56Z", "2024-05-01T12:34:56.Z", "2024-05-01T12:34:56+02"})
  void immichsShapesAndTheRareOnesAgreeWithTheGeneralParser(String text) {
    assertThat(IsoInstants.parse(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2024-05-01", "2024-05-01T12:34:56", "2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z",
      "2024-05-01T24:00:00Z", "2024-05-01T12:60:00Z", "2024-05-01T12:34:56.1234567890Z",
      "2024-05-01T12:34:56+19:00", "2024-05-01X12:34:56Z", "2024-05-01T12:34:56Zjunk",
      "not a date at all!!"})
  void whatTheGeneralParserRefusesIsRefused(String text) {
    assertThatThrownBy(() -> OffsetDateTime.parse(text)).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> IsoInstants.parse(text)).isInstanceOf(DateTimeParseException.class);
  }
}

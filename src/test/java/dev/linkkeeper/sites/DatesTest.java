package dev.linkkeeper.sites;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      2017/06/12                    | 2017-06-12
      2017-6-2                      | 2017-06-02
      2023年07月03日                 | 2023-07-03
      2017-06-12T17:57:34Z          | 2017-06-12T17:57:34Z
      2024-05-01T12:00:00.000Z      | 2024-05-01T12:00:00Z
      2020-12-23T22:36:27-05:00     | 2020-12-23T22:36:27-05:00
      2023-07-03T10:00+08:00        | 2023-07-03T10:00:00+08:00
      2022-04-24 10:11:12           | 2022-04-24T10:11:12
      1587182270                    | 2020-04-18T03:57:50Z
      1587182270000                 | 2020-04-18T03:57:50Z
      'Tue, 3 Jun 2008 11:05:30 GMT' | 2008-06-03T11:05:30Z
      'Dec 23, 2020'                | 2020-12-23
      2019                          | 2019
      2017/06/12 10:00              | 2017-06-12
      yesterday                     | null
      2017-13-45                    | null
      '   '                         | null
      """)
  void datesAsPagesWriteThemBecomeIso8601(String raw, String iso) {
    assertThat(Dates.iso(raw)).isEqualTo(iso);
  }
}

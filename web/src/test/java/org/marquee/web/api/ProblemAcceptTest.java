package org.marquee.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemAcceptTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/problem+json",
        "Application/Problem+JSON",
        "application/problem+json;q=0.5",
        "application/problem+json; q=1.0",
        "text/html, application/problem+json;q=0.1",
        "application/problem+json;charset=utf-8",
        "application/json",
        "application/*",
        "application/json;q=0.9, application/problem+json"
      })
  void anAcceptThatTakesProblemsAcceptsTheOperationsOwnAnswerToo(String accept) {
    assertEquals(
        accept + ", " + ProblemAccept.ANY_ELSE, ProblemAccept.widen(List.of(accept)), accept);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "*/*",
        "text/html",
        "image/png",
        "application/json;q=0",
        "application/problem+json;q=0",
        "application/problem+json;q=0.000",
        "application/problem+json;q=abc",
        "application/problem+xml",
        ""
      })
  void anyOtherAcceptIsLeftAsItIs(String accept) {
    assertNull(ProblemAccept.widen(List.of(accept)), accept);
  }

  @org.junit.jupiter.api.Test
  void severalHeadersCountTogether() {
    assertEquals(
        "text/html, application/problem+json, " + ProblemAccept.ANY_ELSE,
        ProblemAccept.widen(List.of("text/html", "application/problem+json")));
    assertNull(ProblemAccept.widen(null));
  }
}

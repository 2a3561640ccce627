package org.marquee.web.api.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marquee.booking.boundary.PaymentChoice;
import org.marquee.booking.boundary.PurchaseCommand;
import org.marquee.web.api.InvalidParameterException;
import org.marquee.web.api.JsonBody;

class PurchaseJsonTest {

  private static PurchaseCommand read(String json) {
    return PurchaseJson.command(JsonBody.of(Json.createReader(new StringReader(json)).readValue()));
  }

  @Test
  void seatsAndANewCard() {
    PurchaseCommand command =
        read(
            "{\"showtimeId\":7,\"seatIds\":[3,4],\"payment\":{\"method\":\"card\","
                + "\"cardNumber\":\"4242 4242 4242 4242\",\"expMonth\":12,\"expYear\":2030,"
                + "\"cvc\":\"123\",\"holderName\":\"Ada\"}}");
    assertEquals(7L, command.showtimeId());
    assertEquals(List.of(3L, 4L), command.seatIds());
    assertNull(command.holdId());
    assertEquals(PaymentChoice.Method.CARD, command.payment().method());
    assertEquals("4242 4242 4242 4242", command.payment().cardNumber());
    assertEquals("PaymentChoice[CARD]", command.payment().toString(), "no card in logs");
  }

  @Test
  void aHoldAndTheStoredCard() {
    PurchaseCommand command = read("{\"holdId\":9,\"payment\":{\"method\":\"saved\"}}");
    assertEquals(9L, command.holdId());
    assertNull(command.seatIds());
    assertEquals(PaymentChoice.Method.SAVED, command.payment().method());
  }

  @Test
  void malformedBodiesAreRefused() {
    for (String json :
        List.of(
            "{\"showtimeId\":7,\"seatIds\":[3]}",
            "{\"showtimeId\":7,\"seatIds\":[3],\"payment\":{}}",
            "{\"showtimeId\":7,\"seatIds\":[3],\"payment\":\"card\"}",
            "{\"showtimeId\":7,\"seatIds\":[3],\"payment\":{\"method\":\"gold\"}}",
            "{\"showtimeId\":7,\"seatIds\":[3],\"payment\":{\"method\":7}}",
            "{\"showtimeId\":\"7\",\"seatIds\":[3],\"payment\":{\"method\":\"saved\"}}",
            "{\"showtimeId\":-7,\"seatIds\":[3],\"payment\":{\"method\":\"saved\"}}",
            "{\"showtimeId\":7,\"seatIds\":3,\"payment\":{\"method\":\"saved\"}}",
            "{\"showtimeId\":7,\"seatIds\":[0],\"payment\":{\"method\":\"saved\"}}",
            "{\"showtimeId\":7,\"seatIds\":[\"3\"],\"payment\":{\"method\":\"saved\"}}",
            "{\"showtimeId\":7,\"seatIds\":[1e30],\"payment\":{\"method\":\"saved\"}}",
            "{\"showtimeId\":7,\"seatIds\":["
                + "1,".repeat(200)
                + "1],\"payment\":{\"method\":\"saved\"}}")) {
      assertThrows(InvalidParameterException.class, () -> read(json), json);
    }
  }
}

package org.securebase.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.securebase.app.coding.CoderReliability;
import org.securebase.app.kernel.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 13, defect 15: the demo tells one consistent story and shows every page with content. */
class DemoDataIT extends DemoIntegrationTest {

  /** Every dated record of a client, by table and column (dates or timestamps). */
  private static final Map<String, String> DATED =
      Map.of(
          "therapy_session", "held_on",
          "activation", "occurred_at",
          "support_event", "occurred_at",
          "journal_entry", "written_at",
          "setback", "occurred_on",
          "measure_event", "occurred_on",
          "measure_administration", "due_date");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService users;
  @Autowired CoderReliability reliability;

  @Test
  void nothingOfAClientIsDatedBeforeTheWorkStarted() {
    List<Map<String, Object>> clients =
        jdbc.sql("SELECT id, display_name, start_date FROM client").query().listOfRows();
    assertThat(clients).hasSizeGreaterThanOrEqualTo(4);
    for (Map<String, Object> client : clients) {
      UUID id = (UUID) client.get("id");
      LocalDate start = ((java.sql.Date) client.get("start_date")).toLocalDate();
      for (Map.Entry<String, String> dated : DATED.entrySet()) {
        Object earliest =
            jdbc.sql(
                    "SELECT MIN("
                        + dated.getValue()
                        + ") FROM "
                        + dated.getKey()
                        + " WHERE client_id = :id")
                .param("id", id)
                .query()
                .optionalValue()
                .orElse(null);
        if (earliest != null) {
          assertThat(day(earliest))
              .as(
                  "%s: earliest %s.%s",
                  client.get("display_name"), dated.getKey(), dated.getValue())
              .isAfterOrEqualTo(start);
        }
      }
    }
  }

  @Test
  void robinsFirstSessionIsTheDayTheWorkStarted() {
    Map<String, Object> robin =
        jdbc.sql(
                "SELECT c.start_date, MIN(s.held_on) AS first_session FROM client c"
                    + " JOIN therapy_session s ON s.client_id = c.id"
                    + " WHERE c.display_name = 'Robin (R-104)' GROUP BY c.start_date")
            .query()
            .singleRow();
    assertThat(day(robin.get("first_session"))).isEqualTo(day(robin.get("start_date")));
  }

  @Test
  void theReliabilityPageHasFiguresFromTheStart() throws Exception {
    SignedInUser coder = (SignedInUser) users.loadUserByUsername("coder");
    CoderReliability.Report report = reliability.report(coder, null);
    assertThat(report.overall()).isNotNull();
    assertThat(report.overall().agreements()).anyMatch(a -> a.result() != null);
    assertThat(report.overall().iccs()).anyMatch(i -> i.estimate() != null);
    String page =
        mvc.perform(get("/reliability").with(user(coder)))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("coder2");
  }

  @Test
  void theBrowserFindsAFaviconWhereItLooksFirst() throws Exception {
    var response = mvc.perform(get("/favicon.ico")).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    byte[] icon = response.getContentAsByteArray();
    // An ICO file: reserved 0, type 1 (icon), at least one image.
    assertThat(icon).startsWith(0, 0, 1, 0);
    assertThat(icon.length).isGreaterThan(1000);
  }

  private static LocalDate day(Object value) {
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime().toLocalDate();
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toLocalDate();
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    throw new IllegalArgumentException("not a date: " + value.getClass());
  }
}

package org.securebase.app.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.client.Client;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.plan.ObjectiveTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An objective's mechanism and a session's modality and framework are stored only as ciphertext;
 * rows from before V17_1 are read from their plain column until the start-up sealing encrypts them.
 */
class PlanTextEncryptionIT extends IntegrationTest {

  static final String MECHANISM = "naming the old fear of being left - synthetic";
  static final String MODALITY = "schema therapy with chair work - synthetic";
  static final String FRAMEWORK = "a formulation from the early loss - synthetic";

  @Autowired ApplicationContext context;
  @Autowired TreatmentPlans plans;
  @Autowired PlanTextSealing sealing;
  @Autowired JdbcClient jdbc;

  SignedInUser clinician;
  Client client;

  @BeforeEach
  void setUp() {
    TestWorkspace workspace = new TestWorkspace(context);
    clinician = workspace.person(Role.CLINICIAN);
    client = workspace.clientOf(clinician, "synthetic");
    PlanForm form = plans.form(client.id(), clinician);
    for (ObjectiveForm o : form.getObjectives()) {
      if (o.getTemplate() == ObjectiveTemplate.SAFE_CLOSENESS && o.getKey() == null) {
        o.setIncluded(true);
        o.setTargetCount(3);
        o.setDeadlineSession(6);
        o.setMechanism(MECHANISM);
      }
    }
    plans.save(client.id(), form, clinician);
    SessionForm s = plans.sessionForm(client.id(), clinician);
    s.setHeldOn(LocalDate.now().minusDays(7));
    s.setModality(MODALITY);
    s.setFramework(FRAMEWORK);
    plans.recordSession(client.id(), s, clinician);
  }

  private UUID sessionId() {
    return jdbc.sql("SELECT id FROM therapy_session WHERE client_id = :c")
        .param("c", client.id())
        .query(UUID.class)
        .single();
  }

  private UUID objectiveId() {
    return jdbc.sql(
            "SELECT o.id FROM plan_objective o JOIN plan_version v ON v.id = o.plan_version_id"
                + " JOIN treatment_plan p ON p.id = v.plan_id WHERE p.client_id = :c"
                + " AND o.template = 'SAFE_CLOSENESS'")
        .param("c", client.id())
        .query(UUID.class)
        .single();
  }

  private static String raw(byte[] b) {
    return b == null ? "" : new String(b, StandardCharsets.ISO_8859_1);
  }

  private PlanPage page() {
    return plans.read(client.id(), clinician);
  }

  @Test
  void storesTheMechanismModalityAndFrameworkOnlyAsCiphertext() {
    var objective =
        jdbc.sql("SELECT mechanism, mechanism_cipher FROM plan_objective WHERE id = :id")
            .param("id", objectiveId())
            .query((rs, n) -> new Object[] {rs.getString(1), rs.getBytes(2)})
            .single();
    assertThat(objective[0]).isNull();
    assertThat(raw((byte[]) objective[1])).isNotEmpty().doesNotContain("fear");

    var session =
        jdbc.sql(
                "SELECT modality, modality_cipher, framework, framework_cipher FROM"
                    + " therapy_session WHERE id = :id")
            .param("id", sessionId())
            .query(
                (rs, n) ->
                    new Object[] {rs.getString(1), rs.getBytes(2), rs.getString(3), rs.getBytes(4)})
            .single();
    assertThat(session[0]).isNull();
    assertThat(session[2]).isNull();
    assertThat(raw((byte[]) session[1])).isNotEmpty().doesNotContain("schema");
    assertThat(raw((byte[]) session[3])).isNotEmpty().doesNotContain("early loss");

    PlanPage page = page();
    assertThat(page.current().objectives())
        .extracting(PlanObjective::mechanism)
        .contains(MECHANISM);
    assertThat(page.sessions().get(0).modality()).isEqualTo(MODALITY);
    assertThat(page.sessions().get(0).framework()).isEqualTo(FRAMEWORK);
  }

  @Test
  void rowsWrittenBeforeEncryptionAreReadAndThenSealedAtStartUp() {
    // As a row from before V17_1: the text in the plain column, no ciphertext.
    jdbc.sql(
            "UPDATE plan_objective SET mechanism = 'legacy mechanism', mechanism_cipher = NULL"
                + " WHERE id = :id")
        .param("id", objectiveId())
        .update();
    jdbc.sql(
            "UPDATE therapy_session SET modality = 'legacy modality', modality_cipher = NULL,"
                + " framework = 'legacy framework', framework_cipher = NULL WHERE id = :id")
        .param("id", sessionId())
        .update();
    assertThat(page().sessions().get(0).modality()).isEqualTo("legacy modality");

    sealing.run(null);

    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM plan_objective WHERE mechanism IS NOT NULL")
                .query(Long.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM therapy_session WHERE modality IS NOT NULL"
                        + " OR framework IS NOT NULL")
                .query(Long.class)
                .single())
        .isZero();
    PlanPage page = page();
    assertThat(page.current().objectives())
        .extracting(PlanObjective::mechanism)
        .contains("legacy mechanism");
    assertThat(page.sessions().get(0).modality()).isEqualTo("legacy modality");
    assertThat(page.sessions().get(0).framework()).isEqualTo("legacy framework");
  }
}

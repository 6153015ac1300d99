package org.securebase.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.securebase.app.IntegrationTest;
import org.securebase.app.TestWorkspace;
import org.securebase.app.audit.AuditEvent;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.study.ImportKind;
import org.securebase.app.study.Studies;
import org.securebase.app.study.Study;
import org.securebase.app.study.StudyImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The README's API examples, run as written with curl against a running server. */
class ReadmeApiExamplesIT extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired Studies studies;
  @Autowired StudyImport imports;
  @Autowired ApiTokens tokens;
  @Autowired AuditLog audit;

  @Test
  void everyCurlExampleInTheReadmeWorksWithABearerToken() throws Exception {
    SignedInUser researcher = new TestWorkspace(context).person(Role.RESEARCHER);
    Study study =
        studies.create(TestWorkspace.unique("API"), "README study", researcher.username(), "test");
    imports.run(study.id(), ImportKind.WAVES, sample("waves.csv"), false, researcher);
    String token = createToken(researcher, "read-write");

    List<String> examples = readmeExamples();
    assertThat(examples).hasSizeGreaterThanOrEqualTo(3);
    for (String example : examples) {
      ProcessBuilder curl =
          new ProcessBuilder("bash", "-c", example + " > /dev/null")
              .directory(repositoryRoot().toFile())
              .redirectErrorStream(true);
      curl.environment().put("SECUREBASE", "http://127.0.0.1:" + port);
      curl.environment().put("TOKEN", token);
      curl.environment().put("STUDY", study.id().toString());
      Process p = curl.start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as(example + "\n" + output).isZero();
    }
    assertThat(audit.forRecord("study", study.id().toString()))
        .extracting(AuditEvent::actor)
        .contains(researcher.username());
  }

  @Test
  void aReadOnlyTokenCannotWriteARevokedOneNothingAndNoTokenMakesTokens() throws Exception {
    SignedInUser researcher = new TestWorkspace(context).person(Role.RESEARCHER);
    Study study =
        studies.create(TestWorkspace.unique("API"), "Token study", researcher.username(), "test");
    String read = createToken(researcher, "read");

    assertThat(status(get("/api/studies/" + study.id()), read)).isEqualTo(200);
    assertThat(
            status(
                post("/api/studies/" + study.id() + "/imports/waves")
                    .contentType("text/csv")
                    .content(sample("waves.csv")),
                read))
        .isEqualTo(403);
    assertThat(
            status(
                post("/api/account/tokens")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\":\"more\",\"scope\":\"read-write\"}"),
                createToken(researcher, "read-write")))
        .isEqualTo(403);
    assertThat(status(get("/api/studies/" + study.id()), "sb_not-a-real-token")).isEqualTo(401);

    ApiTokens.Token readOnly =
        tokens.of(researcher).stream()
            .filter(t -> t.scope() == ApiTokens.Scope.READ)
            .findFirst()
            .orElseThrow();
    // Another person cannot revoke it: not theirs, so not found.
    SignedInUser other = new TestWorkspace(context).person(Role.RESEARCHER);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.revoke(other, readOnly.id()))
        .isInstanceOf(org.securebase.app.kernel.RecordNotFoundException.class);
    tokens.revoke(researcher, readOnly.id());
    assertThat(status(get("/api/studies/" + study.id()), read)).isEqualTo(401);
  }

  @Test
  void theTokenIsShownOnceAndOnlyItsHashIsStored() throws Exception {
    SignedInUser coder = new TestWorkspace(context).person(Role.CODER);
    String token = createToken(coder, "read");
    String page =
        mvc.perform(get("/account/tokens").with(user(coder)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("script").doesNotContain(token);
    assertThat(
            context
                .getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("SELECT COUNT(*) FROM api_token WHERE token_hash = :h")
                .param("h", ApiTokens.hash(token))
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  private int status(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String token)
      throws Exception {
    return mvc.perform(request.header("Authorization", "Bearer " + token))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  private String createToken(SignedInUser owner, String scope) throws Exception {
    String body =
        mvc.perform(
                post("/api/account/tokens")
                    .with(user(owner))
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\":\"script\",\"scope\":\"" + scope + "\"}"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Matcher m = Pattern.compile("\"token\":\"(sb_[A-Za-z0-9_-]+)\"").matcher(body);
    assertThat(m.find()).as(body).isTrue();
    return m.group(1);
  }

  /** The README's curl commands that use $SECUREBASE, continuation lines joined. */
  static List<String> readmeExamples() throws IOException {
    List<String> examples = new ArrayList<>();
    StringBuilder current = null;
    for (String line : Files.readAllLines(repositoryRoot().resolve("README.md"))) {
      if (current == null && line.startsWith("curl ")) {
        current = new StringBuilder();
      }
      if (current != null) {
        boolean continues = line.endsWith("\\");
        current.append(continues ? line.substring(0, line.length() - 1) : line).append(' ');
        if (!continues) {
          if (current.toString().contains("$SECUREBASE")) {
            examples.add(current.toString().strip());
          }
          current = null;
        }
      }
    }
    return examples;
  }

  private static Path repositoryRoot() {
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("README.md")) ? here : here.getParent();
  }

  private static String sample(String file) throws IOException {
    return Files.readString(
        repositoryRoot().resolve("app/src/main/resources/samples/study/" + file));
  }
}

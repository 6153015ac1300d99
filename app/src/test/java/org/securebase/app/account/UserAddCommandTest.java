package org.securebase.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.app.ApplicationContexts;
import org.securebase.app.SecureBaseCommand;
import org.securebase.app.kernel.Role;

/** {@code securebase user add} opens a first administrator on a fresh embedded database. */
class UserAddCommandTest {

  @TempDir Path data;
  private InputStream stdin;

  @BeforeEach
  void pointAtATemporaryDataFolder() {
    stdin = System.in;
    System.setProperty("securebase.data", data.toString());
  }

  @AfterEach
  void restore() {
    System.setIn(stdin);
    System.clearProperty("securebase.data");
  }

  private int run(String password, String... args) {
    System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
    return SecureBaseCommand.commandLine().execute(args);
  }

  @Test
  void opensAnAdministratorThatCanSignIn() {
    int exit =
        run(
            "first-admin-password",
            "user",
            "add",
            "--username",
            "first.admin",
            "--role",
            "ADMIN",
            "--password-stdin");

    assertThat(exit).isZero();
    try (var context = ApplicationContexts.startOffline()) {
      Account account =
          context.getBean(AccountRepository.class).findByUsername("first.admin").orElseThrow();
      assertThat(account.role()).isEqualTo(Role.ADMIN);
      assertThat(
              context
                  .getBean(org.springframework.security.crypto.password.PasswordEncoder.class)
                  .matches("first-admin-password", account.passwordHash()))
          .isTrue();
      assertThat(account.passwordHash()).doesNotContain("first-admin-password");
    }
  }

  @Test
  void refusesAShortPasswordAndOpensNothing() {
    int exit =
        run("short", "user", "add", "--username", "weak", "--role", "ADMIN", "--password-stdin");

    assertThat(exit).isEqualTo(1);
    try (var context = ApplicationContexts.startOffline()) {
      assertThat(context.getBean(AccountRepository.class).findByUsername("weak")).isEmpty();
    }
  }

  @Test
  void aSeventyThreeBytePasswordGetsASentenceNotAStackTrace() {
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    java.io.PrintStream previous = System.err;
    System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
    int exit;
    try {
      exit =
          run(
              "a".repeat(73),
              "user",
              "add",
              "--username",
              "long.pw",
              "--role",
              "ADMIN",
              "--password-stdin");
    } finally {
      System.setErr(previous);
    }
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("password")
        .contains("72 bytes")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void aClientAccountIsNotOpenedFromTheCommandLine() {
    assertThat(
            run(
                "a-long-enough-passphrase",
                "user",
                "add",
                "--username",
                "cli.client",
                "--role",
                "CLIENT",
                "--password-stdin"))
        .isEqualTo(1);
  }

  @Test
  void anUnknownRoleIsAUsageError() {
    assertThat(
            run(
                "long-enough-password",
                "user",
                "add",
                "--username",
                "x",
                "--role",
                "BOSS",
                "--password-stdin"))
        .isEqualTo(2);
  }
}

package org.securebase.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's {@code ./securebase} script, run against a copy of the project layout whose {@code
 * mvnw} and {@code java} are stand-ins that record their calls: it builds once, builds again only
 * when a source's content changes, and never runs (or replaces) the jar Maven writes.
 */
class SecurebaseScriptTest {

  @TempDir Path project;
  private Path builds;
  private Path runs;

  @BeforeEach
  void layOutAProject() throws IOException {
    Files.copy(
        Path.of("..", "securebase").toAbsolutePath().normalize(), project.resolve("securebase"));
    executable(project.resolve("securebase"));
    write("pom.xml", "<project/>");
    write("core/pom.xml", "<project/>");
    write("app/pom.xml", "<project/>");
    write("core/src/main/java/Core.java", "class Core {}");
    write("app/src/main/java/App.java", "class App {}");
    builds = project.resolve("builds.log");
    runs = project.resolve("runs.log");
    // The stand-in Maven writes a jar whose content names the build; its time is the fixed
    // reproducible timestamp, as the real build's entries are.
    write(
        "mvnw",
        "#!/usr/bin/env bash\n"
            + "echo build >> builds.log\n"
            + "mkdir -p app/target\n"
            + "echo \"jar $(wc -l < builds.log)\" > app/target/securebase.jar\n"
            + "touch -d 2026-11-24T00:00:00Z app/target/securebase.jar\n");
    executable(project.resolve("mvnw"));
    Path bin = Files.createDirectories(project.resolve("bin"));
    Files.writeString(
        bin.resolve("java"),
        "#!/usr/bin/env bash\necho \"$2 $(cat \"$2\")\" >> \"" + runs + "\"\n",
        StandardCharsets.UTF_8);
    executable(bin.resolve("java"));
  }

  @Test
  void buildsOnceAndNotAgainWhenNothingChanged() throws Exception {
    run("--help");
    run("user", "add");
    run("audit", "verify");

    assertThat(Files.readAllLines(builds)).hasSize(1);
    assertThat(Files.readAllLines(runs)).hasSize(3);
  }

  @Test
  void aTouchedButUnchangedSourceDoesNotRebuild() throws Exception {
    run("--help");
    Files.setLastModifiedTime(
        project.resolve("app/src/main/java/App.java"),
        FileTime.from(Instant.now().plusSeconds(60)));

    run("--help");

    assertThat(Files.readAllLines(builds)).hasSize(1);
  }

  @Test
  void aChangedSourceRebuildsIntoANewCopyAndLeavesTheRunningOneAlone() throws Exception {
    run("serve");
    String firstJar = Files.readAllLines(runs).get(0).split(" ")[0];
    String firstContent = Files.readString(Path.of(firstJar));

    write("app/src/main/java/App.java", "class App { int changed; }");
    run("user", "add");

    List<String> lines = Files.readAllLines(runs);
    String secondJar = lines.get(1).split(" ")[0];
    assertThat(Files.readAllLines(builds)).hasSize(2);
    assertThat(secondJar).isNotEqualTo(firstJar);
    assertThat(Path.of(firstJar)).hasContent(firstContent.strip());
    assertThat(Path.of(secondJar)).hasContent("jar 2");
    // Neither run used the file Maven rewrites in place.
    assertThat(lines)
        .noneMatch(
            l -> l.startsWith(project.resolve("app/target/securebase.jar").toString() + " "));
  }

  private void run(String... args) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(List.of(project.resolve("securebase").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile());
    builder.environment().put("PATH", project.resolve("bin") + ":" + System.getenv("PATH"));
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
  }

  private void write(String relative, String content) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private static void executable(Path file) throws IOException {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}

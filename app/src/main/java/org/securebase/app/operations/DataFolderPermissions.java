package org.securebase.app.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes the embedded database owner-only before it is opened: its folder {@code rwx------} (so a
 * file H2 creates later, a trace or a temporary file, is out of other accounts' reach too) and
 * every database file already there {@code rw-------}. The database holds encrypted health
 * information and the unencrypted names and dates around it; no other account on the machine needs
 * to read it. Runs for an H2 file URL only; PostgreSQL keeps its files itself. On a file system
 * without POSIX permissions (Windows) it does nothing.
 */
@Component
class DataFolderPermissions
    implements BeanFactoryPostProcessor,
        EnvironmentAware,
        ApplicationListener<ApplicationStartedEvent> {

  private static final String H2_FILE = "jdbc:h2:file:";

  private Environment env;

  @Override
  public void setEnvironment(Environment environment) {
    this.env = environment;
  }

  /** Before any bean (the data source among them) is made: the folder and files as they are. */
  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    database().ifPresent(DataFolderPermissions::restrict);
  }

  /**
   * Once the app is up: on a first start H2 created its files after the check above, with the
   * process's umask. They were out of reach in the owner-only folder; now they are owner-only too.
   */
  @Override
  public void onApplicationEvent(ApplicationStartedEvent event) {
    database().ifPresent(DataFolderPermissions::restrict);
  }

  /** The embedded database's path without its ending, when the data source is an H2 file. */
  Optional<Path> database() {
    String url = env.getProperty("spring.datasource.url", "");
    if (!url.startsWith(H2_FILE)
        || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return Optional.empty();
    }
    String rest = url.substring(H2_FILE.length());
    int semi = rest.indexOf(';');
    return Optional.of(Path.of(semi < 0 ? rest : rest.substring(0, semi)).toAbsolutePath());
  }

  /** Creates or tightens the folder of the database {@code base} and its files. */
  static void restrict(Path base) {
    Path folder = base.getParent();
    String prefix = base.getFileName().toString();
    try {
      if (!Files.exists(folder)) {
        Files.createDirectories(folder);
      }
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          if (file.getFileName().toString().startsWith(prefix) && Files.isRegularFile(file)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not make the database folder " + folder + " owner-only: " + e.getMessage(), e);
    }
  }
}

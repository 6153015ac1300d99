package org.securebase.load;

import io.gatling.javaapi.core.Session;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The servers under load: {@code baseUrl} (one, http://127.0.0.1:8089 by default) or {@code
 * baseUrls} (comma-separated, e.g. two servers on one PostgreSQL). With several, requests alternate
 * between them one by one, whoever sends them, as a round-robin load balancer would; the session
 * cookie (in the database) is the same on each. Every server must be on the loopback interface.
 */
final class Servers {

  static final List<String> URLS =
      Arrays.stream(
              System.getProperty("baseUrls", System.getProperty("baseUrl", "http://127.0.0.1:8089"))
                  .split(","))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .toList();

  private static final AtomicLong NEXT = new AtomicLong();

  static {
    for (String url : URLS) {
      String host = URI.create(url).getHost();
      if (!(host.equals("127.0.0.1") || host.equals("localhost") || host.startsWith("127."))) {
        throw new IllegalArgumentException("Load runs only against a server on loopback: " + url);
      }
    }
  }

  private Servers() {}

  /** The first server: the base URL for Gatling, and where set-up signs in. */
  static String first() {
    return URLS.get(0);
  }

  /** The next server in turn. */
  static String next() {
    return URLS.get((int) (NEXT.getAndIncrement() % URLS.size()));
  }

  /** An absolute URL on the next server for a path (an EL expression like #{chartUrl} allowed). */
  static Function<Session, String> at(String path) {
    return session -> next() + resolve(path, session);
  }

  private static String resolve(String path, Session session) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < path.length()) {
      int open = path.indexOf("#{", i);
      if (open < 0) {
        out.append(path, i, path.length());
        break;
      }
      int close = path.indexOf('}', open);
      out.append(path, i, open);
      out.append(session.getString(path.substring(open + 2, close)));
      i = close + 1;
    }
    return out.toString();
  }
}

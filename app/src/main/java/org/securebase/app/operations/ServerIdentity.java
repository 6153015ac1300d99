package org.securebase.app.operations;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A name for this server process, written into {@code job_run} so an operator can see which of
 * several servers ran a job: host name, process id and a short random part (two servers in one JVM,
 * as in the tests, still differ).
 */
@Component
public class ServerIdentity {

  private final String name;

  ServerIdentity() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    this.name =
        host
            + "/"
            + ProcessHandle.current().pid()
            + "/"
            + UUID.randomUUID().toString().substring(0, 8);
  }

  public String name() {
    return name;
  }
}

package org.securebase.app.operations;

import java.time.Instant;
import java.util.UUID;

/** One run of a scheduled job, by one server. */
public record JobRun(
    UUID id,
    String jobName,
    String server,
    Instant startedAt,
    Instant finishedAt,
    String outcome,
    String detail) {}

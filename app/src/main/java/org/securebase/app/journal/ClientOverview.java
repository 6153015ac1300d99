package org.securebase.app.journal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.app.plan.TreatmentPlans;
import org.securebase.core.progress.TrendPolicy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the client's home page shows: the pathways they use, what is due, and recent trends in their
 * own words. Reachable from the home template as {@code @clientOverview}, acting as the signed-in
 * client. No attachment label appears anywhere in it.
 */
@Component("clientOverview")
public class ClientOverview {

  private final ClientLogRepository logs;
  private final ActivationLog activations;
  private final SupportLog support;
  private final TreatmentPlans plans;
  private final SpaceAccess access;
  private final AuditLog audit;

  ClientOverview(
      ClientLogRepository logs,
      ActivationLog activations,
      SupportLog support,
      TreatmentPlans plans,
      SpaceAccess access,
      AuditLog audit) {
    this.logs = logs;
    this.activations = activations;
    this.support = support;
    this.plans = plans;
    this.access = access;
    this.audit = audit;
  }

  /**
   * The home page's content.
   *
   * @param pathways the pathways the client ticked
   * @param allPathways every pathway, for the form
   * @param due what is due, one plain sentence each
   * @param recovery the recovery-time trend in words
   * @param supportSummary the support log in one sentence
   */
  public record Overview(
      Set<Pathway> pathways,
      List<Pathway> allPathways,
      List<String> due,
      RecoveryInWords recovery,
      String supportSummary) {}

  @Transactional(readOnly = true)
  public Overview of(SignedInUser user) {
    UUID clientId = access.writer(user, "client_pathway");
    audit.record("READ", "client_pathway", "client:" + clientId);
    List<Activation> acts = activations.list(clientId, user);
    List<SupportEvent> events = support.list(clientId, user);
    List<String> due = new ArrayList<>(plans.dueForClient(clientId, user));
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    int needed = TrendPolicy.DEFAULT.minimumEpisodes();
    if (acts.size() < needed) {
      due.add(
          "Log the next time the old pull fires: "
              + acts.size()
              + " of "
              + needed
              + " episodes so far before a trend can be shown.");
    } else if (Duration.between(acts.get(acts.size() - 1).occurredAt(), now).toDays() > 14) {
      due.add(
          "Nothing logged for over two weeks. Quiet weeks count too; log the next one you notice.");
    }
    List<JournalEntry> entries = logs.journal(clientId);
    if (entries.isEmpty() || Duration.between(entries.get(0).writtenAt(), now).toDays() >= 7) {
      due.add("A journal entry this week, with one of the prompts or in your own way.");
    }
    long helped =
        events.stream()
            .filter(e -> Duration.between(e.occurredAt(), now).toDays() <= 90)
            .filter(e -> e.outcome() == SupportOutcome.HELPED)
            .count();
    long recent =
        events.stream().filter(e -> Duration.between(e.occurredAt(), now).toDays() <= 90).count();
    String supportSummary =
        recent == 0
            ? "No times of turning to someone logged in the last three months."
            : "In the last three months you turned to someone "
                + recent
                + (recent == 1 ? " time" : " times")
                + "; it helped "
                + helped
                + " of those times.";
    return new Overview(
        logs.pathways(clientId),
        List.of(Pathway.values()),
        due,
        ActivationLog.trend(acts),
        supportSummary);
  }

  @Transactional
  public void choosePathways(Set<Pathway> pathways, SignedInUser user) {
    UUID clientId = access.writer(user, "client_pathway");
    logs.replacePathways(clientId, pathways);
    audit.record("UPDATE", "client_pathway", "client:" + clientId);
  }
}

package org.securebase.app.practice;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.securebase.app.plan.ObjectiveWork;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shares approved practices with the plan page: each practice the clinician assigned to an
 * objective is listed under that objective, with how often the client completed it. Drafts and
 * withdrawn practices are not shown. The plan page's own access check (the client is the
 * clinician's) runs before this is asked.
 */
@Component
class PracticePlanLinks implements ObjectiveWork {

  private final PracticeRepository practices;
  private final MessageSource messages;

  PracticePlanLinks(PracticeRepository practices, MessageSource messages) {
    this.practices = practices;
    this.messages = messages;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Item> linkedTo(UUID clientId) {
    Map<UUID, Long> completed =
        practices.sessionsOf(clientId).stream()
            .filter(PracticeSession::completed)
            .collect(Collectors.groupingBy(PracticeSession::practiceId, Collectors.counting()));
    var locale = LocaleContextHolder.getLocale();
    return practices.ofClient(clientId).stream()
        .filter(p -> p.approved() && p.objectiveKey() != null)
        .sorted(Comparator.comparing(Practice::approvedAt))
        .map(
            p ->
                new Item(
                    p.objectiveKey(),
                    messages.getMessage(
                        "practice.plan.item",
                        new Object[] {
                          messages.getMessage(p.styleKey(), null, locale),
                          p.inputs().minutes(),
                          java.util.Date.from(p.approvedAt().toInstant())
                        },
                        locale),
                    "/clients/" + clientId + "/practices/" + p.id(),
                    completed.getOrDefault(p.id(), 0L).intValue()))
        .toList();
  }
}

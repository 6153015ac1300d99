package org.securebase.app.wiki;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Notices about suggestions: always in the app, and by e-mail too when the deployment configures
 * mail ({@code spring.mail.host}) and the person gave an address on their suggestions page. The
 * e-mail says only which article and what happened, never the suggested words; it leaves once the
 * decision is committed, so a rolled-back decision sends nothing, and a mail server that fails
 * never undoes the decision (it is logged without the address).
 */
@Component
class WikiNotices {

  private static final Logger LOG = LoggerFactory.getLogger(WikiNotices.class);
  private static final Pattern EMAIL = Pattern.compile("[^\\s@]{1,64}@[^\\s@]+\\.[^\\s@]{2,}");

  private final WikiRepository repository;
  private final ArticleRepository articleRows;
  private final WikiPeopleRepository people;
  private final ObjectProvider<JavaMailSender> mail;
  private final WikiTexts texts;
  private final AuditLog audit;
  private final Clock clock;
  private final String from;

  WikiNotices(
      WikiRepository repository,
      ArticleRepository articleRows,
      WikiPeopleRepository people,
      ObjectProvider<JavaMailSender> mail,
      WikiTexts texts,
      AuditLog audit,
      Clock clock,
      @Value(
              "${securebase.wiki.mail-from:${securebase.scheduling.mail-from:no-reply@securebase.invalid}}")
          String from) {
    this.repository = repository;
    this.articleRows = articleRows;
    this.people = people;
    this.mail = mail;
    this.texts = texts;
    this.audit = audit;
    this.clock = clock;
    this.from = from;
  }

  /** Whether this deployment sends e-mail at all. */
  boolean mailConfigured() {
    return mail.getIfAvailable() != null;
  }

  /** Leaves the in-app notice and, after commit, e-mails it when mail and an address exist. */
  void send(UUID accountId, UUID suggestionId, String kind, OffsetDateTime at) {
    repository.notice(accountId, suggestionId, kind, at);
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      return;
    }
    Optional<String> to = people.noticeEmail(accountId);
    if (to.isEmpty()) {
      return;
    }
    String title =
        repository
            .suggestion(suggestionId)
            .flatMap(s -> articleRows.article(s.articleId()))
            .map(WikiModel.ArticleRow::title)
            .orElse("");
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(to.get());
    message.setSubject(texts.text("wiki.mail.subject"));
    message.setText(
        texts.text("wiki.notice.kind." + kind, title) + "\n\n" + texts.text("wiki.mail.footer"));
    Runnable deliver =
        () -> {
          try {
            sender.send(message);
          } catch (RuntimeException e) {
            LOG.warn("Library notice e-mail ({}) not sent: {}", kind, e.getClass().getSimpleName());
          }
        };
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              deliver.run();
            }
          });
    } else {
      deliver.run();
    }
  }

  @Transactional(readOnly = true)
  Optional<String> address(SignedInUser user) {
    return people.noticeEmail(user.id());
  }

  /** Sets (or, when blank, removes) where this person's library notices are e-mailed. */
  @Transactional
  void setAddress(SignedInUser user, String email) {
    String address = email == null || email.isBlank() ? null : email.strip();
    if (address != null && (address.length() > 254 || !EMAIL.matcher(address).matches())) {
      throw new BadInputException("email", "wiki.error.email");
    }
    people.saveNoticeEmail(user.id(), address, OffsetDateTime.now(clock));
    audit.record(address == null ? "DELETE" : "UPDATE", WikiPeopleRepository.CONTACT, user.id());
  }
}

package org.securebase.core.practice;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words a guided practice never speaks, whoever typed them: anything about caregivers or people who
 * hurt the listener (a self-guided recording is no place to meet them), invitations to forget or to
 * regress, memory recovery (hypnotic "recovered" memories are unreliable and can be created:
 * Council on Scientific Affairs 1985; Lynn et al. 1996), and claims beyond relaxation and practice.
 * The script writer refuses an aspiration that holds them, and the tests check every script against
 * them. Immutable and thread-safe.
 */
public final class ForbiddenContent {

  /** Version of this list, carried in the script writer's refusals. */
  public static final String VERSION = "practice-forbidden/1 (2026-11-29)";

  private static final List<Rule> RULES =
      List.of(
          rule(
              "caregivers",
              "\\b(?:mother|mothers|mom|moms|mum|mums|mommy|mummy|father|fathers|dad|dads|daddy|"
                  + "parent|parents|parental|caregiver|caregivers|stepmother|stepfather|"
                  + "stepmom|stepdad|grandmother|grandfather|grandma|grandpa)\\b"),
          rule(
              "abusers",
              "\\b(?:abuser|abusers|abuse|abused|abusive|perpetrator|perpetrators|attacker|"
                  + "attackers|molest\\w*|rape\\w*|assault\\w*)\\b"),
          rule("forget", "\\bforg(?:et|ets|etting|ot|otten)\\b"),
          rule("regress", "\\bregress\\w*"),
          rule(
              "memory recovery",
              "\\b(?:recover\\w*\\s+(?:\\w+\\s+)?memor\\w*|repressed|hidden\\s+memor\\w*|"
                  + "buried\\s+memor\\w*|uncover\\w*|remember\\s+(?:what|when|how)\\b|"
                  + "go(?:ing)?\\s+back\\s+to\\s+(?:when|your\\s+child)|childhood|inner\\s+child|"
                  + "as\\s+a\\s+(?:child|baby|little)|past\\s+li(?:fe|ves)|age\\s+progress\\w*)"),
          rule(
              "claims",
              "\\b(?:cure\\w*|heal|heals|healing|healed|treats|rewire\\w*|reprogram\\w*|"
                  + "subconscious\\w*|unconscious\\w*|guarantee\\w*)\\b"));

  private ForbiddenContent() {}

  /** The names of the rules that {@code text} breaks; empty when it breaks none. */
  public static List<String> breaches(String text) {
    List<String> found = new ArrayList<>();
    if (text == null) {
      return found;
    }
    String normalized =
        Normalizer.normalize(text, Normalizer.Form.NFKC)
            .toLowerCase(Locale.ROOT)
            .replace('\u2019', '\'');
    for (Rule r : RULES) {
      if (r.pattern().matcher(normalized).find()) {
        found.add(r.name());
      }
    }
    return found;
  }

  /**
   * The rules a client's own aspiration must keep: all but the claims rule, since "I want to heal"
   * is a person's hope, not the product's promise.
   */
  public static List<String> aspirationBreaches(String text) {
    List<String> found = breaches(text);
    found.remove("claims");
    return found;
  }

  /** Names of every rule, for documentation and tests. */
  public static List<String> ruleNames() {
    return RULES.stream().map(Rule::name).toList();
  }

  private static Rule rule(String name, String regex) {
    return new Rule(name, Pattern.compile(regex));
  }

  private record Rule(String name, Pattern pattern) {}
}

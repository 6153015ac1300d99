package org.securebase.core.phi;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Safe Harbor identifiers that have a shape: e-mail and web addresses, telephone and fax
 * numbers (found by Google's libphonenumber, with a pattern for the fictional 555 numbers it
 * rejects), identifying numbers, dates more precise than a year, ages over 89, ZIP codes and street
 * addresses. Stateless and thread-safe.
 */
final class IdentifierPatterns {

  private static final String MONTH =
      "(?:January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
  private static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
  private static final String WEEKDAY =
      "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?";
  private static final String OLD_AGE = "(?:9\\d|1[0-2]\\d)";

  /** Days that date an event to the day as surely as a date does ("around Easter Sunday 2024"). */
  private static final String HOLIDAY =
      "(?:Christmas(?: Eve| Day)?|Thanksgiving(?: Day)?|Easter(?: Sunday| Monday)?|Good Friday"
          + "|New Year's(?: Eve| Day)?|Halloween|Valentine's Day|Mother's Day|Father's Day"
          + "|Independence Day|the Fourth of July|Labou?r Day|Memorial Day|Veterans Day|Boxing Day"
          + "|St\\.? Patrick's Day|Passover|Yom Kippur|Rosh Hashanah|Hanukkah|Diwali"
          + "|Eid(?: al-\\p{L}+)?)";

  private static final String WORD_NINETY =
      "(?:ninety|a hundred|one hundred)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?";

  private static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9._%+-]+(?:@|\\s?[\\[(]at[\\])]\\s?)[A-Za-z0-9-]+"
              + "(?:(?:\\.|\\s?[\\[(]dot[\\])]\\s?)[A-Za-z0-9-]+)+");
  private static final Pattern URL =
      Pattern.compile(
          "(?i)\\b(?:https?://|ftp://|www\\.)[^\\s<>\"]+[^\\s<>\".,;:!?)]"
              + "|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|org|net|edu|gov|io|info|biz|us|uk|ca|de"
              + "|au|me|co|app|health|blog|fm|tv|ly|site|online|store|page|link|xyz|art|dev|ai|social)\\b(?:/[^\\s<>\"]*[^\\s<>\".,;:!?)])?");
  private static final Pattern PHONE_SHAPE =
      Pattern.compile(
          "(?<![\\w.-])(?:\\+?1[\\s.-]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[\\s.-])\\d{3}[\\s.-]\\d{4}(?![\\w-])"
              + "|(?<![\\w.-])\\+\\d{1,3}(?:[\\s.-]?\\d{2,4}){2,5}(?![\\w-])"
              // a national number with its trunk 0, as written in Britain and much of Europe
              + "|(?<![\\w.-])0\\d{2,4}[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}(?![\\w-])");
  private static final Pattern LOCAL_PHONE =
      Pattern.compile(
          "(?i)\\b(?:call|calls|called|phone|tel|telephone|text|texted|fax|cell|mobile|number"
              + "|reach (?:her|him|them|me) (?:at|on)|dial|ext|pager|beeper|ring|contact|line)\\b[^.\\d]{0,40}?"
              + "(?<![\\w-])(\\d{3}[\\s.-]\\d{4})(?![\\w-])");
  private static final Pattern SSN = Pattern.compile("(?<![\\w-])\\d{3}-\\d{2}-\\d{4}(?![\\w-])");
  private static final Pattern LABELLED_ID =
      Pattern.compile(
          "(?i)\\b(?:MRN|medical record|record|chart|patient|member|policy|insurance|subscriber"
              + "|Medicaid|Medicare|licen[cs]e|certificate|device|serial|account|case|claim|plate"
              + "|passport|NPI|DEA|SSN|social security|ID|identifier|VIN|badge)"
              + "(?:\\s+(?:number|no\\.?|num|#|ID|code))?(?:\\s+(?:is|was|reads|of))?\\s*[:#]?\\s*"
              + "(?-i)([A-Za-z0-9][A-Za-z0-9-]{2,}(?: [A-Z0-9][A-Z0-9-]*)*)");
  private static final Pattern MIXED_ID =
      Pattern.compile(
          "(?<![\\w/.:@-])(?=[A-Za-z0-9-]*\\d{4})(?=[A-Za-z0-9-]*[A-Za-z])(?![A-Za-z-]*\\d{4}s\\b)"
              + "[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![\\w/@])");
  private static final Pattern LONG_NUMBER =
      Pattern.compile("(?<![\\w/.,:@-])\\d(?:[\\s-]?\\d){5,}(?![\\w/@]|[.,]\\d)");
  private static final Pattern IP =
      Pattern.compile("(?<![\\w.])\\d{1,3}(?:\\.\\d{1,3}){3}(?![\\w.]\\d)");
  private static final Pattern HANDLE = Pattern.compile("(?<![\\w.@])@[A-Za-z0-9_]{3,}");

  private static final Pattern DATE =
      Pattern.compile(
          "\\b"
              + MONTH
              + "\\s+"
              + DAY
              + "(?:,?\\s+\\d{4})?(?![\\w])"
              + "|\\b"
              + DAY
              + "\\s+(?:of\\s+)?"
              + MONTH
              + "(?:,?\\s+\\d{4})?\\b"
              + "|\\b"
              + MONTH
              + ",?\\s+(?:of\\s+)?(?:19|20)\\d{2}\\b"
              + "|(?i:\\b(?:in|last|this|next|since|until|by|early|late|during|that)\\s+|\\bmid-\\s*)"
              + "(?:"
              + MONTH
              + ")(?![\\w])"
              + "|\\b\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})(?![\\w/.-]\\d)"
              + "|\\b(?:19|20)\\d{2}-\\d{2}-\\d{2}\\b"
              + "|(?i:\\b(?:on|last|this|next|that|every|one)\\s+)"
              + WEEKDAY
              + "\\b"
              + "|(?i:\\b(?:on|since|by)\\s+the\\s+)"
              + DAY
              + "(?=\\b)"
              + "|(?i:\\b(?:spring|summer|fall|autumn|winter)\\s+(?:of\\s+)?(?:19|20)\\d{2}\\b)"
              + "|\\b"
              + WEEKDAY
              + ",?\\s+(?:the\\s+)?"
              + DAY
              + "(?![\\w])"
              + "|(?:(?i:\\b(?:on|last|this|over|at|around|before|after|since|until|by|from"
              + "|during|that)\\s+)"
              + HOLIDAY
              + "|"
              + HOLIDAY
              + "(?:,?\\s+(?:19|20)\\d{2}))\\b");
  private static final Pattern AGE =
      Pattern.compile(
          "(?i)\\b"
              + OLD_AGE
              + "(?:\\s*|-)(?:years?|yrs?)(?:[\\s-]*old|\\s+of\\s+age)?\\b"
              + "|\\b(?:aged?|age of|turned|turns|turning)\\s+"
              + OLD_AGE
              + "\\b"
              + "|\\b"
              + OLD_AGE
              + "(?:st|nd|rd|th)\\s+birthday\\b"
              + "|\\b"
              + WORD_NINETY
              + "[\\s-]+years?(?:[\\s-]+old)?\\b"
              + "|\\b(?:in\\s+(?:his|her|their)\\s+(?:early\\s+|mid-?|late\\s+)?nineties)\\b"
              + "|\\b(?:nonagenarian|centenarian|supercentenarian)s?\\b"
              + "|\\b(?:turned|turns|turning|aged?|age of|at)\\s+"
              + WORD_NINETY
              + "\\b"
              + "|\\b(?:died|dies|passed away|passed|lived|lives|living|live) (?:at|to|until)\\s+"
              + "(?:the age of\\s+)?(?:"
              + OLD_AGE
              + "|"
              + WORD_NINETY
              + ")\\b"
              + "|(?<=\\b(?:father|mother|parent|grandfather|grandmother|grandparent|aunt|uncle"
              + "|man|woman|widow|widower|neighbou?r|patient|client|resident|person) (?:of|aged)\\s)"
              + OLD_AGE
              + "\\b"
              + "|(?<=\\b(?:is|was|now|turned|turns|reached)\\s)"
              + OLD_AGE
              + "(?=\\s*(?:[,.;]|and\\b|$))");
  private static final Pattern BIRTH_YEAR =
      Pattern.compile("(?i)\\bborn\\s+(?:in\\s+)?((?:18|19|20)\\d{2})\\b");
  private static final Pattern ZIP =
      Pattern.compile(
          "(?:\\b(?:[A-Z]{2}|zip(?: code)?|ZIP(?: code)?|postcode|postal code)(?: is| was)?[:,]?\\s+)"
              + "(\\d{5}(?:-\\d{4})?)\\b");

  /** A UK postcode ("SW1A 2AA") or a street corner ("4th and Pine", "Main and 3rd"). */
  private static final Pattern POSTCODE_OR_CORNER =
      Pattern.compile(
          "\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2}\\b"
              + "|\\b\\d{1,3}(?:st|nd|rd|th)\\s+(?:and|&)\\s+\\p{Lu}\\p{L}+\\b"
              + "|\\b\\p{Lu}\\p{L}+\\s+(?:and|&)\\s+\\d{1,3}(?:st|nd|rd|th)\\b");

  private static final Pattern ADDRESS =
      Pattern.compile(
          "\\b\\d{1,6}\\s+(?:[NSEW]\\.?\\s+)?(?:\\p{Lu}[\\p{L}']*\\s+){1,3}"
              + "(?:Street|St\\.?|Road|Rd\\.?|Avenue|Ave\\.?|Lane|Ln\\.?|Drive|Dr\\.?|Boulevard"
              + "|Blvd\\.?|Court|Ct\\.?|Way|Place|Pl\\.?|Terrace|Parkway|Highway|Circle)(?![\\w])"
              + "|\\b(?:\\p{Lu}[\\p{L}'.]*\\s+){1,3}(?:Street|Road|Avenue|Lane|Boulevard|County"
              + "|Parish|Township|Borough|Heights|Springs|Hospital|Medical Center|Clinic"
              + "|Elementary|High School|Middle School|Academy|Church|Mall|Park|Village|Estates"
              + "|Apartments)\\b"
              + "|(?i:\\b(?:apartment|apt\\.?|suite|unit|P\\.?O\\.? Box)\\s*#?\\s*\\d+[A-Za-z]?\\b)");

  private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
  private final int referenceYear;

  IdentifierPatterns(int referenceYear) {
    this.referenceYear = referenceYear;
  }

  /** Every shaped identifier in {@code text}; with {@code sourceField}, addresses are allowed. */
  List<PhiFinding> find(String text, boolean sourceField) {
    List<PhiFinding> found = new ArrayList<>();
    if (!sourceField) {
      add(found, EMAIL, text, PhiKind.EMAIL, 0);
      add(found, URL, text, PhiKind.URL, 0);
      add(found, SSN, text, PhiKind.ID_NUMBER, 0);
      labelled(found, text);
      add(found, MIXED_ID, text, PhiKind.ID_NUMBER, 0);
      longNumbers(found, text);
      add(found, IP, text, PhiKind.ID_NUMBER, 0);
      add(found, HANDLE, text, PhiKind.ID_NUMBER, 0);
      add(found, DATE, text, PhiKind.DATE, 0);
      add(found, ZIP, text, PhiKind.PLACE, 1);
      add(found, ADDRESS, text, PhiKind.PLACE, 0);
      add(found, POSTCODE_OR_CORNER, text, PhiKind.PLACE, 0);
    }
    phones(text, found);
    // A number introduced as a record, plan or account number is that, whatever its shape.
    List<PhiFinding> labelled = new ArrayList<>();
    if (!sourceField) {
      labelled(labelled, text);
    }
    found.removeIf(
        f -> f.kind() == PhiKind.PHONE && labelled.stream().anyMatch(l -> l.overlaps(f)));
    add(found, AGE, text, PhiKind.AGE, 0);
    birthYears(text, found);
    return found;
  }

  private void phones(String text, List<PhiFinding> found) {
    for (String region : new String[] {"US", "GB"}) {
      for (PhoneNumberMatch m :
          phones.findNumbers(text, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
        boolean national = region.equals("US") || m.rawString().startsWith("0");
        if (national && m.rawString().replaceAll("\\D", "").length() >= 7 && standsAlone(text, m)) {
          found.add(new PhiFinding(PhiKind.PHONE, m.start(), m.end()));
        }
      }
    }
    add(found, PHONE_SHAPE, text, PhiKind.PHONE, 0);
    add(found, LOCAL_PHONE, text, PhiKind.PHONE, 1);
  }

  /**
   * Values introduced as a record, plan, licence ... number: kept when they hold three digits or
   * more and each part is a code (holds a digit, or is in capitals), so "the member ID is" is not
   * one.
   */
  private static void labelled(List<PhiFinding> found, String text) {
    Matcher m = LABELLED_ID.matcher(text);
    int from = 0;
    // Each value is also tried as a keyword: "licence plate is 7KJX-442".
    while (from < text.length() && m.find(from)) {
      from = m.start(1);
      String value = m.group(1);
      int end = m.start(1);
      int digits = 0;
      for (String part : value.split(" ")) {
        boolean code = part.chars().anyMatch(Character::isDigit) || part.equals(part.toUpperCase());
        if (!code) {
          break;
        }
        digits += (int) part.chars().filter(Character::isDigit).count();
        end += (end == m.start(1) ? 0 : 1) + part.length();
      }
      if (digits >= 3) {
        found.add(new PhiFinding(PhiKind.ID_NUMBER, m.start(1), end));
      }
    }
  }

  /** Long runs of digits, except page ranges ("1204-1219", the second above the first). */
  private static void longNumbers(List<PhiFinding> found, String text) {
    Matcher m = LONG_NUMBER.matcher(text);
    while (m.find()) {
      String[] parts = m.group().split("-");
      boolean range =
          parts.length == 2
              && parts[0].length() <= 5
              && parts[1].length() <= 5
              && Integer.parseInt(parts[1]) > Integer.parseInt(parts[0]);
      if (!range) {
        found.add(new PhiFinding(PhiKind.ID_NUMBER, m.start(), m.end()));
      }
    }
  }

  /** False for digits inside a longer code ("POL-2024-778812" holds no telephone number). */
  private static boolean standsAlone(String text, PhoneNumberMatch m) {
    boolean before = m.start() > 0 && isCodeChar(text.charAt(m.start() - 1));
    boolean after = m.end() < text.length() && isCodeChar(text.charAt(m.end()));
    return !before && !after;
  }

  private static boolean isCodeChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '/';
  }

  private void birthYears(String text, List<PhiFinding> found) {
    Matcher m = BIRTH_YEAR.matcher(text);
    while (m.find()) {
      if (referenceYear - Integer.parseInt(m.group(1)) > 89) {
        found.add(new PhiFinding(PhiKind.AGE, m.start(), m.end()));
      }
    }
  }

  private static void add(
      List<PhiFinding> found, Pattern pattern, String text, PhiKind kind, int group) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      int start = group == 0 ? m.start() : m.start(group);
      int end = group == 0 ? m.end() : m.end(group);
      if (end > start) {
        found.add(new PhiFinding(kind, start, end));
      }
    }
  }
}

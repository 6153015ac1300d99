package org.securebase.app.measure;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.securebase.core.measure.Instrument;
import org.securebase.core.measure.Item;
import org.securebase.core.measure.ResponseScale;
import org.securebase.core.measure.Score;
import org.securebase.core.measure.Target;

/**
 * Exports a client's measures as a FHIR R4 collection Bundle: each instrument used as a {@code
 * Questionnaire} (neutral labels only where the licence withholds the wording), each answered
 * administration as a {@code QuestionnaireResponse} in the item order it was given, and each
 * subscale score as an {@code Observation} derived from its response. No attachment classification
 * is exported.
 */
final class FhirExport {

  static final String SYSTEM = "urn:securebase:measure";
  private static final FhirContext FHIR = FhirContext.forR4Cached();

  private FhirExport() {}

  /** The FHIR context shared by the export and its tests. */
  static FhirContext context() {
    return FHIR;
  }

  static String canonical(Instrument instrument) {
    return SYSTEM + ":" + instrument.id();
  }

  static Bundle bundle(
      UUID clientId,
      List<Administration> administrations,
      Map<UUID, List<Score>> scores,
      MeasureCatalog catalog) {
    Bundle bundle = new Bundle();
    bundle.setId(UUID.randomUUID().toString());
    bundle.setType(Bundle.BundleType.COLLECTION);
    bundle.setTimestamp(new Date());
    Patient patient = new Patient();
    patient.setId(clientId.toString());
    patient.addIdentifier(
        new Identifier().setSystem("urn:securebase:client").setValue(clientId.toString()));
    add(bundle, patient);
    Map<String, Instrument> used = new LinkedHashMap<>();
    List<Resource> later = new ArrayList<>();
    for (Administration a : administrations) {
      if (!a.isCompleted()) {
        continue;
      }
      Instrument instrument = catalog.get(a.instrumentId(), a.instrumentVersion());
      used.putIfAbsent(instrument.id() + "|" + instrument.version(), instrument);
      QuestionnaireResponse response = response(instrument, a, clientId);
      later.add(response);
      for (Score s : scores.getOrDefault(a.id(), List.of())) {
        later.add(observation(instrument, a, s, clientId, response));
      }
    }
    for (Instrument i : used.values()) {
      add(bundle, questionnaire(i));
    }
    later.forEach(r -> add(bundle, r));
    return bundle;
  }

  /** Resources of other features (appointments), after the measures. */
  static void addAll(Bundle bundle, List<Resource> resources) {
    resources.forEach(r -> add(bundle, r));
  }

  static String json(Bundle bundle) {
    return FHIR.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
  }

  private static void add(Bundle bundle, Resource resource) {
    bundle
        .addEntry()
        .setFullUrl("urn:uuid:" + resource.getIdElement().getIdPart())
        .setResource(resource);
  }

  private static String uuid(String seed) {
    return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
  }

  static Questionnaire questionnaire(Instrument instrument) {
    Questionnaire q = new Questionnaire();
    q.setId(uuid("questionnaire:" + instrument.id() + "@" + instrument.version()));
    q.setUrl(canonical(instrument));
    q.setVersion(instrument.version());
    q.setName(computableName(instrument.id()));
    q.setTitle(instrument.title());
    q.setStatus(
        instrument.enabledByDefault()
            ? Enumerations.PublicationStatus.ACTIVE
            : Enumerations.PublicationStatus.RETIRED);
    q.setCopyright(instrument.licenceNote());
    q.setDescription(
        instrument.citation()
            + (instrument.selfMonitoring() ? " Self-monitoring, not a validated measure." : ""));
    q.addSubjectType("Patient");
    if (instrument.isTargeted()) {
      for (Target target : instrument.targets()) {
        Questionnaire.QuestionnaireItemComponent group = q.addItem();
        group
            .setLinkId(target.id())
            .setText(target.label())
            .setType(Questionnaire.QuestionnaireItemType.GROUP);
        for (Item item : instrument.items()) {
          question(group.addItem(), instrument, item, Instrument.answerKey(target.id(), item.id()));
        }
      }
    } else {
      for (Item item : instrument.items()) {
        question(q.addItem(), instrument, item, item.id());
      }
    }
    return q;
  }

  private static void question(
      Questionnaire.QuestionnaireItemComponent component,
      Instrument instrument,
      Item item,
      String linkId) {
    component.setLinkId(linkId);
    component.setText(item.hasWording() ? item.wording() : item.label());
    component.setType(Questionnaire.QuestionnaireItemType.CHOICE);
    ResponseScale scale = instrument.scaleOf(item);
    for (int v = scale.min(); v <= scale.max(); v++) {
      component.addAnswerOption().setValue(new IntegerType(v));
    }
  }

  static QuestionnaireResponse response(Instrument instrument, Administration a, UUID clientId) {
    QuestionnaireResponse r = new QuestionnaireResponse();
    r.setId(a.id().toString());
    r.setQuestionnaire(canonical(instrument) + "|" + instrument.version());
    r.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    r.setSubject(new Reference("urn:uuid:" + clientId));
    r.setAuthoredElement(date(a.scoreDate()));
    Map<String, QuestionnaireResponse.QuestionnaireResponseItemComponent> groups =
        new LinkedHashMap<>();
    // The item order the client was given is kept: items follow a.itemOrder().
    for (String key : a.itemOrder()) {
      Integer answer = a.answers().get(key);
      if (answer == null) {
        continue;
      }
      QuestionnaireResponse.QuestionnaireResponseItemComponent item;
      if (instrument.isTargeted()) {
        String target = key.substring(0, key.indexOf(Instrument.TARGET_SEPARATOR));
        String label =
            instrument.targets().stream()
                .filter(t -> t.id().equals(target))
                .map(Target::label)
                .findFirst()
                .orElse(target);
        item =
            groups.computeIfAbsent(target, t -> r.addItem().setLinkId(t).setText(label)).addItem();
      } else {
        item = r.addItem();
      }
      String itemId =
          instrument.isTargeted()
              ? key.substring(key.indexOf(Instrument.TARGET_SEPARATOR) + 1)
              : key;
      Item definition = instrument.item(itemId).orElseThrow();
      item.setLinkId(key)
          .setText(definition.hasWording() ? definition.wording() : definition.label());
      item.addAnswer().setValue(new IntegerType(answer));
    }
    return r;
  }

  static Observation observation(
      Instrument instrument,
      Administration a,
      Score s,
      UUID clientId,
      QuestionnaireResponse response) {
    Observation o = new Observation();
    String target = s.target() == null ? "" : "." + s.target();
    o.setId(uuid("observation:" + a.id() + ":" + s.subscaleId() + target));
    o.setStatus(Observation.ObservationStatus.FINAL);
    o.addCategory(
        new CodeableConcept()
            .addCoding(
                new Coding(
                    "http://terminology.hl7.org/CodeSystem/observation-category",
                    "survey",
                    "Survey")));
    String title =
        instrument.subscale(s.subscaleId()).map(x -> x.title()).orElse(s.subscaleId())
            + (s.target() == null ? "" : " (" + s.target() + ")");
    o.setCode(
        new CodeableConcept()
            .addCoding(
                new Coding(canonical(instrument) + ":subscale", s.subscaleId() + target, title))
            .setText(instrument.title() + ": " + title));
    o.setSubject(new Reference("urn:uuid:" + clientId));
    o.setEffective(date(a.scoreDate()));
    o.addDerivedFrom(new Reference("urn:uuid:" + response.getIdElement().getIdPart()));
    o.addNote()
        .setText(
            "Scored by SecureBase from definition "
                + instrument.id()
                + " version "
                + instrument.version()
                + "; "
                + s.answered()
                + " of "
                + s.total()
                + (s.target() != null && s.target().equals(Score.GLOBAL) ? " targets" : " items")
                + " scored. Self-report of current attachment; not an attachment classification.");
    if (s.isMissing()) {
      o.setDataAbsentReason(
          new CodeableConcept()
              .addCoding(
                  new Coding(
                      "http://terminology.hl7.org/CodeSystem/data-absent-reason",
                      "unknown",
                      "Unknown"))
              .setText("Too many items unanswered under the definition's missing-data rule"));
    } else {
      o.setValue(
          new Quantity()
              .setValue(s.value())
              .setUnit("score")
              .setSystem("http://unitsofmeasure.org")
              .setCode("{score}"));
    }
    return o;
  }

  private static DateTimeType date(LocalDate day) {
    DateTimeType dt = new DateTimeType(Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
    dt.setPrecision(ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY);
    return dt;
  }

  private static String computableName(String id) {
    StringBuilder name = new StringBuilder();
    boolean upper = true;
    for (char c : id.toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = true;
      }
    }
    return name.length() > 0 && Character.isLetter(name.charAt(0)) ? name.toString() : "M" + name;
  }
}

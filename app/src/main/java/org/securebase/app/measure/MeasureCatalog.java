package org.securebase.app.measure;

import java.util.List;
import org.securebase.app.system.BadInputException;
import org.securebase.core.measure.Instrument;
import org.securebase.core.measure.InstrumentCatalog;
import org.springframework.stereotype.Component;

/**
 * The instruments SecureBase offers: the core's built-in definitions. An instrument whose licence
 * does not allow individual clinical use (the Relationship Questionnaire) ships disabled and can
 * never be assigned.
 */
@Component
public class MeasureCatalog {

  private final InstrumentCatalog catalog = InstrumentCatalog.builtIn();

  /** The newest definition of every instrument, enabled or not. */
  public List<Instrument> all() {
    return catalog.all().stream()
        .map(Instrument::id)
        .distinct()
        .map(id -> catalog.latest(id).orElseThrow())
        .toList();
  }

  /** The instruments a clinician may assign. */
  public List<Instrument> assignable() {
    return all().stream().filter(Instrument::enabledByDefault).toList();
  }

  /** The exact definition a response set was given under. */
  public Instrument get(String id, String version) {
    return catalog
        .find(id, version)
        .orElseThrow(
            () -> new BadInputException("instrumentId", "no instrument " + id + " " + version));
  }

  /**
   * The newest definition of an instrument that may be assigned; a disabled or unknown one is
   * refused naming the field and the reason.
   */
  public Instrument requireAssignable(String id) {
    Instrument instrument =
        catalog
            .latest(id == null ? "" : id)
            .orElseThrow(() -> new BadInputException("instrumentId", "choose a measure"));
    if (!instrument.enabledByDefault()) {
      throw new BadInputException(
          "instrumentId", instrument.title() + " cannot be assigned: " + instrument.licenceNote());
    }
    return instrument;
  }

  /** "Self-monitoring, not a validated measure" or the empty string. */
  public static String kindLabel(Instrument instrument) {
    return instrument.selfMonitoring() ? "Self-monitoring, not a validated measure" : "";
  }
}

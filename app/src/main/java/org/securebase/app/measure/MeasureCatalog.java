package org.securebase.app.measure;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.securebase.app.kernel.BadInputException;
import org.securebase.core.measure.Instrument;
import org.securebase.core.measure.InstrumentCatalog;
import org.securebase.core.measure.ItemWordingImport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The instruments SecureBase offers: the core's built-in definitions. An instrument whose licence
 * does not allow individual clinical use (the Relationship Questionnaire) ships disabled and can
 * never be assigned.
 */
@Component
public class MeasureCatalog {

  private final InstrumentCatalog catalog = InstrumentCatalog.builtIn();
  private final JdbcClient jdbc;

  /** Definitions with imported wording, by id@version; loaded on first use, kept on import. */
  private volatile Map<String, Instrument> withWording;

  MeasureCatalog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private Map<String, Instrument> imported() {
    Map<String, Instrument> current = withWording;
    if (current == null) {
      Map<String, Instrument> loaded = new ConcurrentHashMap<>();
      jdbc.sql("SELECT instrument_id, instrument_version, wording_json FROM measure_wording")
          .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
          .list()
          .forEach(
              row ->
                  catalog
                      .find(row[0], row[1])
                      .ifPresent(i -> loaded.put(key(i), ItemWordingImport.apply(i, row[2]))));
      withWording = current = loaded;
    }
    return current;
  }

  private static String key(Instrument i) {
    return i.id() + "@" + i.version();
  }

  /** The built-in definition, without imported wording. */
  Instrument builtIn(String id) {
    return catalog
        .latest(id == null ? "" : id)
        .orElseThrow(() -> new BadInputException("instrumentId", "choose a measure"));
  }

  /** Keeps a definition with freshly imported wording; called after the import is stored. */
  void useWording(Instrument instrument) {
    imported().put(key(instrument), instrument);
  }

  private Instrument withWordingIfAny(Instrument builtIn) {
    return imported().getOrDefault(key(builtIn), builtIn);
  }

  /** The newest definition of every instrument, enabled or not. */
  public List<Instrument> all() {
    return catalog.all().stream()
        .map(Instrument::id)
        .distinct()
        .map(id -> withWordingIfAny(catalog.latest(id).orElseThrow()))
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
        .map(this::withWordingIfAny)
        .orElseThrow(
            () -> new BadInputException("instrumentId", "no instrument " + id + " " + version));
  }

  /**
   * The newest definition of an instrument that may be assigned; a disabled or unknown one is
   * refused naming the field and the reason.
   */
  public Instrument requireAssignable(String id) {
    Instrument instrument = withWordingIfAny(builtIn(id));
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

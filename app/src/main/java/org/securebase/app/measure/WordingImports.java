package org.securebase.app.measure;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.securebase.app.audit.AuditLog;
import org.securebase.app.kernel.BadInputException;
import org.securebase.app.kernel.RecordNotFoundException;
import org.securebase.app.kernel.Role;
import org.securebase.app.kernel.SignedInUser;
import org.securebase.core.measure.Instrument;
import org.securebase.core.measure.ItemWordingImport;
import org.securebase.core.measure.WordingImportException;
import org.securebase.core.measure.WordingSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator imports licensed item wording for a definition that ships neutral labels only.
 * The core validates the file against the definition's item ids; a mismatch is refused with the ids
 * named, and nothing is stored.
 */
@Component
public class WordingImports {

  static final String RECORD_TYPE = "measure_wording";

  private final JdbcClient jdbc;
  private final MeasureCatalog catalog;
  private final AuditLog audit;

  WordingImports(JdbcClient jdbc, MeasureCatalog catalog, AuditLog audit) {
    this.jdbc = jdbc;
    this.catalog = catalog;
    this.audit = audit;
  }

  @Transactional
  public Instrument importWording(String instrumentId, String json, SignedInUser admin) {
    if (admin.role() != Role.ADMIN) {
      audit.denied("IMPORT", RECORD_TYPE, String.valueOf(instrumentId));
      throw new RecordNotFoundException(RECORD_TYPE, instrumentId);
    }
    Instrument builtIn = catalog.builtIn(instrumentId);
    if (builtIn.wordingSource() == WordingSource.SHIPPED) {
      throw new BadInputException("instrumentId", builtIn.title() + " already ships its wording");
    }
    if (json == null || json.isBlank()) {
      throw new BadInputException("file", "choose the wording file (JSON)");
    }
    if (json.length() > 60000) {
      throw new BadInputException("file", "the wording file is larger than 60,000 characters");
    }
    Instrument withWording;
    try {
      withWording = ItemWordingImport.apply(builtIn, json);
    } catch (WordingImportException e) {
      throw new BadInputException("file", e.getMessage());
    }
    jdbc.sql("DELETE FROM measure_wording WHERE instrument_id = :i AND instrument_version = :v")
        .param("i", builtIn.id())
        .param("v", builtIn.version())
        .update();
    jdbc.sql(
            "INSERT INTO measure_wording (instrument_id, instrument_version, wording_json,"
                + " imported_by, imported_at) VALUES (:i, :v, :json, :by, :at)")
        .param("i", builtIn.id())
        .param("v", builtIn.version())
        .param("json", json)
        .param("by", admin.id())
        .param("at", OffsetDateTime.now(ZoneOffset.UTC))
        .update();
    audit.record("IMPORT", RECORD_TYPE, builtIn.id() + "@" + builtIn.version());
    catalog.useWording(withWording);
    return withWording;
  }
}

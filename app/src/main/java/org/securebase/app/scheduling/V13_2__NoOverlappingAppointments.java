package org.securebase.app.scheduling;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, the database itself refuses two overlapping appointments on one calendar: an
 * exclusion constraint over (calendar, time range) for the statuses that hold time, with the {@code
 * btree_gist} extension for the equality part. H2 has no exclusion constraints, so there the
 * migration does nothing and the serialized check in {@link Bookings} is the only guard. Flyway
 * records this migration on both databases, so their histories stay the same. Spring Boot hands
 * Java migration beans to Flyway.
 */
@Component
class V13_2__NoOverlappingAppointments extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    String product = context.getConnection().getMetaData().getDatabaseProductName();
    if (!"PostgreSQL".equalsIgnoreCase(product)) {
      return;
    }
    try (Statement s = context.getConnection().createStatement()) {
      s.execute("CREATE EXTENSION IF NOT EXISTS btree_gist");
      s.execute(
          "ALTER TABLE appointment ADD CONSTRAINT ex_appointment_no_overlap EXCLUDE USING gist"
              + " (clinician_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)"
              + " WHERE (status IN ('SCHEDULED', 'ATTENDED'))");
    }
  }
}

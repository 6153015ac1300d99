package org.securebase.app.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Searches every text column of every table of the application's schema for a string. */
final class DatabaseSearch {

  private DatabaseSearch() {}

  static boolean holds(JdbcClient jdbc, String needle) {
    List<Map<String, Object>> columns =
        jdbc.sql(
                "SELECT table_name, column_name FROM information_schema.columns"
                    + " WHERE LOWER(table_schema) IN ('public')"
                    + " AND (LOWER(data_type) LIKE '%char%' OR LOWER(data_type) LIKE '%text%'"
                    + " OR LOWER(data_type) LIKE '%clob%')")
            .query()
            .listOfRows();
    assertThat(columns).hasSizeGreaterThan(50);
    for (Map<String, Object> c : columns) {
      String table = String.valueOf(c.values().toArray()[0]);
      String column = String.valueOf(c.values().toArray()[1]);
      int hits =
          jdbc.sql("SELECT COUNT(*) FROM \"" + table + "\" WHERE \"" + column + "\" LIKE ?")
              .param("%" + needle + "%")
              .query(Integer.class)
              .single();
      if (hits > 0) {
        return true;
      }
    }
    return false;
  }
}

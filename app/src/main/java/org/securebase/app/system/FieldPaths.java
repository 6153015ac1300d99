package org.securebase.app.system;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.databind.DatabindException;

/** Names the JSON field a parse error is about, so "bad input" can say where. */
final class FieldPaths {

  private FieldPaths() {}

  static String of(HttpMessageNotReadableException e) {
    Throwable cause = e.getCause();
    if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
      StringBuilder path = new StringBuilder();
      for (var ref : databind.getPath()) {
        if (ref.getPropertyName() != null) {
          if (!path.isEmpty()) {
            path.append('.');
          }
          path.append(ref.getPropertyName());
        } else if (ref.getIndex() >= 0) {
          path.append('[').append(ref.getIndex()).append(']');
        }
      }
      return "Check the field '" + path + "'.";
    }
    return "Check that it is well-formed JSON.";
  }
}

package org.securebase.app.system;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;

/** Names the JSON field a parse error is about, so "bad input" can say where. */
final class FieldPaths {

  private FieldPaths() {}

  static String of(HttpMessageNotReadableException e) {
    String path = path(e);
    return path == null ? "Check that it is well-formed JSON." : "Check the field '" + path + "'.";
  }

  /** The failing field's place in the body ({@code losses[1].label}), or null when unknown. */
  static String path(HttpMessageNotReadableException e) {
    Throwable cause = e.getCause();
    if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
      StringBuilder path = new StringBuilder();
      for (var ref : jackson.getPath()) {
        if (ref.getPropertyName() != null) {
          if (!path.isEmpty()) {
            path.append('.');
          }
          path.append(ref.getPropertyName());
        } else if (ref.getIndex() >= 0) {
          path.append('[').append(ref.getIndex()).append(']');
        }
      }
      return path.isEmpty() ? null : path.toString();
    }
    return null;
  }
}

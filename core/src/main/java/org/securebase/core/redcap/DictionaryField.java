package org.securebase.core.redcap;

import java.util.List;

/**
 * One row of a REDCap data dictionary, every column kept as written so that a dictionary read and
 * written again is the same file.
 *
 * @param fieldName "Variable / Field Name": lower-case letters, digits and underscores
 * @param fieldType text, notes, radio, dropdown, checkbox, yesno, truefalse, calc, slider, file,
 *     descriptive or sql
 * @param choices "1, Mother | 2, Father" for radio, dropdown and checkbox fields; a formula for
 *     calc; slider labels for slider
 * @param validation "Text Validation Type OR Show Slider Number": integer, number, date_ymd ...
 */
public record DictionaryField(
    String fieldName,
    String formName,
    String sectionHeader,
    String fieldType,
    String fieldLabel,
    String choices,
    String fieldNote,
    String validation,
    String validationMin,
    String validationMax,
    String identifier,
    String branchingLogic,
    String required,
    String customAlignment,
    String questionNumber,
    String matrixGroupName,
    String matrixRanking,
    String fieldAnnotation) {

  /** The eighteen columns, in REDCap's order and with REDCap's names. */
  public static final List<String> COLUMNS =
      List.of(
          "Variable / Field Name",
          "Form Name",
          "Section Header",
          "Field Type",
          "Field Label",
          "Choices, Calculations, OR Slider Labels",
          "Field Note",
          "Text Validation Type OR Show Slider Number",
          "Text Validation Min",
          "Text Validation Max",
          "Identifier?",
          "Branching Logic (Show field only if...)",
          "Required Field?",
          "Custom Alignment",
          "Question Number (surveys only)",
          "Matrix Group Name",
          "Matrix Ranking?",
          "Field Annotation");

  /** A row's cells in {@link #COLUMNS} order; a short row is padded with empty cells. */
  static DictionaryField of(List<String> cells) {
    String[] c = new String[COLUMNS.size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
    }
    return new DictionaryField(
        c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12], c[13],
        c[14], c[15], c[16], c[17]);
  }

  /** The cells in {@link #COLUMNS} order, for writing the dictionary back. */
  public List<String> cells() {
    return List.of(
        fieldName,
        formName,
        sectionHeader,
        fieldType,
        fieldLabel,
        choices,
        fieldNote,
        validation,
        validationMin,
        validationMax,
        identifier,
        branchingLogic,
        required,
        customAlignment,
        questionNumber,
        matrixGroupName,
        matrixRanking,
        fieldAnnotation);
  }

  /** True for REDCap's "y" in the Identifier? and Required Field? columns. */
  static boolean yes(String cell) {
    return cell != null && cell.strip().equalsIgnoreCase("y");
  }
}

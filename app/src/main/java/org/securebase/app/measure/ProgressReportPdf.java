package org.securebase.app.measure;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.securebase.app.client.Client;

/**
 * A client's progress report over a chosen period as PDF (OpenPDF): scores, reliable-change
 * categories with the reliability, SD and cut-off that produced them, event notes, and a small
 * chart per subscale drawn with PDF graphics. It never shows an attachment classification.
 */
final class ProgressReportPdf {

  /**
   * The month as the web pages show it ("30 Sep 2026"): Locale.UK would print "Sept" since JDK 17's
   * CLDR data, so the report and the screens disagreed.
   */
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private static final Color INK = new Color(0x1f, 0x2a, 0x33);
  private static final Color ACCENT = new Color(0x1d, 0x5e, 0x73);
  private static final Color BAND = new Color(0xd9, 0xe8, 0xed);
  private static final Color RELIABLE = new Color(0x6b, 0x2c, 0x91);
  private static final Color EVENT = new Color(0x5c, 0x3d, 0x00);

  private final Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16, INK);
  private final Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, INK);
  private final Font body = FontFactory.getFont(FontFactory.HELVETICA, 9.5f, INK);
  private final Font small = FontFactory.getFont(FontFactory.HELVETICA, 7.5f, INK);
  private final Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9.5f, INK);

  byte[] render(
      Client client,
      List<ScoreHistory> histories,
      List<EventNote> events,
      LocalDate from,
      LocalDate to,
      LocalDate generatedOn) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 40, 40, 40, 40);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    document.addTitle("SecureBase progress report");
    document.open();
    document.add(new Paragraph("Progress report: " + client.displayName(), title));
    document.add(
        new Paragraph(
            "Period "
                + DAY.format(from)
                + " to "
                + DAY.format(to)
                + ". Clinician: "
                + client.clinicianName()
                + ". Generated "
                + DAY.format(generatedOn)
                + ".",
            body));
    Paragraph caveat =
        new Paragraph(
            "Self-report measures of current feelings in relationships. They are not evidence of"
                + " earned security, and this report contains no attachment classification."
                + " Reliable change follows Jacobson & Truax (1991); each result names the"
                + " reliability, SD and cut-off that produced it.",
            small);
    caveat.setSpacingAfter(8);
    document.add(caveat);

    boolean any = false;
    for (ScoreHistory h : histories) {
      List<ScoreHistory.Series> series = inPeriod(h, from, to);
      if (series.isEmpty()) {
        continue;
      }
      any = true;
      Paragraph p =
          new Paragraph(
              h.instrument().title() + " (definition version " + h.instrument().version() + ")",
              heading);
      p.setSpacingBefore(10);
      document.add(p);
      if (h.instrument().selfMonitoring()) {
        document.add(new Paragraph("Self-monitoring, not a validated measure.", bold));
      }
      document.add(scoreTable(series));
      document.add(charts(writer, h, series, events, from, to));
      Paragraph notes = new Paragraph("How change was computed:", bold);
      notes.setSpacingBefore(4);
      document.add(notes);
      int n = 1;
      for (ScoreHistory.Series s : series) {
        document.add(new Paragraph("[" + n++ + "] " + s.title() + ": " + s.parameters(), small));
      }
    }
    if (!any) {
      document.add(new Paragraph("No measures were answered in this period.", body));
    }

    Paragraph eventsHeading = new Paragraph("Event notes", heading);
    eventsHeading.setSpacingBefore(10);
    document.add(eventsHeading);
    List<EventNote> shown =
        events.stream()
            .filter(e -> !e.occurredOn().isBefore(from) && !e.occurredOn().isAfter(to))
            .toList();
    if (shown.isEmpty()) {
      document.add(new Paragraph("No event notes in this period.", body));
    } else {
      PdfPTable table = new PdfPTable(new float[] {1.2f, 1.2f, 4f});
      table.setWidthPercentage(100);
      // Without space before it the table starts on the heading's baseline and its first row
      // covers the heading's descenders ("Event notes" looked struck through).
      table.setSpacingBefore(6);
      header(table, "Date", "Kind", "Note");
      int n = 1;
      for (EventNote e : shown) {
        cell(table, "E" + n++ + "  " + DAY.format(e.occurredOn()));
        cell(table, e.kind().label());
        cell(table, e.note());
      }
      document.add(table);
    }
    document.close();
    return out.toByteArray();
  }

  private static List<ScoreHistory.Series> inPeriod(ScoreHistory h, LocalDate from, LocalDate to) {
    List<ScoreHistory.Series> result = new ArrayList<>();
    for (ScoreHistory.Series s : h.scoredSeries()) {
      if (s.points().stream()
          .anyMatch(p -> p.value() != null && !p.date().isBefore(from) && !p.date().isAfter(to))) {
        result.add(s);
      }
    }
    return result;
  }

  private PdfPTable scoreTable(List<ScoreHistory.Series> series) {
    PdfPTable table = new PdfPTable(new float[] {2.6f, 1.3f, 1.3f, 2.2f, 2.2f});
    table.setWidthPercentage(100);
    table.setSpacingBefore(4);
    header(table, "Subscale", "Baseline", "Latest", "Since previous", "Since baseline");
    int n = 1;
    for (ScoreHistory.Series s : series) {
      ScoreHistory.Point first =
          s.points().stream().filter(p -> p.value() != null).findFirst().orElseThrow();
      ScoreHistory.Point last = s.latestPoint();
      cell(table, s.title() + " [" + n++ + "]");
      cell(table, String.format(Locale.ROOT, "%.2f (%s)", first.value(), DAY.format(first.date())));
      cell(table, String.format(Locale.ROOT, "%.2f (%s)", last.value(), DAY.format(last.date())));
      cell(table, change(last.sincePrevious()));
      cell(table, change(last.sinceBaseline()));
    }
    return table;
  }

  private static String change(ChangeOutcome c) {
    if (c == null) {
      return "-";
    }
    if (!c.isAvailable()) {
      return "Not computed (see note)";
    }
    return String.format(Locale.ROOT, "%s (RCI %.2f)", c.label(), c.result().rci());
  }

  private PdfPTable charts(
      PdfWriter writer,
      ScoreHistory h,
      List<ScoreHistory.Series> series,
      List<EventNote> events,
      LocalDate from,
      LocalDate to) {
    PdfPTable grid = new PdfPTable(2);
    grid.setWidthPercentage(100);
    grid.setSpacingBefore(6);
    for (ScoreHistory.Series s : series) {
      PdfPCell cell = new PdfPCell();
      cell.setBorder(0);
      cell.setPadding(3);
      cell.addElement(new Paragraph(s.title(), bold));
      Image chart = chart(writer, h, s, events, from, to);
      chart.setWidthPercentage(100);
      cell.addElement(chart);
      grid.addCell(cell);
    }
    if (series.size() % 2 == 1) {
      PdfPCell empty = new PdfPCell(new Phrase(""));
      empty.setBorder(0);
      grid.addCell(empty);
    }
    return grid;
  }

  /** One subscale over the period: the reliable-change band, the scores, and event lines. */
  private Image chart(
      PdfWriter writer,
      ScoreHistory h,
      ScoreHistory.Series s,
      List<EventNote> events,
      LocalDate from,
      LocalDate to) {
    float width = 250;
    float height = 120;
    float left = 26;
    float bottom = 18;
    float plotW = width - left - 8;
    float plotH = height - bottom - 8;
    PdfContentByte cb = writer.getDirectContent();
    PdfTemplate t = cb.createTemplate(width, height);

    List<ScoreHistory.Point> points =
        s.points().stream()
            .filter(p -> p.value() != null && !p.date().isBefore(from) && !p.date().isAfter(to))
            .toList();
    double yMin = h.instrument().scale().min();
    double yMax = h.instrument().scale().max();
    for (ScoreHistory.Point p : points) {
      yMin = Math.min(yMin, Math.floor(p.value()));
      yMax = Math.max(yMax, Math.ceil(p.value()));
    }
    if (s.subscale().recodings().size() > 0) {
      yMin = Math.min(yMin, 0);
    }
    long d0 = from.toEpochDay();
    long d1 = Math.max(to.toEpochDay(), d0 + 1);
    final double fyMin = yMin;
    final double fyMax = yMax;
    java.util.function.DoubleUnaryOperator x =
        day -> left + (day - d0) / (double) (d1 - d0) * plotW;
    java.util.function.DoubleUnaryOperator y = v -> bottom + (v - fyMin) / (fyMax - fyMin) * plotH;

    // Band: baseline plus and minus the minimum reliable difference.
    Double mrd = s.minimumReliableDifference();
    Double baseline = s.baseline();
    if (mrd != null && baseline != null) {
      double lo = Math.max(fyMin, baseline - mrd);
      double hi = Math.min(fyMax, baseline + mrd);
      t.setColorFill(BAND);
      t.rectangle(
          left,
          (float) y.applyAsDouble(lo),
          plotW,
          (float) (y.applyAsDouble(hi) - y.applyAsDouble(lo)));
      t.fill();
    }
    // Axes and labels.
    t.setColorStroke(INK);
    t.setLineWidth(0.6f);
    t.rectangle(left, bottom, plotW, plotH);
    t.stroke();
    BaseFont font = small.getCalculatedBaseFont(false);
    t.beginText();
    t.setFontAndSize(font, 6.5f);
    t.setColorFill(INK);
    t.showTextAligned(Element.ALIGN_RIGHT, fmt(fyMin), left - 2, bottom - 2, 0);
    t.showTextAligned(Element.ALIGN_RIGHT, fmt(fyMax), left - 2, bottom + plotH - 4, 0);
    t.showTextAligned(Element.ALIGN_LEFT, DAY.format(from), left, 6, 0);
    t.showTextAligned(Element.ALIGN_RIGHT, DAY.format(to), left + plotW, 6, 0);
    t.endText();
    // Event notes as dashed vertical lines, numbered as in the event table.
    int n = 1;
    for (EventNote e : events) {
      if (e.occurredOn().isBefore(from) || e.occurredOn().isAfter(to)) {
        continue;
      }
      float ex = (float) x.applyAsDouble(e.occurredOn().toEpochDay());
      t.setColorStroke(EVENT);
      t.setLineDash(2f, 2f, 0f);
      t.moveTo(ex, bottom);
      t.lineTo(ex, bottom + plotH);
      t.stroke();
      t.setLineDash(0f);
      t.beginText();
      t.setFontAndSize(font, 6f);
      t.setColorFill(EVENT);
      t.showTextAligned(Element.ALIGN_LEFT, "E" + n, ex + 1.5f, bottom + plotH - 7, 0);
      t.endText();
      n++;
    }
    // Scores: a line, with reliable changes since the previous point as filled triangles.
    t.setColorStroke(ACCENT);
    t.setLineWidth(1.2f);
    for (int i = 0; i < points.size(); i++) {
      float px = (float) x.applyAsDouble(points.get(i).date().toEpochDay());
      float py = (float) y.applyAsDouble(points.get(i).value());
      if (i == 0) {
        t.moveTo(px, py);
      } else {
        t.lineTo(px, py);
      }
    }
    if (points.size() > 1) {
      t.stroke();
    }
    for (ScoreHistory.Point p : points) {
      float px = (float) x.applyAsDouble(p.date().toEpochDay());
      float py = (float) y.applyAsDouble(p.value());
      boolean reliable = p.sincePrevious() != null && p.sincePrevious().isReliable();
      if (reliable) {
        t.setColorFill(RELIABLE);
        t.moveTo(px, py + 4);
        t.lineTo(px - 3.5f, py - 2.5f);
        t.lineTo(px + 3.5f, py - 2.5f);
        t.closePath();
        t.fill();
      } else {
        t.setColorFill(ACCENT);
        t.circle(px, py, 2f);
        t.fill();
      }
    }
    try {
      return Image.getInstance(t);
    } catch (com.lowagie.text.BadElementException e) {
      throw new IllegalStateException("could not draw the chart", e);
    }
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.0f", v);
  }

  private void header(PdfPTable table, String... texts) {
    for (String text : texts) {
      PdfPCell cell = new PdfPCell(new Phrase(text, bold));
      cell.setBackgroundColor(new Color(0xee, 0xf1, 0xf3));
      cell.setPadding(3);
      table.addCell(cell);
    }
    table.setHeaderRows(1);
  }

  private void cell(PdfPTable table, String text) {
    PdfPCell cell = new PdfPCell(new Phrase(new Chunk(text, body)));
    cell.setPadding(3);
    table.addCell(cell);
  }
}

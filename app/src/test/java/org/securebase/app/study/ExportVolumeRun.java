package org.securebase.app.study;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.securebase.app.crypto.KeyVault;
import org.securebase.app.crypto.PseudonymMac;

/**
 * Exports a generated study of PARTICIPANTS x VARIABLES values through the export's own values
 * table, pivot and ZIP writer, without ever holding the study: values are generated one at a time
 * in participant order, as the database query delivers them. {@link ExportVolumeIT} runs it in a
 * JVM with a small heap; run it by hand with:
 *
 * <pre>
 * java -Xmx64m -cp app/target/classes:app/target/test-classes:$(cat cp.txt) \
 *     org.securebase.app.study.ExportVolumeRun 100000 100
 * </pre>
 */
public final class ExportVolumeRun {

  private ExportVolumeRun() {}

  public static void main(String[] args) throws IOException {
    int participants = Integer.parseInt(args[0]);
    int width = Integer.parseInt(args[1]);
    // "keep": the control case, a writer that holds every value, as an unbounded export would.
    List<String> kept = args.length > 2 && args[2].equals("keep") ? new ArrayList<>() : null;
    Path keys = Files.createTempDirectory("volume-keys-").resolve("keys");
    PseudonymMac mac = new PseudonymMac(KeyVault.create(keys));
    List<StudyVariable> variables = new ArrayList<>();
    VariableType[] types = {
      VariableType.INTEGER, VariableType.DECIMAL, VariableType.DATE, VariableType.CATEGORY
    };
    for (int j = 0; j < width; j++) {
      VariableType t = types[j % types.length];
      variables.add(
          new StudyVariable(
              UUID.randomUUID(),
              "v" + j,
              "Variable " + j,
              t,
              t == VariableType.CATEGORY ? "1=no|2=yes" : null,
              null,
              false,
              false,
              j));
    }
    CountingSink sink = new CountingSink();
    long rows;
    try (ExportZip zip = new ExportZip(sink)) {
      ExportZip.Table table = zip.table("values.csv", ValuesTable.header(variables));
      ValuesTable values = new ValuesTable(variables, new Pseudonyms(mac, "study:volume"), table);
      for (int i = 0; i < participants; i++) {
        String code = "P" + i;
        for (int j = 0; j < width; j++) {
          String v = value(types[j % types.length], i, j);
          if (kept != null) {
            kept.add(code + "," + j + "," + v);
          }
          values.add(code, "w1", j, v);
        }
      }
      values.finish();
      rows = table.rows();
      table.close();
    }
    Runtime rt = Runtime.getRuntime();
    System.out.println("rows " + rows);
    System.out.println("bytes " + sink.bytes);
    System.out.println("max-heap-mb " + rt.maxMemory() / (1024 * 1024));
    System.out.println("kept " + (kept == null ? 0 : kept.size()));
  }

  private static String value(VariableType type, int i, int j) {
    return switch (type) {
      case INTEGER -> Integer.toString((i * 31 + j) % 1000);
      case DECIMAL -> ((i + j) % 90) / 10.0 + "";
      case DATE -> "2020-0" + (1 + (i + j) % 9) + "-1" + (j % 9);
      default -> (i + j) % 2 == 0 ? "1" : "2";
    };
  }

  /** Counts and discards what is written: the export is measured, not kept. */
  private static final class CountingSink extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}

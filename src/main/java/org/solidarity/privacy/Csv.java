package org.solidarity.privacy;

import java.io.IOException;
import java.io.Writer;
import org.solidarity.privacy.dto.ExportRow;

/** RFC 4180 rows, with cells that a spreadsheet would run as a formula defused. */
final class Csv {

  private Csv() {}

  static void write(Writer out, ExportRow row) throws IOException {
    out.write(row.id().toString());
    out.write(',');
    cell(out, row.country());
    out.write(',');
    cell(out, row.language());
    out.write(',');
    cell(out, row.body());
    out.write(',');
    out.write(row.publishedAt().toString());
    out.write("\r\n");
  }

  private static void cell(Writer out, String value) throws IOException {
    if (value == null) {
      return;
    }
    String text = value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      // Spreadsheets execute cells starting with these; a leading quote makes them plain text.
      text = "'" + text;
    }
    out.write('"');
    out.write(text.replace("\"", "\"\""));
    out.write('"');
  }
}

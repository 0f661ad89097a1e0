package org.solidarity.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.solidarity.campaign.Campaign;
import org.solidarity.privacy.dto.ExportRow;

/**
 * Streams a campaign's approved messages without personal data (no name, organization, email or
 * fingerprint). Rows come from a server-side cursor a few hundred at a time and go straight to the
 * response, so memory use does not depend on the size of the campaign.
 */
@ApplicationScoped
public class ExportService {

  /** Rows fetched per round trip; the only rows held in memory at any time. */
  static final int FETCH_SIZE = 500;

  private static final String QUERY =
      "select id, country, language, body, published_at from message"
          + " where campaign_id = ? and status = 'APPROVED' order by published_at, id";

  private final AgroalDataSource dataSource;
  private final ObjectMapper json;

  public ExportService(AgroalDataSource dataSource, ObjectMapper json) {
    this.dataSource = dataSource;
    this.json = json;
  }

  /** The campaign's id, or a 404 problem before any byte is streamed. */
  public long campaignId(String slug) {
    return Campaign.bySlug(slug).id;
  }

  public void write(long campaignId, ExportFormat format, OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16384);
    if (format == ExportFormat.CSV) {
      writer.write("id,country,language,body,published_at\r\n");
    }
    try (Connection connection = dataSource.getConnection()) {
      // PostgreSQL streams with a cursor only inside a transaction and with a fetch size.
      connection.setAutoCommit(false);
      connection.setReadOnly(true);
      try (PreparedStatement statement =
          connection.prepareStatement(
              QUERY, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
        statement.setFetchSize(FETCH_SIZE);
        statement.setLong(1, campaignId);
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            ExportRow row =
                new ExportRow(
                    rows.getObject(1, UUID.class),
                    rows.getString(2),
                    rows.getString(3),
                    rows.getString(4),
                    rows.getObject(5, OffsetDateTime.class).toInstant());
            if (format == ExportFormat.CSV) {
              Csv.write(writer, row);
            } else {
              writer.write(json.writeValueAsString(row));
              writer.write('\n');
            }
          }
        }
      } finally {
        connection.rollback();
        connection.setReadOnly(false);
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      // Headers are already sent: all that is left is to break the stream so it is not mistaken
      // for a complete export.
      throw new IOException("Export interrupted by a database error", e);
    }
    writer.flush();
  }
}

package org.solidarity.support;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Direct SQL for what HTTP cannot show or make: whether a column still holds personal data, and
 * rows made old on purpose for retention tests. Never used to build ordinary test data.
 */
public final class Db {

  private Db() {}

  /** First column of every row. */
  public static List<Object> column(String sql, Object... params) {
    try (Connection c = dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, params);
      List<Object> values = new ArrayList<>();
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getObject(1));
        }
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** First column of the first row, or null. */
  public static Object value(String sql, Object... params) {
    List<Object> values = column(sql, params);
    return values.isEmpty() ? null : values.get(0);
  }

  public static long count(String sql, Object... params) {
    return ((Number) value(sql, params)).longValue();
  }

  public static int update(String sql, Object... params) {
    try (Connection c = dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, params);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static void bind(PreparedStatement s, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      s.setObject(i + 1, params[i]);
    }
  }

  private static AgroalDataSource dataSource() {
    return Arc.container().instance(AgroalDataSource.class).get();
  }
}

package io.primaryinterop.mpi.blocking;

import java.util.List;
import java.util.Map;

/** A test table over maps of field -> normalized value. */
record MapTable(List<Map<String, String>> rows) implements BlockingTable {
  @Override
  public int size() {
    return rows.size();
  }

  @Override
  public String value(int row, String field) {
    return rows.get(row).get(field);
  }
}

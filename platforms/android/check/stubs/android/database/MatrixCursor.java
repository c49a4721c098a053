package android.database;
public class MatrixCursor implements Cursor {
    public MatrixCursor(String[] columnNames, int initialCapacity) {}
    public void addRow(Iterable<?> columnValues) {}
    public void close() {}
}

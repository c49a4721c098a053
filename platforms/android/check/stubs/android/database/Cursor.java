package android.database;
public interface Cursor extends java.io.Closeable {}

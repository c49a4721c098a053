package android.content;
public class ContextWrapper extends Context {
    public java.io.File getFilesDir() { return null; }
    public ContentResolver getContentResolver() { return null; }
    public android.content.pm.PackageManager getPackageManager() { return null; }
    public String getPackageName() { return null; }
    public Context getApplicationContext() { return null; }
}

package android.content;
public abstract class Context {
    public abstract java.io.File getFilesDir();
    public abstract ContentResolver getContentResolver();
    public abstract android.content.pm.PackageManager getPackageManager();
    public abstract String getPackageName();
    public abstract Context getApplicationContext();
    public final <T> T getSystemService(Class<T> serviceClass) { return null; }
}

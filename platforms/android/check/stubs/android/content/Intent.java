package android.content;
public class Intent implements android.os.Parcelable {
    public static final String ACTION_VIEW = "android.intent.action.VIEW";
    public static final String ACTION_SEND = "android.intent.action.SEND";
    public static final String EXTRA_STREAM = "android.intent.extra.STREAM";
    public Intent() {}
    public Intent(String action) {}
    public Intent(Context packageContext, Class<?> cls) {}
    public String getAction() { return null; }
    public android.net.Uri getData() { return null; }
    public Intent setAction(String action) { return this; }
    @Deprecated public <T extends android.os.Parcelable> T getParcelableExtra(String name) { return null; }
    public <T> T getParcelableExtra(String name, Class<T> clazz) { return null; }
}

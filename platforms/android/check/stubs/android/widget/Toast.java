package android.widget;
public class Toast {
    public static final int LENGTH_LONG = 1;
    public static Toast makeText(android.content.Context context, CharSequence text, int duration) { return null; }
    public void show() {}
}

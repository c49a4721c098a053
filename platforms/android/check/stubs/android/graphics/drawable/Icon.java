package android.graphics.drawable;
import android.content.Context;
public final class Icon {
    public static Icon createWithResource(Context context, int resId) { return null; }
}

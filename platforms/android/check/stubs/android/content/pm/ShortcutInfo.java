package android.content.pm;
import android.content.Context;
import android.content.Intent;
import android.graphics.drawable.Icon;
public final class ShortcutInfo {
    public static class Builder {
        public Builder(Context context, String id) {}
        public Builder setShortLabel(CharSequence shortLabel) { return this; }
        public Builder setLongLabel(CharSequence longLabel) { return this; }
        public Builder setIcon(Icon icon) { return this; }
        public Builder setIntent(Intent intent) { return this; }
        public ShortcutInfo build() { return null; }
    }
}

package android.app;
public class Notification {
    public static class Builder {
        public Builder(android.content.Context context, String channelId) {}
        public Builder setSmallIcon(int icon) { return this; }
        public Builder setContentTitle(CharSequence title) { return this; }
        public Builder setContentText(CharSequence text) { return this; }
        public Builder setStyle(Style style) { return this; }
        public Builder setContentIntent(PendingIntent intent) { return this; }
        public Builder setAutoCancel(boolean autoCancel) { return this; }
        public Notification build() { return null; }
    }
    public static abstract class Style {}
    public static class BigTextStyle extends Style {
        public BigTextStyle() {}
        public BigTextStyle bigText(CharSequence cs) { return this; }
    }
}

package android;
public final class R {
    public static final class drawable {
        public static final int ic_popup_reminder = 0x01080016;
        public static final int ic_media_pause = 0x01080023;
    }
}

package android.view;
public interface WindowManager {
    public static class LayoutParams {
        public static final int FLAG_SECURE = 0x00002000;
    }
}

package android.content.pm;
import java.util.List;
public class ShortcutManager {
    public boolean setDynamicShortcuts(List<ShortcutInfo> shortcutInfoList) { return true; }
}

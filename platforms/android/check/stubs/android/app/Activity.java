package android.app;
public class Activity extends android.content.ContextWrapper {
    public android.content.Intent getIntent() { return null; }
    public void setIntent(android.content.Intent newIntent) {}
    protected void onCreate(android.os.Bundle savedInstanceState) {}
    protected void onNewIntent(android.content.Intent intent) {}
    protected void onResume() {}
    public android.view.Window getWindow() { return null; }
}

package org.json;
public class JSONObject {
    public JSONObject(String json) throws JSONException {}
    public JSONObject getJSONObject(String name) throws JSONException { return null; }
    public boolean has(String name) { return false; }
    public boolean isNull(String name) { return false; }
    public String getString(String name) throws JSONException { return null; }
    public int getInt(String name) throws JSONException { return 0; }
    public JSONObject optJSONObject(String name) { return null; }
    public long optLong(String name) { return 0L; }
    public String optString(String name, String fallback) { return fallback; }
}

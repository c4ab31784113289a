package vn.sotay.corpus;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Unicode to TCVN3 (TCVN 5712, "ABC") bytes, written from the public code table, for producing a legacy-encoded sample.
 * TCVN3 has no upper-case toned letters (old documents used a separate upper-case font), so those fold to the
 * lower-case code, as typists did; the seven toneless upper-case bases (Ă Â Ê Ô Ơ Ư Đ) keep their own codes.
 */
final class Tcvn3 {
    private static final String BASES = "aăâeêioôơuưy";
    // For each base: grave, hook, tilde, acute, dot below.
    private static final int[][] TONED = {
        {0xB5, 0xB6, 0xB7, 0xB8, 0xB9}, {0xBB, 0xBC, 0xBD, 0xBE, 0xC6}, {0xC7, 0xC8, 0xC9, 0xCA, 0xCB},
        {0xCC, 0xCE, 0xCF, 0xD0, 0xD1}, {0xD2, 0xD3, 0xD4, 0xD5, 0xD6}, {0xD7, 0xD8, 0xDC, 0xDD, 0xDE},
        {0xDF, 0xE1, 0xE2, 0xE3, 0xE4}, {0xE5, 0xE6, 0xE7, 0xE8, 0xE9}, {0xEA, 0xEB, 0xEC, 0xED, 0xEE},
        {0xEF, 0xF1, 0xF2, 0xF3, 0xF4}, {0xF5, 0xF6, 0xF7, 0xF8, 0xF9}, {0xFA, 0xFB, 0xFC, 0xFD, 0xFE}};
    private static final String TONED_UNICODE =
        "àảãáạ" + "ằẳẵắặ" + "ầẩẫấậ" + "èẻẽéẹ" + "ềểễếệ" + "ìỉĩíị" + "òỏõóọ" + "ồổỗốộ" + "ờởỡớợ" + "ùủũúụ" + "ừửữứự" + "ỳỷỹýỵ";

    private final Map<Character, Integer> table = new HashMap<>();

    Tcvn3() {
        String plainLower = "ăâêôơưđ";
        String plainUpper = "ĂÂÊÔƠƯĐ";
        for (int i = 0; i < plainLower.length(); i++) {
            table.put(plainUpper.charAt(i), 0xA1 + i);
            table.put(plainLower.charAt(i), 0xA8 + i);
        }
        for (int b = 0; b < BASES.length(); b++) {
            for (int t = 0; t < 5; t++) {
                char lower = TONED_UNICODE.charAt(b * 5 + t);
                table.put(lower, TONED[b][t]);
                table.put(Character.toUpperCase(lower), TONED[b][t]);
            }
        }
    }

    byte[] encode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.write(c);
            } else {
                Integer code = table.get(c);
                if (code == null) throw new IllegalArgumentException("no TCVN3 code for U+" + Integer.toHexString(c) + " '" + c + "'");
                out.write(code);
            }
        }
        return out.toByteArray();
    }

    /** Inverse used only to check the written file; toned capitals come back lower-case (the encoding lost them). */
    String decode(byte[] bytes) {
        Map<Integer, Character> inverse = new HashMap<>();
        table.forEach((c, code) -> {
            if (!Character.isUpperCase(c) || code < 0xA8) inverse.putIfAbsent(code, c);
        });
        table.forEach((c, code) -> { if (Character.isLowerCase(c)) inverse.put(code, c); });
        for (int i = 0; i < 7; i++) inverse.put(0xA1 + i, "ĂÂÊÔƠƯĐ".charAt(i));
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            int v = b & 0xFF;
            sb.append(v < 0x80 ? (char) v : inverse.get(v));
        }
        return sb.toString();
    }
}

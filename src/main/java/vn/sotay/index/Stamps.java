package vn.sotay.index;

/**
 * A file's stamp as the index keeps it: "size:sha256 access @modified". The content part and the folder's access
 * decide whether a file changed; the size and modification time only let an update skip hashing a file that was
 * not touched since it was indexed (a touched but unchanged file is hashed, found equal and left alone).
 */
final class Stamps {
  private static final String MODIFIED = " @";

  private Stamps() {}

  /** Size and modification time, as the listing and the stamp both write them. */
  static String modified(long size, long modifiedMillis) {
    return size + "/" + modifiedMillis;
  }

  /** @param modified {@link #modified(long, long)} of the file when its content was hashed */
  static String of(String content, String accessCode, String modified) {
    return content + " " + accessCode + MODIFIED + modified;
  }

  /** Same bytes and same folder access, whatever the modification times. */
  static boolean sameContent(String a, String b) {
    return a != null && b != null && withoutModified(a).equals(withoutModified(b));
  }

  /** The indexed stamp was taken at this size and time, under this folder access. */
  static boolean unchangedSince(String indexed, String modified, String accessCode) {
    int at = indexed.lastIndexOf(MODIFIED);
    if (at < 0) return false;
    return indexed.substring(at + MODIFIED.length()).equals(modified)
        && withoutModified(indexed).endsWith(" " + accessCode);
  }

  private static String withoutModified(String stamp) {
    int at = stamp.lastIndexOf(MODIFIED);
    return at < 0 ? stamp : stamp.substring(0, at);
  }
}

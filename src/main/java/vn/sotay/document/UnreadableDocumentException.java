package vn.sotay.document;

/** A file that cannot be turned into a document; the message is the reason shown to the user (Vietnamese). */
public final class UnreadableDocumentException extends Exception {
  public UnreadableDocumentException(String reason) {
    super(reason);
  }

  public UnreadableDocumentException(String reason, Throwable cause) {
    super(reason, cause);
  }
}

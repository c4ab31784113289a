package vn.sotay.cli;

/** A command line that cannot be run as typed; the message tells the user what to change. */
public final class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}

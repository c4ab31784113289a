package vn.sotay.search;

import vn.sotay.index.Fields;

/**
 * Who is looking. Everyone sees public documents; internal ones only a viewer granted internal access (an API
 * token, a Telegram chat, the {@code --noi-bo} flag of the command line). Front ends decide the viewer of each
 * request and start from {@link #PUBLIC}.
 */
public enum Viewer {
  PUBLIC,
  INTERNAL;

  public boolean seesInternal() {
    return this == INTERNAL;
  }

  /** Whether a document with this access code is shown; any code but public's counts as internal. */
  public boolean sees(String access) {
    return seesInternal() || Fields.ACCESS_PUBLIC.equals(access);
  }
}

package vn.sotay.answer;

import vn.sotay.search.InvalidQueryException;
import vn.sotay.search.Viewer;

/** Turns a question into a cited answer. Thread-safe. */
public interface Assistant {
  /** Answers from the documents the viewer may see, and cites only those. */
  Answer ask(String question, Viewer viewer) throws InvalidQueryException;
}

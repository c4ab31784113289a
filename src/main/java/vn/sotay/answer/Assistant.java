package vn.sotay.answer;

import vn.sotay.search.InvalidQueryException;

/** Turns a question into a cited answer. Thread-safe. */
public interface Assistant {
  Answer ask(String question) throws InvalidQueryException;
}

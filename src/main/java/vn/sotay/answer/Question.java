package vn.sotay.answer;

/**
 * What a question asks, as understood before searching.
 *
 * @param text the question as typed
 * @param kind what sort of answer it wants
 * @param count the number of items it names ("9 nhiệm vụ"), or null
 * @param noun the counted or listed noun, folded ("nhiem vu trong tam"), or null
 * @param documentNumber a document number it names ("05-NQ/TU", "nq 05"), or null
 * @param searchText what is searched: Vietnamese, filler and question words removed, number words as digits
 * @param language "vi", or "en" when the question was English and was mapped through the glossary
 */
public record Question(String text, Kind kind, Integer count, String noun, String documentNumber, String searchText,
    String language) {
  public enum Kind { LIST, COUNT, DOCUMENT, WHO, WHEN, PASSAGE }
}

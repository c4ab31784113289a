package vn.sotay.answer;

/**
 * What a question asks, as understood before searching.
 *
 * @param text the question as typed
 * @param kind what sort of answer it wants
 * @param count the number of items it names ("9 nhiệm vụ"), or null
 * @param noun the counted or listed noun, folded ("nhiem vu trong tam"), or null
 * @param documentNumber the question as typed when it names a document number ("Nghị quyết 05 về gì?"), or null
 * @param searchText what is searched: Vietnamese, filler removed, number words as digits (question words stay:
 *     the ranking weighs them little, and "không", "về", "nào" often matter in legal questions)
 * @param keywords the searched text without question words, to judge whether a passage answers
 * @param focus folded words the answering sentence should hold: what follows "ai" ("chu tri") or "bao nhiêu"
 *     ("du an"), or null
 * @param language "vi", or "en" when the question was English and was mapped through the glossary
 */
public record Question(String text, Kind kind, Integer count, String noun, String documentNumber, String searchText,
    String keywords, String focus, String language) {
  public enum Kind { LIST, COUNT, DOCUMENT, WHO, WHEN, PASSAGE }
}

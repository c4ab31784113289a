package vn.sotay.telegram;

/** The bot's fixed messages (HTML). */
final class Notices {
  private Notices() {}

  static String welcome() {
    return "Xin chào! Đây là <b>Sổ tay Nghị quyết</b>: hỏi về nghị quyết, chỉ thị, kết luận, kế hoạch… "
        + "và nhận câu trả lời ngắn kèm trích dẫn nguyên văn, có số ký hiệu và mục của văn bản.\n\n" + help();
  }

  static String help() {
    return """
        <b>Cách dùng</b>
        • Gõ câu hỏi (trong trò chuyện riêng), ví dụ: <i>9 nhiệm vụ trọng tâm là gì?</i> (gõ không dấu cũng được)
        • /hoi &lt;câu hỏi&gt;: hỏi đáp, kèm nguồn trích dẫn
        • /tim &lt;từ khóa&gt;: tìm các đoạn văn bản, xem từng trang
        • /vb &lt;số ký hiệu&gt;: mở văn bản và mục lục, ví dụ /vb 05-NQ/TU hoặc /vb nq 05
        • /moi: các văn bản mới nhất
        • /trogiup: hướng dẫn này

        Nút <b>Toàn văn</b> hiện nguyên đoạn được trích, nút <b>Văn bản</b> mở văn bản chứa đoạn đó, \
        <b>Xem thêm</b> chuyển trang. Trong nhóm, hãy dùng lệnh, nhắc tên bot (@) hoặc trả lời tin nhắn của bot.""";
  }

  static String usage(String command) {
    return switch (command) {
      case Commands.ASK -> "Hãy gõ câu hỏi sau lệnh, ví dụ: /hoi 9 nhiệm vụ trọng tâm là gì?";
      case Commands.SEARCH -> "Hãy gõ từ khóa sau lệnh, ví dụ: /tim chuyển đổi số";
      case Commands.DOCUMENT -> "Hãy gõ số ký hiệu sau lệnh, ví dụ: /vb 05-NQ/TU";
      default -> help();
    };
  }

  static String unknownCommand(String command) {
    return "Không có lệnh /" + Html.escape(command) + ". Gõ /trogiup để xem các lệnh.";
  }

  static String refusal(long userId, long chatId) {
    String ids = userId == chatId
        ? "Mã người dùng của bạn: " + Html.code(Long.toString(userId)) + "."
        : "Mã người dùng của bạn: " + Html.code(Long.toString(userId)) + ", mã nhóm: " + Html.code(Long.toString(chatId)) + ".";
    return "Xin lỗi, bạn chưa được phép dùng Sổ tay Nghị quyết. " + ids
        + " Hãy gửi mã này cho quản trị viên để được thêm vào danh sách được phép.";
  }

  /** For answerCallbackQuery: plain text, at most 200 characters. */
  static String refusalShort(long userId) {
    return "Bạn chưa được phép dùng bot này (mã người dùng " + userId + "). Hãy liên hệ quản trị viên.";
  }

  static String slowDown(long seconds) {
    return "Bạn gửi hơi nhanh, vui lòng chờ khoảng " + seconds + " giây rồi gửi tiếp. Các tin gửi trong lúc chờ sẽ không được trả lời.";
  }

  static String slowDownShort(long seconds) {
    return "Vui lòng chờ khoảng " + seconds + " giây rồi bấm lại.";
  }

  static String apology() {
    return "Xin lỗi, đã có lỗi khi xử lý yêu cầu này. Vui lòng thử lại sau ít phút.";
  }

  static String staleButton() {
    return "Nút này đã hết hạn. Vui lòng gửi lại câu hỏi hoặc lệnh.";
  }

  static String textOnly() {
    return "Hiện bot chỉ đọc tin nhắn chữ. Hãy gõ câu hỏi hoặc /trogiup.";
  }

  static String passageGone() {
    return "Đoạn văn bản này không còn trong kho (kho có thể vừa được cập nhật). Hãy tìm lại.";
  }
}

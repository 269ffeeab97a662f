/**
 * Vietnamese strings of `<hochieu-app>`: its label, the two tabs ("Hướng dẫn",
 * "Khai tờ khai", the words of the issue and of the official service), the
 * button that leads from the guide to the form, and the states of the form
 * panel (loading, failed to load). Spread into the widget's eager table
 * (`localization/vi.ts`), since the app is on the first screen; English in
 * strings.en.ts.
 */
export const appStringsVi = {
  'app.label': 'Cấp hộ chiếu phổ thông ở trong nước',
  'app.tabs': 'Các phần của dịch vụ',
  'app.tab.guide': 'Hướng dẫn',
  'app.tab.form': 'Khai tờ khai',
  'app.toForm': 'Tiếp tục: khai tờ khai',
  'app.toForm.hint': 'Câu trả lời của bạn ở mục “Bạn cần chuẩn bị gì?” sẽ được điền sẵn vào tờ khai.',
  'app.toGuide': 'Xem lại hướng dẫn',
  'app.form.loading': 'Đang tải tờ khai…',
  'app.form.failed': 'Không tải được tờ khai. Hãy kiểm tra kết nối mạng rồi thử lại.',
  'app.form.retry': 'Thử lại',
  'app.draft.text': 'Bạn có một bản khai chưa xong, lưu trên máy này lúc {time}.',
  'app.draft.continue': 'Tiếp tục khai',
  'app.privacy': 'Mọi thông tin bạn nhập chỉ nằm trên máy của bạn, không được gửi đi đâu.',
} as const;

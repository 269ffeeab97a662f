/**
 * Messages of the procedure area (vi source, en translation): every text the
 * guide shows about the procedure "Cấp hộ chiếu phổ thông ở trong nước".
 * Where the Vietnamese is the official wording it is copied from the source
 * page (the Lạng Sơn procedure page, seed 004, or the national portal guide,
 * seed 000) with typography normalised; the data that uses an id says in its
 * `provenance` whether the text is verbatim, an excerpt, a paraphrase or an
 * editorial note. English texts are faithful translations, not legal texts.
 */
import { defineMessages } from '../messages/define.js';

export const procedureMessages = defineMessages({
  // ---------------------------------------------------------------- procedure
  'procedure.name': {
    vi: 'Cấp hộ chiếu phổ thông ở trong nước',
    en: 'Issuing an ordinary passport in Viet Nam',
  },

  // ---------------------------------------------------------------- steps (seed 004, "Trình tự thực hiện")
  'procedure.step.prepare.title': { vi: 'Chuẩn bị hồ sơ', en: 'Prepare the dossier' },
  'procedure.step.prepare.text': {
    vi: 'Chuẩn bị hồ sơ theo quy định của pháp luật.',
    en: 'Prepare the dossier as the law requires.',
  },
  'procedure.step.submit.title': { vi: 'Nộp hồ sơ', en: 'Submit the dossier' },
  'procedure.step.submit.inPerson': {
    vi: 'Người đề nghị cấp hộ chiếu phổ thông trực tiếp nộp hồ sơ vào giờ hành chính các ngày làm việc trong tuần tại Cơ quan Quản lý xuất nhập cảnh Công an cấp tỉnh (khi đến nộp hồ sơ phải xuất trình Chứng minh nhân dân, Thẻ căn cước công dân hoặc hộ chiếu còn giá trị sử dụng).',
    en: 'The applicant submits the dossier in person, during office hours on working days, at the Immigration Management Office of the provincial Police (when submitting, the applicant must show an identity card (Chứng minh nhân dân), a citizen identity card (Thẻ căn cước công dân) or a passport that is still valid).',
  },
  'procedure.step.submit.online': {
    vi: 'Hoặc nộp hồ sơ trực tuyến qua Cổng dịch vụ công quốc gia hoặc Cổng dịch vụ công Bộ Công an và gửi bổ sung hồ sơ qua dịch vụ bưu chính công ích theo thông báo của Cơ quan Quản lý xuất nhập cảnh Công an cấp tỉnh trên Cổng dịch vụ công quốc gia hoặc Cổng dịch vụ công Bộ Công an (nếu có).',
    en: 'Or submits the dossier online through the National Public Service Portal or the Public Service Portal of the Ministry of Public Security, and sends any additional papers by the public postal service when the provincial Immigration Management Office asks for them on either portal.',
  },
  'procedure.step.submit.where.title': { vi: 'Nơi nộp hồ sơ', en: 'Where to submit' },
  'procedure.step.submit.where.first': {
    vi: 'Người đề nghị cấp hộ chiếu lần đầu thực hiện tại Cơ quan Quản lý xuất nhập cảnh Công an cấp tỉnh nơi thường trú hoặc tạm trú; trường hợp có Thẻ căn cước công dân thực hiện tại cơ quan Quản lý xuất nhập cảnh Công an cấp tỉnh nơi thuận lợi.',
    en: 'A person applying for a passport for the first time applies at the Immigration Management Office of the provincial Police where they have permanent or temporary residence; a person who has a citizen identity card may apply at the provincial Immigration Management Office of any province that suits them.',
  },
  'procedure.step.submit.where.subsequent': {
    vi: 'Người đề nghị cấp hộ chiếu từ lần thứ hai thực hiện tại Cơ quan quản lý xuất nhập cảnh Công an cấp tỉnh nơi thuận lợi.',
    en: 'A person applying for a second or later passport applies at the provincial Immigration Management Office of any province that suits them.',
  },
  'procedure.step.submit.officer': {
    vi: 'Cán bộ quản lý xuất nhập cảnh tiếp nhận hồ sơ kiểm tra tính pháp lý và nội dung hồ sơ, chụp ảnh và khai thác, thu thập vân tay của người đề nghị cấp hộ chiếu có gắn chíp điện tử lần đầu.',
    en: 'The immigration officer who receives the dossier checks its legal validity and content, and takes the photo and collects the fingerprints of a person applying for a chip passport for the first time.',
  },
  'procedure.step.submit.outcome.complete': {
    vi: 'Trường hợp hồ sơ đã đầy đủ, hợp lệ thì cấp giấy hẹn trả kết quả cho người đề nghị cấp hộ chiếu phổ thông; yêu cầu nộp lệ phí cho cán bộ thu lệ phí, cán bộ thu lệ phí thu tiền, giao biên lai thu tiền cho người đề nghị cấp hộ chiếu phổ thông hoặc hệ thống của Cổng dịch vụ công thông báo bằng tin nhắn (sms) hoặc thư điện tử (email) để người đề nghị cấp hộ chiếu phổ thông thanh toán trực tuyến và nhận biên lai điện tử.',
    en: 'If the dossier is complete and valid, the applicant receives an appointment slip for the result and is asked to pay the fee to the fee collector, who takes the money and hands over a receipt; or the Public Service Portal sends a text message (SMS) or an email so that the applicant pays online and receives an electronic receipt.',
  },
  'procedure.step.submit.outcome.incomplete': {
    vi: 'Trường hợp hồ sơ thiếu hoặc không hợp lệ thì cán bộ tiếp nhận hồ sơ hướng dẫn hoặc hệ thống của Cổng dịch vụ công thông báo bằng tin nhắn (sms) hoặc thư điện tử (email) để người đề nghị cấp hộ chiếu phổ thông hoàn chỉnh hồ sơ.',
    en: 'If the dossier is incomplete or not valid, the receiving officer explains what is needed, or the Public Service Portal sends a text message (SMS) or an email, so that the applicant can complete the dossier.',
  },
  'procedure.step.submit.outcome.ineligible': {
    vi: 'Trường hợp hồ sơ không đủ điều kiện thì không tiếp nhận hồ sơ, trả lời bằng văn bản hoặc thông báo trên Cổng dịch vụ công quốc gia hoặc Cổng dịch vụ công Bộ Công an và nêu rõ lý do.',
    en: 'If the dossier does not meet the conditions, it is not accepted; the applicant receives a written answer, or a notice on the National Public Service Portal or the Ministry of Public Security portal, stating the reasons.',
  },
  'procedure.step.submit.postalResult': {
    vi: 'Người đề nghị cấp hộ chiếu phổ thông có thể yêu cầu nhận kết quả qua dịch vụ bưu chính và phải trả phí dịch vụ chuyển phát.',
    en: 'The applicant may ask to receive the result by post and must then pay the delivery fee.',
  },
  'procedure.step.submit.receptionTime': {
    vi: 'Thời gian tiếp nhận hồ sơ: Từ thứ 2 đến thứ 6 hàng tuần và sáng thứ 7 (đối với các đơn vị bố trí tiếp nhận hồ sơ vào sáng thứ 7); trừ ngày Tết, ngày lễ.',
    en: 'Dossiers are received Monday to Friday, and on Saturday morning at offices that arrange Saturday-morning reception; except on Tết and public holidays.',
  },
  'procedure.step.receive.title': { vi: 'Nhận kết quả', en: 'Receive the result' },
  'procedure.step.receive.inPerson': {
    vi: 'Người đề nghị cấp hộ chiếu phổ thông trực tiếp nhận kết quả tại Cơ quan Quản lý xuất nhập cảnh Công an cấp tỉnh; khi đến nhận kết quả mang theo giấy hẹn trả kết quả, xuất trình Chứng minh nhân dân hoặc Thẻ căn cước công dân.',
    en: 'The applicant collects the result in person at the provincial Immigration Management Office, bringing the appointment slip and showing an identity card (Chứng minh nhân dân) or a citizen identity card (Thẻ căn cước công dân).',
  },
  'procedure.step.receive.byPost': {
    vi: 'Trường hợp đề nghị nhận kết quả qua dịch vụ bưu chính thực hiện theo hướng dẫn của cơ quan cung cấp dịch vụ bưu chính.',
    en: 'If the applicant asked to receive the result by post, follow the instructions of the postal service provider.',
  },
  'procedure.step.receive.notIssued': {
    vi: 'Trường hợp chưa cấp hộ chiếu phổ thông thì trả lời bằng văn bản hoặc thông báo trên Cổng dịch vụ công quốc gia hoặc Cổng dịch vụ công Bộ Công an và nêu rõ lý do.',
    en: 'If the passport is not issued, the applicant receives a written answer, or a notice on the National Public Service Portal or the Ministry of Public Security portal, stating the reasons.',
  },
  'procedure.step.receive.returnTime': {
    vi: 'Thời gian trả hộ chiếu: Giờ hành chính từ thứ 2 đến thứ 6 hàng tuần (trừ ngày Tết, ngày lễ).',
    en: 'Passports are returned during office hours, Monday to Friday (except on Tết and public holidays).',
  },
  'procedure.note.cmndExpired': {
    vi: 'Chứng minh nhân dân chỉ được sử dụng đến hết ngày 31/12/2024 (Luật Căn cước 2023, Điều 46 khoản 2). Hãy mang thẻ căn cước công dân, thẻ căn cước hoặc hộ chiếu còn giá trị sử dụng.',
    en: 'The old identity card (Chứng minh nhân dân) could be used only until 31/12/2024 (Law on Identification 2023, Article 46(2)). Bring a citizen identity card, an identity card (thẻ căn cước) or a passport that is still valid.',
  },

  // ---------------------------------------------------------------- channels (seed 004, "Cách thức thực hiện")
  'procedure.channel.inPerson.title': { vi: 'Nộp trực tiếp', en: 'In person' },
  'procedure.channel.inPerson.text': {
    vi: 'Nộp hồ sơ trực tiếp tại trụ sở Cơ quan Quản lý xuất nhập cảnh Công an cấp tỉnh.',
    en: 'Submit the dossier in person at the premises of the provincial Immigration Management Office.',
  },
  'procedure.channel.online.title': { vi: 'Nộp trực tuyến', en: 'Online' },
  'procedure.channel.online.text': {
    vi: 'Nộp hồ sơ trực tuyến qua Cổng dịch vụ công quốc gia hoặc Cổng dịch vụ công Bộ Công an.',
    en: 'Submit the dossier online through the National Public Service Portal or the Public Service Portal of the Ministry of Public Security.',
  },
  'procedure.channel.online.conditions.title': {
    vi: 'Điều kiện đối với công dân đăng ký sử dụng dịch vụ cấp hộ chiếu trực tuyến',
    en: 'Conditions for citizens who use the online passport service',
  },
  'procedure.channel.online.condition.account': {
    vi: 'Đã có tài khoản trên Cổng dịch vụ công quốc gia.',
    en: 'Have an account on the National Public Service Portal.',
  },
  'procedure.channel.online.condition.chipId': {
    vi: 'Có CCCD có gắn chip điện tử.',
    en: 'Have a citizen identity card (CCCD) with an electronic chip.',
  },
  'procedure.channel.online.condition.chipIdRepresentative': {
    vi: 'Thẻ căn cước gắn chip là của người khai: với người chưa đủ 14 tuổi (mẫu TK01a), cha, mẹ hoặc người giám hộ nộp trực tuyến bằng tài khoản và thẻ căn cước gắn chip của chính mình; trẻ không cần có thẻ căn cước.',
    en: 'The chip ID card is the declarant’s: for a child under 14 (form TK01a), the parent or guardian applies online with their own account and chip ID card; the child needs no ID card.',
  },
  'procedure.channel.online.condition.payment': {
    vi: 'Có khả năng thanh toán trực tuyến (tự thanh toán hoặc nhờ người khác thanh toán hộ).',
    en: 'Be able to pay online (yourself, or by asking someone else to pay for you).',
  },
  'procedure.channel.online.certification': {
    vi: 'Trường hợp nộp hồ sơ trực tuyến thì thành phần hồ sơ phải được chứng thực điện tử theo quy định, trường hợp hồ sơ chưa được chứng thực điện tử thì gửi hồ sơ về cơ quan tiếp nhận thông qua dịch vụ bưu chính công ích.',
    en: 'When applying online, the dossier components must be certified electronically as required; components that are not certified electronically are sent to the receiving office by the public postal service.',
  },
  'procedure.channel.online.fullyOnline': {
    vi: 'Thủ tục được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình.',
    en: 'The procedure is offered as a fully online public service.',
  },
  'procedure.channel.online.vneid': {
    vi: 'Có thể đăng nhập Cổng dịch vụ công bằng tài khoản định danh điện tử VNeID mức độ 2.',
    en: 'You can also log in to the Public Service Portal with a level-2 VNeID electronic identification account.',
  },
  'procedure.channel.postal.title': { vi: 'Qua dịch vụ bưu chính', en: 'By post' },
  'procedure.channel.postal.text': {
    vi: 'Nộp bổ sung hồ sơ qua dịch vụ bưu chính công ích theo thông báo từ hệ thống của Cổng dịch vụ công bằng tin nhắn (sms) hoặc thư điện tử (email) (nếu có).',
    en: 'Send additional papers by the public postal service when the Public Service Portal asks for them by text message (SMS) or email.',
  },
  'procedure.portal.national': { vi: 'Cổng dịch vụ công quốc gia', en: 'National Public Service Portal' },
  'procedure.portal.ministry': {
    vi: 'Cổng dịch vụ công Bộ Công an',
    en: 'Public Service Portal of the Ministry of Public Security',
  },

  // ---------------------------------------------------------------- receiving office rule
  'procedure.office.residence': {
    vi: 'Cơ quan Quản lý xuất nhập cảnh Công an cấp tỉnh nơi bạn thường trú hoặc tạm trú',
    en: 'The provincial Immigration Management Office of the province where you have permanent or temporary residence',
  },
  'procedure.office.anyConvenient': {
    vi: 'Cơ quan Quản lý xuất nhập cảnh Công an cấp tỉnh ở bất kỳ tỉnh, thành phố nào thuận lợi cho bạn',
    en: 'The provincial Immigration Management Office of any province or city that suits you',
  },
  'procedure.office.why.firstWithoutCard': {
    vi: 'Cấp hộ chiếu lần đầu khi chưa có thẻ căn cước công dân.',
    en: 'First passport, and no citizen identity card yet.',
  },
  'procedure.office.why.firstWithCard': {
    vi: 'Cấp hộ chiếu lần đầu và đã có thẻ căn cước công dân.',
    en: 'First passport, with a citizen identity card.',
  },
  'procedure.office.why.subsequent': {
    vi: 'Cấp hộ chiếu từ lần thứ hai.',
    en: 'Second or later passport.',
  },
  'procedure.office.why.otherUnknown': {
    vi: 'Chưa rõ đây là lần cấp đầu hay từ lần thứ hai, nên chỉ nêu nơi chắc chắn được tiếp nhận hồ sơ.',
    en: 'It is not known whether this is a first or a later passport, so only the office that certainly accepts the dossier is shown.',
  },

  // ---------------------------------------------------------------- portal guide (seed 000)
  'procedure.portalGuide.title': {
    vi: 'Hướng dẫn công dân đăng ký tài khoản, đăng nhập sử dụng Cổng dịch vụ công quốc gia',
    en: 'How to register an account on, and log in to, the National Public Service Portal',
  },
  'procedure.portalGuide.datedNote': {
    vi: 'Hướng dẫn này được đăng ngày 31/05/2022, trước khi bắt đầu cấp hộ chiếu gắn chíp điện tử (01/03/2023); tên dịch vụ và các nút trên Cổng có thể đã thay đổi.',
    en: 'This guide was published on 31/05/2022, before chip passports were first issued (01/03/2023); the service name and the buttons on the portal may have changed.',
  },
  'procedure.portalGuide.conditionsHeading': { vi: 'Điều kiện áp dụng', en: 'Conditions' },
  'procedure.portalGuide.stepsHeading': { vi: 'Các bước tiến hành', en: 'Steps' },
  'procedure.portalGuide.stepLabel': { vi: 'Bước {number}', en: 'Step {number}' },
  'procedure.portalGuide.register.title': {
    vi: 'Hướng dẫn công dân đăng ký tài khoản Cổng dịch vụ công quốc gia',
    en: 'How to register an account on the National Public Service Portal',
  },
  'procedure.portalGuide.register.condition.chipId': {
    vi: 'Có căn cước công dân gắn chip điện tử.',
    en: 'Have a citizen identity card with an electronic chip.',
  },
  'procedure.portalGuide.register.condition.subscriber': {
    vi: 'Thuê bao đăng ký chính chủ bằng CCCD loại 12 số (nếu sử dụng số CMND 9 số để đăng ký phải liên hệ với nhà mạng để cập nhật thông tin).',
    en: 'A mobile subscription registered in your own name with your 12-digit citizen identity card (if it was registered with a 9-digit CMND number, contact the mobile operator to update it).',
  },
  'procedure.portalGuide.register.step1': {
    vi: 'Truy cập Cổng dịch vụ công quốc gia: {nationalPortalUrl}',
    en: 'Go to the National Public Service Portal: {nationalPortalUrl}',
  },
  'procedure.portalGuide.register.step2': { vi: 'Chọn “Đăng ký”', en: 'Select “Đăng ký” (Register)' },
  'procedure.portalGuide.register.step3': {
    vi: 'Chọn phương thức đăng ký: Công dân',
    en: 'Choose the registration type: Công dân (Citizen)',
  },
  'procedure.portalGuide.register.step3.byMobile': {
    vi: 'Chọn đăng ký bằng: “Thuê bao di động”',
    en: 'Choose to register with: “Thuê bao di động” (Mobile subscription)',
  },
  'procedure.portalGuide.register.step4': {
    vi: 'Nhập số CCCD, nhập họ tên, nhập ngày sinh, nhập số điện thoại, email (nếu có), nhập mã xác thực → chọn “Đăng ký”',
    en: 'Enter your citizen identity card number, full name, date of birth, phone number, email (if any) and the verification code → select “Đăng ký” (Register)',
  },
  'procedure.portalGuide.register.step5': {
    vi: 'Nhập mã OTP được gửi vào số điện thoại đăng ký',
    en: 'Enter the one-time code (OTP) sent to the registered phone number',
  },
  'procedure.portalGuide.register.step6': {
    vi: 'Nhập mật khẩu và xác nhận mật khẩu',
    en: 'Enter a password and confirm it',
  },
  'procedure.portalGuide.register.step7': {
    vi: 'Tạo tài khoản thành công',
    en: 'The account is created',
  },
  'procedure.portalGuide.submit.title': {
    vi: 'Hướng dẫn công dân đăng nhập sử dụng Dịch vụ công quốc gia đăng ký cấp hộ chiếu',
    en: 'How to log in and use the National Public Service Portal to apply for a passport',
  },
  'procedure.portalGuide.submit.step1': {
    vi: 'Truy cập Cổng dịch vụ công quốc gia: {nationalPortalUrl} hoặc Cổng Dịch vụ công của Bộ Công an {ministryPortalUrl}',
    en: 'Go to the National Public Service Portal: {nationalPortalUrl} or the Public Service Portal of the Ministry of Public Security: {ministryPortalUrl}',
  },
  'procedure.portalGuide.submit.step2': { vi: 'Chọn “Đăng nhập”', en: 'Select “Đăng nhập” (Log in)' },
  'procedure.portalGuide.submit.step3': {
    vi: 'Chọn “Tài khoản cấp bởi Cổng dịch vụ công quốc gia”',
    en: 'Select “Tài khoản cấp bởi Cổng dịch vụ công quốc gia” (Account issued by the National Public Service Portal)',
  },
  'procedure.portalGuide.submit.step4': {
    vi: 'Nhập “Tên đăng nhập”, “Mật khẩu”, “Mã xác thực” → chọn “Đăng nhập”',
    en: 'Enter “Tên đăng nhập” (user name), “Mật khẩu” (password) and “Mã xác thực” (verification code) → select “Đăng nhập” (Log in)',
  },
  'procedure.portalGuide.submit.step5': {
    vi: 'Nhập mã OTP được gửi về điện thoại → Chọn Xác nhận',
    en: 'Enter the one-time code (OTP) sent to your phone → select Xác nhận (Confirm)',
  },
  'procedure.portalGuide.submit.step6': { vi: 'Đăng nhập thành công', en: 'You are logged in' },
  'procedure.portalGuide.submit.step7': {
    vi: 'Tìm kiếm dịch vụ cấp hộ chiếu: nhập từ khóa “hộ chiếu”',
    en: 'Search for the passport service: type the keyword “hộ chiếu” (passport)',
  },
  'procedure.portalGuide.submit.step8': {
    vi: 'Chọn cấp hộ chiếu phổ thông không gắn chíp điện tử ở trong nước',
    en: 'Choose the service for issuing an ordinary passport without an electronic chip in Viet Nam',
  },
  'procedure.portalGuide.submit.step9': {
    vi: 'Nộp hồ sơ: chọn “Nộp trực tuyến”',
    en: 'Submit the dossier: select “Nộp trực tuyến” (Submit online)',
  },
  'procedure.portalGuide.submit.step9.uploadImages': {
    vi: 'Tải ảnh chân dung, ảnh mặt trước CCCD, ảnh mặt sau CCCD',
    en: 'Upload the portrait photo and images of the front and back of the citizen identity card',
  },
  'procedure.portalGuide.submit.step9.fields': {
    vi: 'Kiểm tra và nhập đầy đủ thông tin các trường có dấu (*)',
    en: 'Check and fill in every field marked (*)',
  },
  'procedure.portalGuide.submit.step9.office': {
    vi: 'Chọn cơ quan tiếp nhận',
    en: 'Choose the receiving office',
  },
  'procedure.portalGuide.submit.step9.delivery': {
    vi: 'Chọn nơi nhận hộ chiếu: nhận trực tiếp hoặc nhận qua bưu chính (chọn nhận qua bưu chính điền đầy đủ địa chỉ nhận hộ chiếu)',
    en: 'Choose how to receive the passport: in person or by post (if by post, fill in the full delivery address)',
  },
  'procedure.portalGuide.submit.step9.attachments': {
    vi: 'Tải các tài liệu đính kèm trong thành phần hồ sơ theo quy định:',
    en: 'Upload the attached documents required in the dossier:',
  },
  'procedure.portalGuide.submit.step9.chooseFile': {
    vi: 'Chọn tệp tin và tải lên, có thể tải mẫu đơn ở mục “tải về”',
    en: 'Choose a file and upload it; blank forms can be downloaded under “tải về” (download)',
  },
  'procedure.portalGuide.submit.step9.jpeg': {
    vi: 'Tải ảnh tài liệu dưới dạng jpeg.',
    en: 'Upload images of the documents as JPEG files.',
  },
  'procedure.portalGuide.submit.step10': { vi: 'Chọn đồng ý và tiếp tục', en: 'Select agree and continue' },
  'procedure.portalGuide.submit.step11': {
    vi: 'Kiểm tra đầy đủ thông tin, nhập mã xác nhận, tích chọn “tôi xin chịu trách nhiệm trước pháp luật về lời khai trên”. Sau đó chọn “Nộp hồ sơ”',
    en: 'Check all the information, enter the confirmation code and tick “tôi xin chịu trách nhiệm trước pháp luật về lời khai trên” (I take legal responsibility for the above statements). Then select “Nộp hồ sơ” (Submit dossier)',
  },
  'procedure.portalGuide.submit.step12': { vi: 'Nộp hồ sơ thành công', en: 'The dossier is submitted' },

  // ---------------------------------------------------------------- dossier documents (seed 004, "Thành phần hồ sơ")
  'procedure.documents.title': { vi: 'Thành phần hồ sơ', en: 'Dossier components' },
  'procedure.doc.declaration.title': {
    vi: 'Tờ khai đề nghị cấp hộ chiếu phổ thông ở trong nước',
    en: 'Application form for an ordinary passport issued in Viet Nam',
  },
  'procedure.doc.declaration.description': {
    vi: 'Mẫu TK01 cho người từ đủ 14 tuổi trở lên, mẫu TK01a cho người chưa đủ 14 tuổi.',
    en: 'Form TK01 for people aged 14 and over, form TK01a for people under 14.',
  },
  'procedure.doc.declaration.source': {
    vi: '01 tờ khai đề nghị cấp hộ chiếu phổ thông ở trong nước (mẫu TK01 dành cho người từ 14 tuổi trở lên; mẫu TK01a dành cho người chưa đủ 14 tuổi) ban hành kèm theo Thông tư số 31/2023/TT-BCA, ngày 20/7/2023 của Bộ Công an.',
    en: 'One application form for an ordinary passport issued in Viet Nam (form TK01 for people aged 14 and over; form TK01a for people under 14), issued with Circular 31/2023/TT-BCA of 20/7/2023 of the Ministry of Public Security.',
  },
  'procedure.doc.photo.title': { vi: 'Ảnh chân dung', en: 'Portrait photo' },
  'procedure.doc.photo.description': {
    vi: 'Ảnh cỡ 4cm x 6cm, chụp không quá 6 tháng, nền trắng.',
    en: 'A 4 cm × 6 cm photo, taken within the last 6 months, on a white background.',
  },
  'procedure.doc.photo.source': {
    vi: 'Ảnh mới chụp không quá 6 tháng, cỡ 4cm x 6cm, mặt nhìn thẳng, đầu để trần, rõ mặt, rõ hai tai, không đeo kính, trang phục lịch sự, phông ảnh nền trắng.',
    en: 'A photo taken within the last 6 months, 4 cm × 6 cm, facing straight ahead, head uncovered, face and both ears clearly visible, no glasses, neat clothing, white background.',
  },
  'procedure.doc.previousPassport.title': {
    vi: 'Hộ chiếu phổ thông cấp lần gần nhất',
    en: 'The most recently issued ordinary passport',
  },
  'procedure.doc.previousPassport.description': {
    vi: 'Nộp lại hộ chiếu được cấp gần nhất nếu hộ chiếu đó còn giá trị sử dụng.',
    en: 'Hand in your most recent passport if it is still valid.',
  },
  'procedure.doc.previousPassport.source': {
    vi: 'Hộ chiếu phổ thông cấp lần gần nhất còn giá trị sử dụng đối với người đã được cấp hộ chiếu.',
    en: 'The most recently issued ordinary passport, if still valid, for a person who has been issued a passport.',
  },
  'procedure.doc.lossReport.title': {
    vi: 'Đơn báo mất hộ chiếu hoặc thông báo đã tiếp nhận đơn',
    en: 'Passport loss report, or the notice that the report was received',
  },
  'procedure.doc.lossReport.description': {
    vi: 'Cần khi hộ chiếu còn giá trị sử dụng bị mất.',
    en: 'Needed when a passport that was still valid has been lost.',
  },
  'procedure.doc.lossReport.source': {
    vi: 'Trường hợp hộ chiếu còn giá trị sử dụng bị mất phải kèm đơn báo mất hoặc thông báo về việc đã tiếp nhận đơn của cơ quan có thẩm quyền quy định tại điểm a khoản 2 Điều 28 Luật xuất cảnh, nhập cảnh của công dân Việt Nam.',
    en: 'If a passport that was still valid has been lost, attach the loss report, or the notice from the competent authority named in Article 28(2)(a) of the Law on Exit and Entry of Vietnamese Citizens that it received the report.',
  },
  'procedure.doc.birthCertificate.title': {
    vi: 'Bản sao giấy khai sinh hoặc trích lục khai sinh',
    en: 'Copy of the birth certificate or birth register extract',
  },
  'procedure.doc.birthCertificate.description': {
    vi: 'Cần cho trẻ chưa đủ 14 tuổi chưa được cấp số định danh cá nhân.',
    en: 'Needed for a child under 14 who has no personal identification number yet.',
  },
  'procedure.doc.birthCertificate.source': {
    vi: 'Bản sao giấy khai sinh hoặc trích lục giấy khai sinh đối với người chưa đủ 14 tuổi chưa được cấp mã số định danh cá nhân; trường hợp không có bản sao Giấy khai sinh, trích lục giấy khai sinh thì nộp bản chụp và xuất trình bản chính để kiểm tra, đối chiếu.',
    en: 'A copy of the birth certificate or birth register extract for a person under 14 who has not been given a personal identification number; without a certified copy, hand in a photocopy and show the original for checking.',
  },
  'procedure.doc.representationProof.title': {
    vi: 'Giấy tờ chứng minh người đại diện hợp pháp',
    en: 'Proof of legal representation',
  },
  'procedure.doc.representationProof.description': {
    vi: 'Bản sao giấy tờ do cơ quan có thẩm quyền của Việt Nam cấp, chứng minh người khai và ký thay là người đại diện hợp pháp.',
    en: 'A copy of a paper issued by a competent Vietnamese authority showing that the person who fills in and signs the form is the legal representative.',
  },
  'procedure.doc.representationProof.source': {
    vi: 'Bản sao giấy tờ do cơ quan có thẩm quyền của Việt Nam cấp chứng minh người đại diện hợp pháp đối với người mất năng lực hành vi dân sự, người có khó khăn trong nhận thức, làm chủ hành vi theo quy định của Bộ luật Dân sự, người chưa đủ 14 tuổi; trường hợp không có bản sao thì nộp bản chụp và xuất trình bản chính để kiểm tra, đối chiếu.',
    en: 'A copy of a paper issued by a competent Vietnamese authority proving legal representation of a person who has lost civil act capacity, a person with difficulties in cognition or in controlling their behaviour under the Civil Code, or a person under 14; without a certified copy, hand in a photocopy and show the original for checking.',
  },
  'procedure.doc.idCardImages.title': {
    vi: 'Ảnh mặt trước và mặt sau thẻ căn cước công dân',
    en: 'Images of the front and back of the citizen identity card',
  },
  'procedure.doc.idCardImages.description': {
    vi: 'Chỉ khi nộp trực tuyến: tải lên Cổng dịch vụ công hai ảnh, mặt trước và mặt sau.',
    en: 'Online only: upload two images to the portal, the front and the back.',
  },
  'procedure.doc.identityDocument.title': {
    vi: 'Giấy tờ tùy thân để xuất trình',
    en: 'Identity document to show',
  },
  'procedure.doc.identityDocument.description': {
    vi: 'Không nộp vào hồ sơ, chỉ xuất trình khi đến nộp hồ sơ.',
    en: 'Not part of the dossier; only shown when you submit it.',
  },
  'procedure.doc.identityDocument.source': {
    vi: 'Khi đến nộp hồ sơ phải xuất trình Chứng minh nhân dân, Thẻ căn cước công dân hoặc hộ chiếu còn giá trị sử dụng.',
    en: 'When submitting, show an identity card (Chứng minh nhân dân), a citizen identity card or a passport that is still valid.',
  },
  'procedure.doc.form.original': { vi: 'Bản chính', en: 'Original' },
  'procedure.doc.form.copy': { vi: 'Bản sao', en: 'Copy' },
  'procedure.doc.form.image': { vi: 'Tệp ảnh tải lên', en: 'Uploaded image file' },
  'procedure.doc.form.show': { vi: 'Chỉ xuất trình', en: 'Show only' },
  'procedure.doc.note.copyOrShowOriginal': {
    vi: 'Nếu không có bản sao thì nộp bản chụp và xuất trình bản chính để kiểm tra, đối chiếu.',
    en: 'Without a certified copy, hand in a photocopy and show the original for checking.',
  },
  'procedure.docReason.declaration.tk01': {
    vi: 'Người đề nghị từ đủ 14 tuổi trở lên: dùng mẫu TK01.',
    en: 'The applicant is 14 or older: use form TK01.',
  },
  'procedure.docReason.declaration.tk01a': {
    vi: 'Người đề nghị chưa đủ 14 tuổi: dùng mẫu TK01a, người đại diện hợp pháp khai và ký thay.',
    en: 'The applicant is under 14: use form TK01a, filled in and signed by the legal representative.',
  },
  'procedure.docReason.declaration.representative': {
    vi: 'Người đề nghị mất năng lực hành vi dân sự hoặc có khó khăn trong nhận thức, làm chủ hành vi: người đại diện hợp pháp khai và ký thay trên mẫu TK01.',
    en: 'The applicant has lost civil act capacity or has difficulties in cognition or in controlling their behaviour: the legal representative fills in and signs form TK01.',
  },
  'procedure.docReason.photo.paper': {
    vi: 'Mọi hồ sơ đều cần ảnh chân dung.',
    en: 'Every dossier needs a portrait photo.',
  },
  'procedure.docReason.photo.online': {
    vi: 'Nộp trực tuyến: tải ảnh chân dung lên Cổng dịch vụ công.',
    en: 'Online: upload the portrait photo to the portal.',
  },
  'procedure.docReason.previousPassport.valid': {
    vi: 'Bạn đã được cấp hộ chiếu và hộ chiếu đó còn giá trị sử dụng.',
    en: 'You have a passport and it is still valid.',
  },
  'procedure.docReason.previousPassport.ifValid': {
    vi: 'Bạn đã được cấp hộ chiếu: nộp lại hộ chiếu cấp lần gần nhất nếu còn giá trị sử dụng.',
    en: 'You have been issued a passport: hand in the most recent one if it is still valid.',
  },
  'procedure.docReason.lossReport.valid': {
    vi: 'Hộ chiếu còn giá trị sử dụng đã bị mất.',
    en: 'A passport that was still valid has been lost.',
  },
  'procedure.docReason.lossReport.ifValid': {
    vi: 'Hộ chiếu bị mất: kèm đơn báo mất nếu hộ chiếu đó còn giá trị sử dụng.',
    en: 'The passport was lost: attach the loss report if that passport was still valid.',
  },
  'procedure.docReason.birthCertificate': {
    vi: 'Người chưa đủ 14 tuổi chưa được cấp số định danh cá nhân.',
    en: 'The child is under 14 and has no personal identification number yet.',
  },
  'procedure.docReason.representationProof.child': {
    vi: 'Người đề nghị chưa đủ 14 tuổi: cần chứng minh người khai và ký thay là người đại diện hợp pháp.',
    en: 'The applicant is under 14: prove that the person who fills in and signs is the legal representative.',
  },
  'procedure.docReason.representationProof.adult': {
    vi: 'Người đại diện hợp pháp khai và ký thay: cần chứng minh quan hệ đại diện.',
    en: 'A legal representative fills in and signs: prove the representation.',
  },
  'procedure.docReason.idCardImages': {
    vi: 'Nộp trực tuyến: Cổng dịch vụ công yêu cầu ảnh mặt trước và mặt sau CCCD.',
    en: 'Online: the portal asks for images of the front and back of the citizen identity card.',
  },
  'procedure.docReason.identityDocument': {
    vi: 'Nộp trực tiếp: khi đến nộp hồ sơ phải xuất trình giấy tờ tùy thân.',
    en: 'In person: you must show an identity document when you submit the dossier.',
  },

  // ---------------------------------------------------------------- fees (seed 004, "Lệ phí"; facts §6)
  'procedure.fee.title': { vi: 'Lệ phí', en: 'Fee' },
  'procedure.fee.seed.base': {
    vi: '200.000 đồng/hộ chiếu. Trường hợp cấp lại do bị hỏng hoặc bị mất: 400.000 đồng/hộ chiếu (Thông tư số 25/2021/TT-BTC ngày 07/4/2021 của Bộ Tài chính).',
    en: '200,000 VND per passport. Reissue because the passport was damaged or lost: 400,000 VND per passport (Circular 25/2021/TT-BTC of 07/4/2021 of the Ministry of Finance).',
  },
  'procedure.fee.seed.tt44': {
    vi: '160.000/hộ chiếu, trường hợp cấp lại do bị hư hỏng hoặc bị mất: 320.000/hộ chiếu (áp dụng đến hết ngày 31/12/2023 theo Thông tư số 44/2023/TT-BTC ngày 29/6/2023 của Bộ Tài chính).',
    en: '160,000 per passport; reissue because the passport was damaged or lost: 320,000 per passport (applied until 31/12/2023 under Circular 44/2023/TT-BTC of 29/6/2023 of the Ministry of Finance).',
  },
  'procedure.fee.rule.tt25': {
    vi: 'Mức thu cơ bản (Thông tư số 25/2021/TT-BTC)',
    en: 'Base rate (Circular 25/2021/TT-BTC)',
  },
  'procedure.fee.rule.tt44': {
    vi: 'Mức thu giảm 20% từ 01/7/2023 đến 31/12/2023 (Thông tư số 44/2023/TT-BTC)',
    en: '20% reduction from 01/7/2023 to 31/12/2023 (Circular 44/2023/TT-BTC)',
  },
  'procedure.fee.rule.tt63Online': {
    vi: 'Nộp hồ sơ trực tuyến: 90% mức thu, từ 01/01/2024 đến 31/12/2025 (Thông tư số 63/2023/TT-BTC)',
    en: 'Online applications: 90% of the rate, from 01/01/2024 to 31/12/2025 (Circular 63/2023/TT-BTC)',
  },
  'procedure.fee.rule.tt64': {
    vi: 'Mức thu giảm 50% từ 01/7/2025 (Thông tư số 64/2025/TT-BTC)',
    en: '50% reduction from 01/7/2025 (Circular 64/2025/TT-BTC)',
  },
  'procedure.fee.kind.issue': {
    vi: 'Cấp mới (lần đầu hoặc từ lần thứ hai)',
    en: 'New passport (first or later)',
  },
  'procedure.fee.kind.replacement': {
    vi: 'Cấp lại do bị hỏng hoặc bị mất',
    en: 'Reissue because the passport was damaged or lost',
  },
  'procedure.fee.amount': { vi: '{amount} đồng/hộ chiếu', en: '{amount} VND per passport' },
  'procedure.fee.validity': { vi: 'Từ {from} đến hết {to}', en: 'From {from} to {to} inclusive' },
  'procedure.fee.validityOpen': { vi: 'Từ {from}', en: 'From {from}' },
  'procedure.fee.note.children': {
    vi: 'Người chưa đủ 14 tuổi nộp cùng mức lệ phí: biểu lệ phí không có mức riêng theo độ tuổi.',
    en: 'Children under 14 pay the same fee: the fee schedule has no age-based rate.',
  },
  'procedure.fee.note.courier': {
    vi: 'Phí dịch vụ chuyển phát khi nhận hộ chiếu qua bưu chính không phải là lệ phí cấp hộ chiếu; người đề nghị trả riêng cho đơn vị cung cấp dịch vụ bưu chính.',
    en: 'The delivery fee for receiving the passport by post is not part of the passport fee; the applicant pays it separately to the postal service provider.',
  },
  'procedure.fee.note.overlap': {
    vi: 'Từ 01/7/2025 đến 31/12/2025, hồ sơ nộp trực tuyến cũng áp dụng mức 50% của Thông tư số 64/2025/TT-BTC, thấp hơn mức 90% dành cho nộp trực tuyến; hai mức giảm không cộng dồn.',
    en: 'From 01/7/2025 to 31/12/2025, online applications also pay the 50% rate of Circular 64/2025/TT-BTC, which is lower than the 90% online rate; the two reductions are not combined.',
  },
  'procedure.fee.note.uncertainEnd': {
    vi: 'Các nguồn không thống nhất ngày kết thúc mức giảm 50% (31/12/2025 hay 31/12/2026). Hãy hỏi lại cơ quan tiếp nhận hồ sơ.',
    en: 'Sources disagree on when the 50% reduction ends (31/12/2025 or 31/12/2026). Check with the receiving office.',
  },
  'procedure.fee.note.basisConflict': {
    vi: 'Một số nguồn ghi căn cứ của mức 90% khi nộp trực tuyến là Thông tư số 62/2023/TT-BTC, số khác ghi Thông tư số 63/2023/TT-BTC.',
    en: 'Some sources give Circular 62/2023/TT-BTC as the basis of the 90% online rate, others Circular 63/2023/TT-BTC.',
  },
  'procedure.fee.note.afterReduction': {
    vi: 'Sau khi các mức giảm hết hiệu lực, áp dụng mức thu của Thông tư số 25/2021/TT-BTC, trừ khi có văn bản mới.',
    en: 'Once the reductions end, the rates of Circular 25/2021/TT-BTC apply unless a new instrument is issued.',
  },

  // ---------------------------------------------------------------- legal basis (seed 004, "Căn cứ pháp lý"; facts)
  'procedure.legal.title': { vi: 'Căn cứ pháp lý', en: 'Legal basis' },
  'procedure.legal.issuer.nationalAssembly': { vi: 'Quốc hội', en: 'National Assembly' },
  'procedure.legal.issuer.government': { vi: 'Chính phủ', en: 'Government' },
  'procedure.legal.issuer.publicSecurity': { vi: 'Bộ Công an', en: 'Ministry of Public Security' },
  'procedure.legal.issuer.finance': { vi: 'Bộ Tài chính', en: 'Ministry of Finance' },
  'procedure.legal.law49_2019': {
    vi: 'Luật Xuất cảnh, nhập cảnh của công dân Việt Nam',
    en: 'Law on Exit and Entry of Vietnamese Citizens',
  },
  'procedure.legal.law23_2023.seedDate': {
    vi: 'Quốc hội thông qua Luật ngày 24/6/2023 (có hiệu lực từ 15/8/2023); trang thủ tục của tỉnh ghi ngày 14/6/2023.',
    en: 'The National Assembly passed the law on 24/6/2023 (in force from 15/8/2023); the provincial procedure page says 14/6/2023.',
  },
  'procedure.legal.law23_2023': {
    vi: 'Luật sửa đổi, bổ sung một số điều của Luật Xuất cảnh, nhập cảnh của công dân Việt Nam và Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam',
    en: 'Law amending the Law on Exit and Entry of Vietnamese Citizens and the Law on Entry, Exit, Transit and Residence of Foreigners in Viet Nam',
  },
  'procedure.legal.tt110_2020': {
    vi: 'Quy định quy trình thu thập vân tay của người đề nghị cấp hộ chiếu có gắn chíp điện tử và người đăng ký xuất cảnh, nhập cảnh bằng cổng kiểm soát tự động',
    en: 'Procedure for collecting the fingerprints of people applying for a chip passport and of people registering to cross the border through automated gates',
  },
  'procedure.legal.tt31_2023': {
    vi: 'Quy định về mẫu hộ chiếu, giấy thông hành và các biểu mẫu liên quan',
    en: 'Passport and travel-permit models and related forms',
  },
  'procedure.legal.tt25_2021': {
    vi: 'Quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, lệ phí trong lĩnh vực xuất cảnh, nhập cảnh, quá cảnh, cư trú tại Việt Nam',
    en: 'Rates, collection, payment, management and use of fees and charges for exit, entry, transit and residence in Viet Nam',
  },
  'procedure.legal.tt44_2023': {
    vi: 'Quy định mức thu một số khoản lệ phí nhằm hỗ trợ người dân và doanh nghiệp',
    en: 'Rates of certain charges to support citizens and businesses',
  },
  'procedure.legal.tt63_2023': {
    vi: 'Thông tư của Bộ Tài chính bổ sung khoản 3 Điều 4 Thông tư số 25/2021/TT-BTC: mức thu bằng 90% khi nộp hồ sơ trực tuyến',
    en: 'Ministry of Finance circular adding clause 3 to Article 4 of Circular 25/2021/TT-BTC: 90% rate for online applications',
  },
  'procedure.legal.tt64_2025': {
    vi: 'Quy định mức thu, miễn một số khoản phí, lệ phí nhằm hỗ trợ cho doanh nghiệp, người dân',
    en: 'Rates of, and exemptions from, certain fees and charges to support businesses and citizens',
  },
  'procedure.legal.tt68_2025': {
    vi: 'Sửa đổi Thông tư số 31/2023/TT-BCA (Điều 1 về phạm vi và Điều 5 về sản xuất phôi hộ chiếu)',
    en: 'Amends Circular 31/2023/TT-BCA (Article 1 on scope and Article 5 on producing blank passport booklets)',
  },
  'procedure.legal.tt69_2026': {
    vi: 'Sửa đổi, bổ sung một số điều của Thông tư số 31/2023/TT-BCA và thay thế 9 biểu mẫu ban hành kèm theo thông tư đó, trong đó có TK01, TK01a (áp dụng từ 01/7/2026)',
    en: 'Amends Circular 31/2023/TT-BCA and replaces 9 forms issued with it, including TK01 and TK01a (in force from 01/7/2026)',
  },
  'procedure.legal.identification2023': {
    vi: 'Luật Căn cước',
    en: 'Law on Identification',
  },
  'procedure.legal.civilCode2015': {
    vi: 'Bộ luật Dân sự (Điều 147: cách tính thời hạn theo ngày)',
    en: 'Civil Code (Article 147: counting periods set in days)',
  },
  'procedure.legal.decree144_2021': {
    vi: 'Quy định xử phạt vi phạm hành chính trong lĩnh vực an ninh, trật tự, an toàn xã hội; phòng, chống tệ nạn xã hội; phòng cháy, chữa cháy; cứu nạn, cứu hộ; phòng, chống bạo lực gia đình',
    en: 'Administrative penalties for violations concerning security, public order and social safety; social evils; fire prevention and fighting; rescue; and domestic violence',
  },

  // ---------------------------------------------------------------- conditions (seed 004; Luật 49/2019; facts §9, §10)
  'procedure.conditions.subjects.title': {
    vi: 'Đối tượng thực hiện thủ tục hành chính',
    en: 'Who may apply',
  },
  'procedure.conditions.subjects.adult': {
    vi: 'Công dân Việt Nam từ đủ 14 tuổi trở lên được cấp hộ chiếu có gắn chíp điện tử hoặc hộ chiếu không gắn chíp điện tử.',
    en: 'Vietnamese citizens aged 14 and over are issued a passport with or without an electronic chip.',
  },
  'procedure.conditions.subjects.child': {
    vi: 'Công dân Việt Nam chưa đủ 14 tuổi được cấp hộ chiếu không gắn chíp điện tử.',
    en: 'Vietnamese citizens under 14 are issued a passport without an electronic chip.',
  },
  'procedure.conditions.agency.title': {
    vi: 'Cơ quan thực hiện thủ tục hành chính',
    en: 'Authority that handles the procedure',
  },
  'procedure.conditions.agency': {
    vi: 'Cơ quan Quản lý xuất nhập cảnh Công an cấp tỉnh.',
    en: 'The Immigration Management Office of the provincial Police.',
  },
  'procedure.conditions.result.title': {
    vi: 'Kết quả thực hiện thủ tục hành chính',
    en: 'Result of the procedure',
  },
  'procedure.conditions.result': {
    vi: 'Hộ chiếu phổ thông không gắn chíp điện tử hoặc hộ chiếu phổ thông có gắn chíp điện tử.',
    en: 'An ordinary passport without an electronic chip, or an ordinary passport with an electronic chip.',
  },
  'procedure.conditions.chipRule': {
    vi: 'Hộ chiếu có gắn chíp điện tử hoặc không gắn chíp điện tử cấp cho công dân Việt Nam từ đủ 14 tuổi trở lên. Hộ chiếu không gắn chíp điện tử được cấp cho công dân Việt Nam chưa đủ 14 tuổi hoặc cấp theo thủ tục rút gọn.',
    en: 'Passports with or without an electronic chip are issued to Vietnamese citizens aged 14 and over. Passports without an electronic chip are issued to Vietnamese citizens under 14 or under the shortened procedure.',
  },
  'procedure.conditions.validity.title': { vi: 'Thời hạn của hộ chiếu', en: 'Passport validity' },
  'procedure.conditions.validity.adult': {
    vi: 'Hộ chiếu cấp cho người từ đủ 14 tuổi trở lên có thời hạn 10 năm và không được gia hạn.',
    en: 'A passport issued to a person aged 14 or over is valid for 10 years and cannot be extended.',
  },
  'procedure.conditions.validity.child': {
    vi: 'Hộ chiếu cấp cho người chưa đủ 14 tuổi có thời hạn 05 năm và không được gia hạn.',
    en: 'A passport issued to a person under 14 is valid for 5 years and cannot be extended.',
  },
  'procedure.conditions.requirement.title': {
    vi: 'Yêu cầu, điều kiện thực hiện thủ tục hành chính',
    en: 'Requirements and conditions',
  },
  'procedure.conditions.requirement': {
    vi: 'Không thuộc các trường hợp chưa cấp giấy tờ xuất nhập cảnh theo quy định tại Điều 21 của Luật xuất cảnh, nhập cảnh của công dân Việt Nam.',
    en: 'Not in one of the cases where exit and entry documents are not yet issued, under Article 21 of the Law on Exit and Entry of Vietnamese Citizens.',
  },
  'procedure.conditions.notIssued.title': {
    vi: 'Các trường hợp chưa cấp giấy tờ xuất nhập cảnh (Điều 21)',
    en: 'Cases where exit and entry documents are not yet issued (Article 21)',
  },
  'procedure.conditions.notIssued.penalty': {
    vi: 'Người chưa chấp hành quyết định xử phạt vi phạm hành chính về các hành vi bị nghiêm cấm tại Điều 4 của Luật, như: cung cấp thông tin sai sự thật để được cấp giấy tờ xuất nhập cảnh; làm giả hoặc sử dụng giấy tờ giả; cho, mượn, thuê, cầm cố, hủy hoại hoặc tẩy xóa giấy tờ xuất nhập cảnh; xuất cảnh, nhập cảnh trái phép hoặc tổ chức cho người khác làm việc đó.',
    en: 'A person who has not complied with a decision imposing an administrative penalty for acts prohibited by Article 4 of the Law, such as giving false information to obtain documents; forging or using forged documents; giving, lending, renting, pawning, destroying or altering documents; leaving or entering the country illegally, or organising it for others.',
  },
  'procedure.conditions.notIssued.exitBan': {
    vi: 'Người đang bị tạm hoãn xuất cảnh; trường hợp đặc biệt, Bộ trưởng Bộ Công an có thể quyết định cấp.',
    en: 'A person subject to a temporary exit ban; in special cases the Minister of Public Security may decide to issue.',
  },
  'procedure.conditions.notIssued.security': {
    vi: 'Trường hợp vì lý do quốc phòng, an ninh theo quyết định của Bộ trưởng Bộ Quốc phòng hoặc Bộ trưởng Bộ Công an.',
    en: 'For reasons of national defence or security, by decision of the Minister of National Defence or the Minister of Public Security.',
  },
  'procedure.conditions.notIssued.infoOnly': {
    vi: 'Thông tin để tham khảo; cơ quan quản lý xuất nhập cảnh là nơi xác định các trường hợp này.',
    en: 'For information; the immigration authority decides whether these cases apply.',
  },
  'procedure.conditions.photo.title': { vi: 'Yêu cầu về ảnh', en: 'Photo requirements' },
  'procedure.conditions.photo.form': {
    vi: 'Ảnh mới chụp không quá 06 tháng, cỡ 4cm x 6cm, mặt nhìn thẳng, đầu để trần, rõ mặt, rõ hai tai, không đeo kính, trang phục lịch sự, phông ảnh nền trắng.',
    en: 'A photo taken within the last 6 months, 4 cm × 6 cm, facing straight ahead, head uncovered, face and both ears clearly visible, no glasses, neat clothing, white background.',
  },
  'procedure.conditions.photo.portal.title': {
    vi: 'Quy chuẩn ảnh khi nộp trực tuyến',
    en: 'Photo standard for online applications',
  },
  'procedure.conditions.photo.portal.recent': {
    vi: 'Ảnh mới chụp (không quá 6 tháng).',
    en: 'A recent photo (taken within 6 months).',
  },
  'procedure.conditions.photo.portal.ratio': {
    vi: 'Tỉ lệ ảnh: rộng x dài = 4 x 6.',
    en: 'Aspect ratio: width × height = 4 × 6.',
  },
  'procedure.conditions.photo.portal.face': {
    vi: 'Tỉ lệ diện tích khuôn mặt chiếm khoảng 75% diện tích ảnh.',
    en: 'The face takes up about 75% of the photo area.',
  },
  'procedure.conditions.photo.portal.eyes': {
    vi: 'Chiều cao từ mắt lên mép trên của ảnh xấp xỉ 2/3 chiều cao từ mắt xuống mép dưới của ảnh.',
    en: 'The distance from the eyes to the top edge is about 2/3 of the distance from the eyes to the bottom edge.',
  },
  'procedure.conditions.photo.portal.pose': {
    vi: 'Mặt nhìn thẳng, lộ 2 vành tai, đầu để trần, không đeo kính.',
    en: 'Facing straight ahead, both ears visible, head uncovered, no glasses.',
  },
  'procedure.conditions.photo.portal.background': { vi: 'Phông nền trắng.', en: 'White background.' },
  'procedure.conditions.photo.portal.file': {
    vi: 'Tệp ảnh JPEG (.jpg). Các nguồn không thống nhất về dung lượng tối đa (dưới 4 MB hoặc dưới 2 MB); công cụ này nhận ảnh đến {maxMegabytes} MB để đáp ứng cả hai.',
    en: 'A JPEG file (.jpg). Sources disagree on the maximum size (under 4 MB or under 2 MB); this tool accepts photos up to {maxMegabytes} MB to satisfy both.',
  },
  'procedure.conditions.processingTime.title': { vi: 'Thời hạn giải quyết', en: 'Processing time' },
  'procedure.conditions.processingTime': {
    vi: 'Không quá 08 ngày làm việc kể từ ngày Cơ quan Quản lý xuất nhập cảnh Công an cấp tỉnh nhận đầy đủ hồ sơ theo quy định và người đề nghị cấp hộ chiếu nộp lệ phí thành công.',
    en: 'No more than 8 working days from the day the provincial Immigration Management Office receives the complete dossier and the applicant has paid the fee.',
  },
  'procedure.conditions.processingTime.counting': {
    vi: 'Ngày nhận đủ hồ sơ không được tính; thời hạn bắt đầu từ ngày làm việc tiếp theo (Bộ luật Dân sự 2015, Điều 147).',
    en: 'The day the complete dossier is received is not counted; the period starts on the next working day (Civil Code 2015, Article 147).',
  },
  'procedure.conditions.dossierCount.title': { vi: 'Số lượng hồ sơ', en: 'Number of dossiers' },
  'procedure.conditions.dossierCount': { vi: '01 (một) bộ.', en: 'One (1) set.' },
  'procedure.conditions.forms.title': { vi: 'Tên mẫu đơn, mẫu tờ khai', en: 'Forms' },
  'procedure.conditions.forms.tk01': {
    vi: 'Tờ khai đề nghị cấp hộ chiếu phổ thông ở trong nước dành cho người từ đủ 14 tuổi trở lên (mẫu TK01) ban hành kèm theo Thông tư số 31/2023/TT-BCA, ngày 20/7/2023 của Bộ Công an.',
    en: 'Application form for an ordinary passport issued in Viet Nam, for people aged 14 and over (form TK01), issued with Circular 31/2023/TT-BCA of 20/7/2023 of the Ministry of Public Security.',
  },
  'procedure.conditions.forms.tk01a': {
    vi: 'Tờ khai đề nghị cấp hộ chiếu phổ thông ở trong nước dành cho người chưa đủ 14 tuổi (mẫu TK01a) ban hành kèm theo Thông tư số 31/2023/TT-BCA, ngày 20/7/2023 của Bộ Công an.',
    en: 'Application form for an ordinary passport issued in Viet Nam, for people under 14 (form TK01a), issued with Circular 31/2023/TT-BCA of 20/7/2023 of the Ministry of Public Security.',
  },
  'procedure.conditions.forms.tk01.tt69': {
    vi: 'Tờ khai đề nghị cấp hộ chiếu phổ thông ở trong nước dành cho người từ đủ 14 tuổi trở lên (mẫu TK01) ban hành kèm theo Thông tư số 69/2026/TT-BCA, ngày 22/5/2026 của Bộ Công an (áp dụng từ 01/7/2026).',
    en: 'Application form for an ordinary passport issued in Viet Nam, for people aged 14 and over (form TK01), issued with Circular 69/2026/TT-BCA of 22/5/2026 of the Ministry of Public Security (in force from 01/7/2026).',
  },
  'procedure.conditions.forms.tk01a.tt69': {
    vi: 'Tờ khai đề nghị cấp hộ chiếu phổ thông ở trong nước dành cho người chưa đủ 14 tuổi (mẫu TK01a) ban hành kèm theo Thông tư số 69/2026/TT-BCA, ngày 22/5/2026 của Bộ Công an (áp dụng từ 01/7/2026).',
    en: 'Application form for an ordinary passport issued in Viet Nam, for people under 14 (form TK01a), issued with Circular 69/2026/TT-BCA of 22/5/2026 of the Ministry of Public Security (in force from 01/7/2026).',
  },
  'procedure.conditions.forms.tt69Note': {
    vi: 'Từ ngày 01/7/2026, Thông tư số 69/2026/TT-BCA thay thế các mẫu TK01, TK01a ban hành kèm theo Thông tư số 31/2023/TT-BCA: tờ khai có thêm mục "Nơi ở hiện tại" và tài khoản nhận hoàn lệ phí. Hồ sơ nộp từ ngày đó dùng mẫu mới.',
    en: 'From 01/7/2026, Circular 69/2026/TT-BCA replaces forms TK01 and TK01a issued with Circular 31/2023/TT-BCA: the form adds "Nơi ở hiện tại" (current residence) and an account for a fee refund. Applications submitted from that day use the new forms.',
  },
  'procedure.conditions.forms.tt69InForce': {
    vi: 'Mẫu TK01, TK01a theo Thông tư số 69/2026/TT-BCA áp dụng từ ngày 01/7/2026, có thêm mục "Nơi ở hiện tại" và tài khoản nhận hoàn lệ phí. Nội dung mẫu TK01 lấy theo bản chép lại công khai của văn bản; mẫu TK01a mới chưa có bản chép lại nên được dựng lại từ mẫu năm 2023 với các mục mới, chưa đối chiếu với văn bản chính thức. Một số trang thủ tục của tỉnh có thể vẫn ghi Thông tư số 31/2023/TT-BCA; nếu nơi tiếp nhận phát mẫu khác, hãy khai theo mẫu của nơi tiếp nhận.',
    en: 'Forms TK01 and TK01a of Circular 69/2026/TT-BCA apply from 01/7/2026 and add "Nơi ở hiện tại" (current residence) and an account for a fee refund. TK01 follows a public transcription of the circular; the new TK01a has not been transcribed anywhere found, so it is rebuilt from the 2023 form with the new items and has not been checked against the official text. Some provincial procedure pages may still cite Circular 31/2023/TT-BCA; if the office hands out another form, fill in the office’s form.',
  },
  'procedure.conditions.forms.pinnedTt31': {
    vi: 'Cơ quan tiếp nhận của tỉnh cho biết vẫn dùng mẫu TK01, TK01a ban hành kèm theo Thông tư số 31/2023/TT-BCA, nên trang này in mẫu đó (Thông tư số 69/2026/TT-BCA thay thế các mẫu này từ ngày 01/7/2026).',
    en: 'The province’s office says it still uses forms TK01 and TK01a issued with Circular 31/2023/TT-BCA, so this page prints those forms (Circular 69/2026/TT-BCA replaces them from 01/7/2026).',
  },
  'procedure.conditions.representativeSigns': {
    vi: 'Đối với người mất năng lực hành vi dân sự, người có khó khăn trong nhận thức và làm chủ hành vi theo quy định của Bộ luật Dân sự, người chưa đủ 14 tuổi thì người đại diện hợp pháp khai và ký thay.',
    en: 'For a person who has lost civil act capacity, a person with difficulties in cognition or in controlling their behaviour under the Civil Code, or a person under 14, the legal representative fills in and signs the form on their behalf.',
  },
  'procedure.conditions.firstIssueWarning': {
    vi: 'Nếu đã từng được cấp hộ chiếu thì không khai là đề nghị cấp lần đầu: khai không đúng sự thật để được cấp hộ chiếu có thể bị xử phạt vi phạm hành chính (Nghị định số 144/2021/NĐ-CP, Điều 18).',
    en: 'If you have ever been issued a passport, do not declare a first issue: giving false information to obtain a passport may be fined (Decree 144/2021/NĐ-CP, Article 18).',
  },
});

/** The ids of this area; every one is also a `MessageId`. */
export type ProcedureMessageId = keyof typeof procedureMessages;

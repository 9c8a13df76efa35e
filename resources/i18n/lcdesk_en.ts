<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi_VN">
<context>
    <name>CatalogTree</name>
    <message>
        <source>Chưa nhập</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <source>Nháp</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Có lỗi</source>
        <translation>Has errors</translation>
    </message>
    <message>
        <source>Tìm theo mã hoặc nội dung…</source>
        <translation>Search by code or text…</translation>
    </message>
    <message>
        <source>Tìm không phân biệt dấu, ví dụ: &quot;hoc tap&quot; hoặc &quot;1.2&quot;</source>
        <translation>Search ignores accents, e.g. &quot;hoc tap&quot; or &quot;1.2&quot;</translation>
    </message>
    <message>
        <source>Tìm chỉ số</source>
        <translation>Search indicators</translation>
    </message>
    <message>
        <source>Danh mục chỉ số</source>
        <translation>Indicator catalog</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Hiện tất cả</source>
        <translation>&amp;Show all</translation>
    </message>
    <message>
        <source>Hiện cả các chỉ số không được giao cho đơn vị đang chọn</source>
        <translation>Also show indicators not assigned to the selected unit</translation>
    </message>
</context>
<context>
    <name>CellHistory</name>
    <message>
        <source>Nháp</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Thành phần:</source>
        <translation>Measure:</translation>
    </message>
    <message>
        <source>Thành phần số liệu của lịch sử</source>
        <translation>Measure whose history is shown</translation>
    </message>
    <message>
        <source>Lịch sử thay đổi</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người nhập</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <source>Số liệu</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CountBySexInput</name>
    <message>
        <source>Số nam</source>
        <translation>Number of males</translation>
    </message>
    <message>
        <source>Số nữ</source>
        <translation>Number of females</translation>
    </message>
    <message>
        <source>Tổng số (để kiểm tra)</source>
        <translation>Total (as a check)</translation>
    </message>
    <message>
        <source>tự tính = nam + nữ</source>
        <translation>calculated = male + female</translation>
    </message>
    <message>
        <source>Dân số trong độ tuổi (mẫu số)</source>
        <translation>Population in the age group (denominator)</translation>
    </message>
    <message>
        <source>để tính tỷ lệ</source>
        <translation>to calculate the rate</translation>
    </message>
    <message>
        <source>Tổng số (tự tính)</source>
        <translation>Total (calculated)</translation>
    </message>
    <message>
        <source>Tỷ lệ (tự tính)</source>
        <translation>Rate (calculated)</translation>
    </message>
</context>
<context>
    <name>DeadlineBanner</name>
    <message numerus="yes">
        <source>Hạn nộp: %1 — còn %n ngày</source>
        <translation>
            <numerusform>Deadline: %1 — %n day left</numerusform>
            <numerusform>Deadline: %1 — %n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Hạn nộp: %1 — hôm nay là hạn cuối</source>
        <translation>Deadline: %1 — today is the last day</translation>
    </message>
    <message numerus="yes">
        <source>Hạn nộp: %1 — đã quá hạn %n ngày</source>
        <translation>
            <numerusform>Deadline: %1 — %n day overdue</numerusform>
            <numerusform>Deadline: %1 — %n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>Dùng thử</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Một cán bộ Phường Ba Đình (Hà Nội) đã được văn phòng thành phố thiết lập sẵn.</source>
        <translation>An officer of Phường Ba Đình (Hà Nội) has already been set up by the city office.</translation>
    </message>
    <message>
        <source>Bản dùng thử có số liệu mẫu cho hai năm báo cáo gần nhất. Bạn có thể xem các chỉ số được giao, nhập số liệu, xuất gói dữ liệu, rồi dùng lệnh “lcdesk office import” của văn phòng dùng thử để nhập gói.

Bản dùng thử được lưu ở thư mục riêng; dữ liệu thật của máy này không bị ảnh hưởng. Lần sau mở chương trình, bạn vẫn có thể chọn vai trò thật.

Bấm “Hoàn tất” để mở bản dùng thử.</source>
        <translation>The demo has sample figures for the last two reporting years. You can look at the assigned indicators, enter figures and export a data bundle, then import the bundle with the demo office’s “lcdesk office import” command.

The demo is kept in a separate folder; the real data on this computer is not affected. The next time you open the program, you can still choose a real role.

Click “Finish” to open the demo.</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <source>Bước 1: Đăng ký với văn phòng thành phố</source>
        <translation>Step 1: Enrol with the city office</translation>
    </message>
    <message>
        <source>Máy đã tạo khóa riêng của bạn. Lưu yêu cầu đăng ký rồi gửi cho văn phòng (USB hoặc thư điện tử).</source>
        <translation>Your private key has been created on this computer. Save an enrolment request, then send it to the office (on a USB drive or by e-mail).</translation>
    </message>
    <message>
        <source>&amp;Họ và tên:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Chức vụ:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>Đơn &amp;vị báo cáo:</source>
        <translation>Reporting &amp;unit:</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Đơn vị báo cáo</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <source>ví dụ: Phường Ba Đình, Sở Giáo dục và Đào tạo</source>
        <translation>e.g. Phường Ba Đình, Sở Giáo dục và Đào tạo</translation>
    </message>
    <message>
        <source>Dấu vân tay khóa của bạn (đọc cho văn phòng qua điện thoại):</source>
        <translation>Your key fingerprint (read it to the office over the phone):</translation>
    </message>
    <message>
        <source>&amp;Lưu yêu cầu đăng ký…</source>
        <translation>&amp;Save enrolment request…</translation>
    </message>
    <message>
        <source>Lưu yêu cầu đăng ký</source>
        <translation>Save enrolment request</translation>
    </message>
    <message>
        <source>Yêu cầu đăng ký lcdesk (*.lcr)</source>
        <translation>lcdesk enrolment requests (*.lcr)</translation>
    </message>
    <message>
        <source>Không ghi được %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Đã lưu yêu cầu đăng ký: %1

Tiếp theo: gửi tệp này cho văn phòng thành phố (USB hoặc thư điện tử) và gọi điện đọc dấu vân tay ở trên. Khi nhận được tệp cấu hình (.lcp), bấm “Tiếp”.</source>
        <translation>Enrolment request saved: %1

Next: send this file to the city office (on a USB drive or by e-mail) and phone the office to read out the fingerprint above. When you receive the provisioning file (.lcp), click “Next”.</translation>
    </message>
    <message>
        <source>Bạn đã lưu yêu cầu đăng ký trước đây. Nếu đã nhận được tệp cấu hình từ văn phòng, bấm “Tiếp”; nếu chưa, có thể lưu lại yêu cầu.</source>
        <translation>You saved an enrolment request earlier. If you have received the provisioning file from the office, click “Next”; if not, you can save the request again.</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <source>Danh sách tệp minh chứng</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <source>Kéo và thả tệp vào đây, hoặc bấm “Thêm tệp…”.</source>
        <translation>Drag and drop files here, or click “Add files…”.</translation>
    </message>
    <message>
        <source>Thêm tệp…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Gỡ bỏ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Thêm tệp minh chứng (có thể chọn nhiều tệp)</source>
        <translation>Add evidence files (you can choose several files)</translation>
    </message>
    <message>
        <source>Mở tệp đang chọn bằng chương trình của máy</source>
        <translation>Open the selected file with this computer’s default program</translation>
    </message>
    <message>
        <source>Bỏ tệp đang chọn khỏi chỉ số này (Ctrl+Z để lấy lại)</source>
        <translation>Remove the selected file from this indicator (Ctrl+Z brings it back)</translation>
    </message>
    <message>
        <source>Các tệp minh chứng đã lên tới %1: gói dữ liệu có thể vượt giới hạn tệp đính kèm thư điện tử (~20 MB). Hãy gửi bằng USB hoặc bớt tệp lớn.</source>
        <translation>The evidence files now total %1: the data bundle may exceed the e-mail attachment limit (~20 MB). Send it on a USB drive or remove some large files.</translation>
    </message>
    <message>
        <source>Chọn tệp minh chứng</source>
        <translation>Choose evidence files</translation>
    </message>
    <message>
        <source>Mọi tệp (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Không thêm được tệp minh chứng: %1</source>
        <translation>Could not add the evidence file: %1</translation>
    </message>
    <message>
        <source>Không mở được tệp minh chứng %1: %2</source>
        <translation>Could not open the evidence file %1: %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Xuất gói dữ liệu</source>
        <translation>Export data bundle</translation>
    </message>
    <message>
        <source>Gói dữ liệu chứa mọi số liệu bạn đã nhập, được ký bằng khóa của bạn. Chọn nơi lưu: USB để trao tay, hoặc một thư mục để gửi thư điện tử.</source>
        <translation>The data bundle contains all the figures you have entered, signed with your key. Choose where to save it: a USB drive to hand over in person, or a folder to send it by e-mail.</translation>
    </message>
    <message>
        <source>&amp;Năm báo cáo:</source>
        <translation>&amp;Reporting year:</translation>
    </message>
    <message>
        <source>Năm báo cáo cần xuất</source>
        <translation>Reporting year to export</translation>
    </message>
    <message>
        <source>Tất cả các năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>&amp;Lưu vào:</source>
        <translation>&amp;Save to:</translation>
    </message>
    <message>
        <source>Nơi lưu gói dữ liệu</source>
        <translation>Where to save the data bundle</translation>
    </message>
    <message>
        <source>Chọn &amp;thư mục khác…</source>
        <translation>Choose another &amp;folder…</translation>
    </message>
    <message>
        <source>&amp;Xuất gói</source>
        <translation>&amp;Export bundle</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đã ghi gói dữ liệu và đọc lại để kiểm tra: gói hợp lệ.</source>
        <translation>The data bundle was written and read back to check it: the bundle is valid.</translation>
    </message>
    <message>
        <source>Tệp:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Thư mục:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Dung lượng:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Units:</translation>
    </message>
    <message>
        <source>Năm báo cáo:</source>
        <translation>Reporting years:</translation>
    </message>
    <message>
        <source>Nội dung:</source>
        <translation>Contents:</translation>
    </message>
    <message>
        <source>&amp;Mở thư mục chứa tệp</source>
        <translation>&amp;Open containing folder</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>USB / ổ đĩa rời: %1</source>
        <translation>USB / removable drive: %1</translation>
    </message>
    <message>
        <source>Chọn thư mục lưu gói dữ liệu</source>
        <translation>Choose a folder to save the data bundle</translation>
    </message>
    <message numerus="yes">
        <source>%n biểu mẫu còn lỗi: số liệu lỗi sẽ không được đưa vào gói.</source>
        <translation>
            <numerusform>%n form still has errors: figures with errors will not be included in the bundle.</numerusform>
            <numerusform>%n forms still have errors: figures with errors will not be included in the bundle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n biểu mẫu chưa hoàn thành (chưa nhập hoặc còn nháp).</source>
        <translation>
            <numerusform>%n form is not complete (not entered or still a draft).</numerusform>
            <numerusform>%n forms are not complete (not entered or still drafts).</numerusform>
        </translation>
    </message>
    <message>
        <source>Bạn vẫn có thể xuất gói bây giờ và xuất lại khi đã nhập xong.</source>
        <translation>You can still export the bundle now and export it again once you have finished entering figures.</translation>
    </message>
    <message>
        <source>Đang ghi và đọc lại gói dữ liệu… Đừng rút USB.</source>
        <translation>Writing the data bundle and reading it back… Do not unplug the USB drive.</translation>
    </message>
    <message>
        <source>Không ghi được vào %1: %2. Hãy kiểm tra USB còn cắm, còn chỗ trống và không bị khóa ghi, rồi thử lại.</source>
        <translation>Could not write to %1: %2. Check that the USB drive is still plugged in, has free space and is not write-protected, then try again.</translation>
    </message>
    <message>
        <source>Không xuất được gói dữ liệu: %1</source>
        <translation>Could not export the data bundle: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n số liệu</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tệp minh chứng</source>
        <translation>
            <numerusform>%n evidence file</numerusform>
            <numerusform>%n evidence files</numerusform>
        </translation>
    </message>
    <message>
        <source>Tiếp theo: tháo USB an toàn (biểu tượng “Safely Remove Hardware” trên thanh tác vụ), rồi trao USB cho văn phòng thành phố.</source>
        <translation>Next: remove the USB drive safely (the “Safely Remove Hardware” icon on the taskbar), then hand the USB drive to the city office.</translation>
    </message>
    <message>
        <source>Tiếp theo: đính kèm tệp này vào thư điện tử gửi văn phòng thành phố, hoặc chép tệp vào USB. Bấm “Mở thư mục chứa tệp” để thấy tệp.</source>
        <translation>Next: attach this file to an e-mail to the city office, or copy it to a USB drive. Click “Open containing folder” to see the file.</translation>
    </message>
</context>
<context>
    <name>ExportHistory</name>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Thư mục</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Lịch sử xuất gói</source>
        <translation>Export history</translation>
    </message>
    <message>
        <source>Chưa xuất gói dữ liệu nào.</source>
        <translation>No data bundles exported yet.</translation>
    </message>
    <message>
        <source>&amp;Mở thư mục chứa tệp</source>
        <translation>&amp;Open containing folder</translation>
    </message>
    <message numerus="yes">
        <source>%n số liệu</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minh chứng</source>
        <translation>
            <numerusform>%n evidence file</numerusform>
            <numerusform>%n evidence files</numerusform>
        </translation>
    </message>
    <message>
        <source>mọi năm</source>
        <translation>all years</translation>
    </message>
</context>
<context>
    <name>FigureText</name>
    <message>
        <source>Xuất sắc</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>Rất tốt</source>
        <translation>Very good</translation>
    </message>
    <message>
        <source>Tốt</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Khá</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Yếu</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Tăng</source>
        <translation>Increase</translation>
    </message>
    <message>
        <source>Giảm</source>
        <translation>Decrease</translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Chưa đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Chưa có số liệu</source>
        <translation>No data yet</translation>
    </message>
    <message>
        <source>(đã xóa)</source>
        <translation>(cleared)</translation>
    </message>
    <message>
        <source>Nháp còn lỗi</source>
        <translation>Draft with errors</translation>
    </message>
    <message>
        <source>Nam %1, Nữ %2, Tổng %3</source>
        <translation>Male %1, female %2, total %3</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Thiết lập lần đầu</source>
        <translation>First-run setup</translation>
    </message>
    <message>
        <source>&amp;Tiếp &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Quay lại</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Hoàn tất</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FormActions</name>
    <message>
        <source>Hoàn tác: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <source>Làm lại: %1</source>
        <translation>Redo: %1</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Hoàn tác (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Làm lại (Ctrl+Y)</source>
        <translation>Redo (Ctrl+Y)</translation>
    </message>
    <message>
        <source>Đánh dấu hoàn thành</source>
        <translation>Mark as complete</translation>
    </message>
    <message>
        <source>Đã hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Trạng thái: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Đã lưu lúc %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <source>Hãy nhập đủ số liệu và sửa hết lỗi trước.</source>
        <translation>Enter all figures and fix every error first.</translation>
    </message>
</context>
<context>
    <name>FormHeader</name>
    <message>
        <source>Nội dung chỉ số</source>
        <translation>Indicator text</translation>
    </message>
    <message>
        <source>Chỉ số %1</source>
        <translation>Indicator %1</translation>
    </message>
    <message>
        <source>Tiêu chuẩn</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Đơn vị phụ trách</source>
        <translation>Responsible units</translation>
    </message>
    <message>
        <source>(chưa ghi)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>(không quy định)</source>
        <translation>(none set)</translation>
    </message>
    <message>
        <source>Chỉ tiêu năm %1</source>
        <translation>Target for %1</translation>
    </message>
    <message>
        <source>Lưu ý</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>IndicatorDetail</name>
    <message>
        <source>Tỷ lệ (%)</source>
        <translation>Percentage (%)</translation>
    </message>
    <message>
        <source>Số lượng theo giới tính (Nam/Nữ/Tổng) và tỷ lệ</source>
        <translation>Count by sex (male/female/total) and rate</translation>
    </message>
    <message>
        <source>Đánh giá 5 mức (Xuất sắc … Yếu)</source>
        <translation>Five-level rating (Excellent … Weak)</translation>
    </message>
    <message>
        <source>Tăng / Giảm so với năm trước</source>
        <translation>Increase / decrease on the previous year</translation>
    </message>
    <message>
        <source>Xuất sắc</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>Rất tốt</source>
        <translation>Very good</translation>
    </message>
    <message>
        <source>Tốt</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Khá</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Yếu</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Tiêu chuẩn</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Chỉ số</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Tăng so với năm trước</source>
        <translation>Increase on the previous year</translation>
    </message>
    <message>
        <source>Giảm so với năm trước</source>
        <translation>Decrease on the previous year</translation>
    </message>
    <message>
        <source>Mục tiêu: %1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <source>Năm %1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>So với: %1</source>
        <translation>Compared with: %1</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Loại số liệu</source>
        <translation>Kind of figure</translation>
    </message>
    <message>
        <source>Thành phần số liệu</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Chỉ tiêu (cấu trúc)</source>
        <translation>Target (structured)</translation>
    </message>
    <message>
        <source>Đơn vị phụ trách</source>
        <translation>Responsible units</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Số chỉ số</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>(không quy định)</source>
        <translation>(none set)</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Chọn một mục trong danh mục</source>
        <translation>Choose an item of the catalog</translation>
    </message>
    <message>
        <source>Chọn một chỉ số ở cây bên trái để xem nội dung, loại số liệu, chỉ tiêu và đơn vị phụ trách.</source>
        <translation>Choose an indicator in the tree on the left to see its text, kind of figure, target and responsible units.</translation>
    </message>
    <message>
        <source>(chưa ghi)</source>
        <translation>(not stated)</translation>
    </message>
    <message numerus="yes">
        <source>%n chỉ số</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorForm</name>
    <message>
        <source>Chọn một chỉ số trong danh mục để nhập số liệu.</source>
        <translation>Choose an indicator in the catalog to enter its figures.</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Nguồn số liệu, cách tính, điều cần lưu ý…</source>
        <translation>Data source, method of calculation, points to note…</translation>
    </message>
    <message>
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Lịch sử thay đổi</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>Hiện hoặc ẩn lịch sử thay đổi</source>
        <translation>Show or hide the change history</translation>
    </message>
    <message>
        <source>Sửa “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <source>Sửa ghi chú</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <source>Thay đổi minh chứng</source>
        <translation>Change evidence</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Mở tệp cấu hình từ văn phòng…</source>
        <translation>&amp;Open provisioning file from the office…</translation>
    </message>
    <message>
        <source>&amp;Xuất gói dữ liệu…</source>
        <translation>&amp;Export data bundle…</translation>
    </message>
    <message>
        <source>Thiết &amp;lập lần đầu…</source>
        <translation>First-run &amp;setup…</translation>
    </message>
    <message>
        <source>&amp;Thoát</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Hiển thị</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Danh mục chỉ số</source>
        <translation>&amp;Indicator catalog</translation>
    </message>
    <message>
        <source>&amp;Lịch sử xuất gói</source>
        <translation>Export &amp;history</translation>
    </message>
    <message>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>&amp;Danh mục chỉ số:</source>
        <translation>&amp;Indicator catalog:</translation>
    </message>
    <message>
        <source>Bộ tiêu chí và chỉ số đang xem</source>
        <translation>The set of criteria and indicators shown</translation>
    </message>
    <message>
        <source>Danh mục chỉ số</source>
        <translation>Indicator catalog</translation>
    </message>
    <message>
        <source>Chỉ số</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Lịch sử xuất gói</source>
        <translation>Export history</translation>
    </message>
    <message>
        <source>(dùng thử)</source>
        <translation>(demo)</translation>
    </message>
    <message>
        <source>%1 %2

Báo cáo các chỉ số Thành phố học tập (UNESCO) cho cán bộ các sở, ngành và phường, xã. Làm việc không cần mạng; dữ liệu lưu tại:
%3</source>
        <translation>%1 %2

Reporting UNESCO learning-city indicators for officers of city departments, wards and communes. Works offline; data is kept in:
%3</translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Chưa có danh mục chỉ số</source>
        <translation>No indicator catalog yet</translation>
    </message>
    <message numerus="yes">
        <source>%n lĩnh vực</source>
        <translation>
            <numerusform>%n area</numerusform>
            <numerusform>%n areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tiêu chuẩn</source>
        <translation>
            <numerusform>%n standard</numerusform>
            <numerusform>%n standards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tiêu chí</source>
        <translation>
            <numerusform>%n criterion</numerusform>
            <numerusform>%n criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chỉ số</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message>
        <source>Đã xuất gói dữ liệu: %1</source>
        <translation>Data bundle exported: %1</translation>
    </message>
    <message>
        <source>Đã nhận tệp: %1</source>
        <translation>File received: %1</translation>
    </message>
    <message>
        <source>Gói dữ liệu</source>
        <translation>Data bundle</translation>
    </message>
    <message>
        <source>Để nhập gói dữ liệu của cán bộ, hãy dùng lệnh:
lcdesk office import &quot;%1&quot;

(Dùng lcdesk office import; màn hình nhập gói sẽ có trong phiên bản sau.)</source>
        <translation>To import an officer’s data bundle, use the command:
lcdesk office import &quot;%1&quot;

(Use lcdesk office import; a screen for importing bundles will come in a later version.)</translation>
    </message>
    <message>
        <source>Tệp .lcb là gói dữ liệu gửi cho văn phòng thành phố; máy của cán bộ không nhập gói. Hãy trao tệp này cho văn phòng.</source>
        <translation>A .lcb file is a data bundle for the city office; an officer’s computer does not import bundles. Please hand this file to the office.</translation>
    </message>
    <message>
        <source>Mở tệp cấu hình</source>
        <translation>Open provisioning file</translation>
    </message>
    <message>
        <source>Tệp cấu hình lcdesk (*.lcp)</source>
        <translation>lcdesk provisioning files (*.lcp)</translation>
    </message>
    <message>
        <source>Máy này là văn phòng thành phố, không nhận tệp cấu hình của cán bộ.</source>
        <translation>This computer is the city office; it does not accept an officer’s provisioning file.</translation>
    </message>
    <message>
        <source>Đã nhận cấu hình từ văn phòng; số liệu đã nhập được giữ nguyên.</source>
        <translation>Provisioning received from the office; the figures already entered are kept.</translation>
    </message>
</context>
<context>
    <name>MeasureBlock</name>
    <message>
        <source>Năm %1: chưa có số liệu</source>
        <translation>%1: no data yet</translation>
    </message>
    <message>
        <source>Năm %1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>So với chỉ tiêu (%1): %2</source>
        <translation>Compared with the target (%1): %2</translation>
    </message>
</context>
<context>
    <name>OfferView</name>
    <message>
        <source>Đơn vị báo cáo:</source>
        <translation>Reporting units:</translation>
    </message>
    <message>
        <source>Năm báo cáo:</source>
        <translation>Reporting years:</translation>
    </message>
    <message>
        <source>Hạn nộp:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>Danh mục chỉ số:</source>
        <translation>Indicator catalog:</translation>
    </message>
    <message>
        <source>Thay đổi:</source>
        <translation>Changes:</translation>
    </message>
    <message>
        <source>Dấu vân tay của văn phòng:</source>
        <translation>Office fingerprint:</translation>
    </message>
    <message>
        <source>Tôi đã gọi điện cho văn phòng và dấu vân tay &amp;khớp hoàn toàn</source>
        <translation>I have phoned the office and the fingerprint &amp;matches exactly</translation>
    </message>
    <message>
        <source>Xác nhận dấu vân tay của văn phòng</source>
        <translation>Confirm the office fingerprint</translation>
    </message>
    <message>
        <source>Tệp cấu hình của: %1</source>
        <translation>Provisioning file from: %1</translation>
    </message>
    <message>
        <source>Dấu vân tay của văn phòng: %1</source>
        <translation>Office fingerprint: %1</translation>
    </message>
    <message>
        <source>Tệp được ký bởi đúng văn phòng đã đăng ký. Số liệu bạn đã nhập được giữ nguyên.</source>
        <translation>The file is signed by the office you enrolled with. The figures you have entered are kept.</translation>
    </message>
    <message>
        <source>Trước khi tin cậy, hãy gọi điện cho văn phòng thành phố và đọc từng nhóm số của dấu vân tay này. Chỉ tiếp tục khi tất cả các nhóm số khớp.</source>
        <translation>Before trusting it, phone the city office and read out each group of digits of this fingerprint. Only continue if every group matches.</translation>
    </message>
    <message>
        <source>(không quy định)</source>
        <translation>(none set)</translation>
    </message>
    <message>
        <source>Hạn nộp: %1 → %2</source>
        <translation>Deadline: %1 → %2</translation>
    </message>
    <message>
        <source>Danh mục: %1 → %2</source>
        <translation>Catalog: %1 → %2</translation>
    </message>
    <message>
        <source>Năm báo cáo: %1 → %2</source>
        <translation>Reporting years: %1 → %2</translation>
    </message>
    <message>
        <source>Danh sách đơn vị báo cáo thay đổi</source>
        <translation>The list of reporting units will change</translation>
    </message>
    <message>
        <source>Không có thay đổi về hạn nộp, danh mục hay đơn vị</source>
        <translation>No changes to the deadline, catalog or units</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Thiết lập văn phòng thành phố</source>
        <translation>City office setup</translation>
    </message>
    <message>
        <source>Chọn bộ chỉ số thành phố dùng để báo cáo.</source>
        <translation>Choose the set of city indicators to report on.</translation>
    </message>
    <message>
        <source>&amp;Danh mục chỉ số:</source>
        <translation>&amp;Indicator catalog:</translation>
    </message>
    <message>
        <source>&amp;Thành phố:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <source>&amp;Tên văn phòng:</source>
        <translation>&amp;Office name:</translation>
    </message>
    <message>
        <source>Danh mục chỉ số</source>
        <translation>Indicator catalog</translation>
    </message>
    <message>
        <source>Thành phố</source>
        <translation>City</translation>
    </message>
    <message>
        <source>tên hoặc mã, ví dụ: Hà Nội hoặc 01</source>
        <translation>name or code, e.g. Hà Nội or 01</translation>
    </message>
    <message>
        <source>Tên văn phòng</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>để trống: “Văn phòng” và tên thành phố</source>
        <translation>leave blank for “Văn phòng” and the city name</translation>
    </message>
    <message>
        <source>Sau khi thiết lập, dùng lệnh “lcdesk office” để đăng ký cán bộ và nhập gói dữ liệu.</source>
        <translation>After setup, use the “lcdesk office” command to enrol officers and import data bundles.</translation>
    </message>
</context>
<context>
    <name>PercentInput</name>
    <message>
        <source>Tử số</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <source>số người / đơn vị đạt</source>
        <translation>number of people / units meeting it</translation>
    </message>
    <message>
        <source>Mẫu số</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <source>tổng số</source>
        <translation>total number</translation>
    </message>
    <message>
        <source>Tỷ lệ (tự tính)</source>
        <translation>Rate (calculated)</translation>
    </message>
    <message>
        <source>Tỷ lệ (%)</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <source>ví dụ 95,2</source>
        <translation>e.g. 95.2</translation>
    </message>
    <message>
        <source>Nhập tử số và mẫu số</source>
        <translation>Enter numerator and denominator</translation>
    </message>
    <message>
        <source>Nhập trực tiếp tỷ lệ</source>
        <translation>Enter the rate directly</translation>
    </message>
</context>
<context>
    <name>ProvisioningDialog</name>
    <message>
        <source>Cập nhật cấu hình từ văn phòng</source>
        <translation>Update provisioning from the office</translation>
    </message>
    <message>
        <source>&amp;Cập nhật</source>
        <translation>&amp;Update</translation>
    </message>
    <message>
        <source>Tin cậy văn phòng thành phố</source>
        <translation>Trust the city office</translation>
    </message>
    <message>
        <source>&amp;Tin cậy và thiết lập</source>
        <translation>&amp;Trust and set up</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Không đọc được tệp %1: %2</source>
        <translation>Could not read the file %1: %2</translation>
    </message>
</context>
<context>
    <name>ProvisioningPage</name>
    <message>
        <source>Bước 2: Mở tệp cấu hình từ văn phòng</source>
        <translation>Step 2: Open the provisioning file from the office</translation>
    </message>
    <message>
        <source>Văn phòng thành phố gửi lại một tệp cấu hình (.lcp) cho riêng máy này.</source>
        <translation>The city office sends back a provisioning file (.lcp) made for this computer only.</translation>
    </message>
    <message>
        <source>Bấm nút dưới đây để chọn tệp, hoặc kéo thả tệp vào cửa sổ này.</source>
        <translation>Click the button below to choose the file, or drag and drop the file onto this window.</translation>
    </message>
    <message>
        <source>&amp;Mở tệp cấu hình…</source>
        <translation>&amp;Open provisioning file…</translation>
    </message>
    <message>
        <source>Mở tệp cấu hình</source>
        <translation>Open provisioning file</translation>
    </message>
    <message>
        <source>Tệp cấu hình lcdesk (*.lcp)</source>
        <translation>lcdesk provisioning files (*.lcp)</translation>
    </message>
    <message>
        <source>Không đọc được tệp: %1</source>
        <translation>Could not read the file: %1</translation>
    </message>
</context>
<context>
    <name>RatingInput</name>
    <message>
        <source>Mức %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <source>Mức đánh giá</source>
        <translation>Rating</translation>
    </message>
</context>
<context>
    <name>ReportToolbar</name>
    <message>
        <source>Đơn &amp;vị:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Đơn vị báo cáo</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <source>&amp;Năm báo cáo:</source>
        <translation>&amp;Reporting year:</translation>
    </message>
    <message>
        <source>Năm báo cáo</source>
        <translation>Reporting year</translation>
    </message>
    <message>
        <source>&amp;Xuất gói dữ liệu…</source>
        <translation>&amp;Export data bundle…</translation>
    </message>
    <message>
        <source>Ghi gói dữ liệu đã ký để gửi văn phòng thành phố (Ctrl+E)</source>
        <translation>Write a signed data bundle to send to the city office (Ctrl+E)</translation>
    </message>
    <message>
        <source>%1/%2 đã nhập</source>
        <translation>%1/%2 entered</translation>
    </message>
    <message>
        <source>Số chỉ số được giao đã có số liệu (nháp hoặc hoàn thành)</source>
        <translation>Assigned indicators that already have figures (draft or complete)</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>Chào mừng đến với Learning City Desk</source>
        <translation>Welcome to Learning City Desk</translation>
    </message>
    <message>
        <source>Máy này sẽ được dùng để làm gì?</source>
        <translation>What will this computer be used for?</translation>
    </message>
    <message>
        <source>&amp;Cán bộ báo cáo</source>
        <translation>&amp;Reporting officer</translation>
    </message>
    <message>
        <source>Tôi nhập số liệu cho phường/xã, sở hoặc ngành của mình và gửi cho văn phòng thành phố.</source>
        <translation>I enter figures for my ward/commune, department or sector and send them to the city office.</translation>
    </message>
    <message>
        <source>&amp;Văn phòng thành phố</source>
        <translation>&amp;City office</translation>
    </message>
    <message>
        <source>Tôi đăng ký cán bộ, nhận gói dữ liệu và tổng hợp báo cáo của thành phố.</source>
        <translation>I enrol officers, receive data bundles and compile the city’s report.</translation>
    </message>
    <message>
        <source>&amp;Dùng thử</source>
        <translation>&amp;Demo</translation>
    </message>
    <message>
        <source>Xem toàn bộ quy trình trong một phút: một văn phòng Hà Nội và một cán bộ phường đã được thiết lập sẵn, có số liệu mẫu. Dữ liệu thật của máy này không bị ảnh hưởng.</source>
        <translation>See the whole process in a minute: a Hà Nội city office and a ward officer are already set up, with sample figures. The real data on this computer is not affected.</translation>
    </message>
</context>
<context>
    <name>TrendInput</name>
    <message>
        <source>Số liệu năm trước</source>
        <translation>Previous year’s figure</translation>
    </message>
    <message>
        <source>nếu biết</source>
        <translation>if known</translation>
    </message>
    <message>
        <source>Số liệu năm nay</source>
        <translation>This year’s figure</translation>
    </message>
    <message>
        <source>nếu có</source>
        <translation>if any</translation>
    </message>
    <message>
        <source>Xu hướng: %1</source>
        <translation>Trend: %1</translation>
    </message>
    <message>
        <source>So với năm trước</source>
        <translation>Compared with the previous year</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>%1 byte</source>
        <translation>%1 bytes</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
</context>
</TS>

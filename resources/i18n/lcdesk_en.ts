<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi_VN">
<context>
    <name>AuditPage</name>
    <message>
        <source>Nhật ký thao tác</source>
        <translation>Activity log</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Chi tiết</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>&amp;Xuất nhật ký (.xlsx)…</source>
        <translation>&amp;Export the log (.xlsx)…</translation>
    </message>
    <message>
        <source>Lưu nhật ký</source>
        <translation>Save the log</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Đã ghi %1.</source>
        <translation>Wrote %1.</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Nhập gói</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Từ chối gói</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Đăng ký cán bộ</source>
        <translation>Enrol officer</translation>
    </message>
    <message>
        <source>Cấp tệp cấu hình</source>
        <translation>Issue provisioning file</translation>
    </message>
    <message>
        <source>Thu hồi khóa</source>
        <translation>Revoke key</translation>
    </message>
    <message>
        <source>Giải quyết xung đột</source>
        <translation>Resolve conflict</translation>
    </message>
    <message>
        <source>Duyệt</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Trả lại để sửa</source>
        <translation>Return for correction</translation>
    </message>
    <message>
        <source>Bỏ duyệt</source>
        <translation>Unapprove</translation>
    </message>
    <message>
        <source>Ghi biên nhận</source>
        <translation>Write receipt</translation>
    </message>
    <message>
        <source>Ghi phản hồi</source>
        <translation>Write feedback</translation>
    </message>
    <message numerus="yes">
        <source>%n đơn vị</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n số liệu (%2 mới) · %3 · năm %4</source>
        <translation>
            <numerusform>%1 · %n figure (%2 new) · %3 · year %4</numerusform>
            <numerusform>%1 · %n figures (%2 new) · %3 · year %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n đơn vị</source>
        <translation>
            <numerusform>%1 · %n unit</numerusform>
            <numerusform>%1 · %n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n đơn vị · năm %1 · hạn nộp %2 · lần cấp %3</source>
        <translation>
            <numerusform>%n unit · year %1 · deadline %2 · issue no. %3</numerusform>
            <numerusform>%n units · year %1 · deadline %2 · issue no. %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chọn một trong %n nguồn</source>
        <translation>
            <numerusform>Chosen from %n source</numerusform>
            <numerusform>Chosen from %n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gói, %1 được chấp nhận</source>
        <translation>
            <numerusform>%n bundle, %1 accepted</numerusform>
            <numerusform>%n bundles, %1 accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n biểu mẫu: %1 trả lại, %2 đã duyệt</source>
        <translation>
            <numerusform>%n form: %1 returned, %2 approved</numerusform>
            <numerusform>%n forms: %1 returned, %2 approved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>&amp;Danh mục:</source>
        <translation>&amp;Catalog:</translation>
    </message>
</context>
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
    <message>
        <source>Thay đổi</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>CellPanel</name>
    <message>
        <source>Nguồn của số liệu</source>
        <translation>Where this figure comes from</translation>
    </message>
    <message>
        <source>Tệp minh chứng</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <source>Lịch sử (mới nhất trước)</source>
        <translation>History (newest first)</translation>
    </message>
    <message>
        <source>Chọn một ô trong bảng để xem nguồn, minh chứng và lịch sử.</source>
        <translation>Select a cell in the table to see its sources, evidence and history.</translation>
    </message>
    <message>
        <source>Chưa có nguồn nào.</source>
        <translation>No source yet.</translation>
    </message>
    <message>
        <source>Mã gói đầy đủ: %1</source>
        <translation>Full bundle id: %1</translation>
    </message>
    <message>
        <source>nháp</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>hoàn thành</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Chưa nhận được số liệu cho ô này.</source>
        <translation>No figure received for this cell yet.</translation>
    </message>
    <message>
        <source>Xung đột giữa %1 nguồn: hãy quyết định ở trang Xung đột.</source>
        <translation>Conflict between %1 sources: decide on the Conflicts page.</translation>
    </message>
    <message>
        <source>(Đã mở lại sau một quyết định trước.)</source>
        <translation>(Reopened after an earlier decision.)</translation>
    </message>
    <message>
        <source>Giá trị: %1 · %2</source>
        <translation>Value: %1 · %2</translation>
    </message>
    <message>
        <source>do văn phòng quyết định</source>
        <translation>decided by the office</translation>
    </message>
    <message>
        <source>có nguồn từ khóa đã bị thu hồi</source>
        <translation>has a source from a revoked key</translation>
    </message>
    <message>
        <source>Quyết định của văn phòng: %1</source>
        <translation>The office&apos;s decision: %1</translation>
    </message>
    <message>
        <source>Cán bộ: %1</source>
        <translation>Officer: %1</translation>
    </message>
    <message>
        <source>Mã nhận dạng khóa: %1</source>
        <translation>Key id: %1</translation>
    </message>
    <message>
        <source>Giá trị: %1 (%2)</source>
        <translation>Value: %1 (%2)</translation>
    </message>
    <message>
        <source>Gói: %1</source>
        <translation>Bundle: %1</translation>
    </message>
    <message>
        <source>nhập tại văn phòng</source>
        <translation>entered at the office</translation>
    </message>
    <message>
        <source>Số thứ tự: %1</source>
        <translation>Sequence number: %1</translation>
    </message>
    <message>
        <source>Văn phòng nhận lúc: %1</source>
        <translation>Received by the office: %1</translation>
    </message>
    <message>
        <source>Khóa đã bị thu hồi lúc %1</source>
        <translation>Key revoked at %1</translation>
    </message>
    <message>
        <source>Ghi chú: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 — văn phòng (%2) quyết định giá trị %3</source>
        <translation>%1 — the office (%2) decided the value %3</translation>
    </message>
    <message>
        <source>%1 — %2 xóa số liệu</source>
        <translation>%1 — %2 cleared the figure</translation>
    </message>
    <message>
        <source>%1 — %2 ghi %3, %4</source>
        <translation>%1 — %2 recorded %3, %4</translation>
    </message>
    <message>
        <source>(số thứ tự %1)</source>
        <translation>(sequence number %1)</translation>
    </message>
    <message>
        <source>%1 tệp minh chứng</source>
        <translation>%1 evidence files</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Chưa có số liệu để vẽ biểu đồ.</source>
        <translation>No figures to chart yet.</translation>
    </message>
</context>
<context>
    <name>CheckWarnings</name>
    <message>
        <source>&lt;b&gt;Cảnh báo kiểm tra số liệu (%1)&lt;/b&gt; — hãy xem lại trước khi gửi:</source>
        <translation>&lt;b&gt;Data-quality warnings (%1)&lt;/b&gt; — please review before sending:</translation>
    </message>
    <message>
        <source>… và %1 cảnh báo khác</source>
        <translation>… and %1 more warnings</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Kiểm tra số liệu</source>
        <translation>Data-quality checks</translation>
    </message>
    <message>
        <source>&amp;Năm báo cáo:</source>
        <translation>Reporting &amp;year:</translation>
    </message>
    <message>
        <source>Cảnh báo khi số liệu thay đổi so với năm trước &amp;gấp (lần):</source>
        <translation>Warn when a figure changes from last year by a &amp;factor of:</translation>
    </message>
    <message>
        <source>Nhận xét: cần kiểm tra lại điều gì với đơn vị?</source>
        <translation>Comment: what should be checked with the unit?</translation>
    </message>
    <message>
        <source>Đánh dấu cần &amp;theo dõi</source>
        <translation>Mark for &amp;follow-up</translation>
    </message>
    <message>
        <source>Mức</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Chỉ số</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Đang kiểm tra số liệu…</source>
        <translation>Checking the figures…</translation>
    </message>
    <message>
        <source>Cao</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Trung bình</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Thấp</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Quy tắc</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Khác thường so với đơn vị khác</source>
        <translation>Unusual compared with other units</translation>
    </message>
    <message>
        <source>Thay đổi lớn so với năm trước</source>
        <translation>Large change from last year</translation>
    </message>
    <message>
        <source>(chung)</source>
        <translation>(general)</translation>
    </message>
    <message>
        <source>%1 cảnh báo ở %2 đơn vị: %3 vi phạm quy tắc, %4 khác thường, %5 thay đổi lớn</source>
        <translation>%1 warnings in %2 units: %3 rule violations, %4 outliers, %5 large changes</translation>
    </message>
    <message>
        <source>Theo dõi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Hãy chọn một cảnh báo của một đơn vị.</source>
        <translation>Select a warning for a unit.</translation>
    </message>
</context>
<context>
    <name>CityRatingDialog</name>
    <message>
        <source>Đánh giá của thành phố</source>
        <translation>The city&apos;s rating</translation>
    </message>
    <message>
        <source>Chỉ số %1, năm %2</source>
        <translation>Indicator %1, year %2</translation>
    </message>
    <message>
        <source>Căn cứ: biên bản họp hội đồng chuyên gia, ngày …</source>
        <translation>Basis: minutes of the expert panel meeting of …</translation>
    </message>
    <message>
        <source>Ghi</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Mức đánh giá:</source>
        <translation>&amp;Rating:</translation>
    </message>
    <message>
        <source>&amp;Ghi chú:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>CompletenessModel</name>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Nộp trễ</source>
        <translation>Late</translation>
    </message>
    <message numerus="yes">
        <source>còn thiếu %n biểu</source>
        <translation>
            <numerusform>%n form still owed</numerusform>
            <numerusform>%n forms still owed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>quá hạn %n ngày</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Còn thiếu: %1</source>
        <translation>Still owed: %1</translation>
    </message>
    <message>
        <source>Quá hạn %1 ngày</source>
        <translation>%1 days overdue</translation>
    </message>
</context>
<context>
    <name>CompletenessPage</name>
    <message>
        <source>Tiến độ báo cáo</source>
        <translation>Reporting progress</translation>
    </message>
    <message>
        <source>&amp;Năm báo cáo:</source>
        <translation>Reporting &amp;year:</translation>
    </message>
    <message>
        <source>Xuất danh sách &amp;đôn đốc (.xlsx)…</source>
        <translation>Export the &amp;chase list (.xlsx)…</translation>
    </message>
    <message>
        <source>Theo từng chỉ số</source>
        <translation>By indicator</translation>
    </message>
    <message>
        <source>Theo tiêu chuẩn (hoàn thành/phải nộp)</source>
        <translation>By standard (complete/expected)</translation>
    </message>
    <message>
        <source>Hoàn thành %1/%2 biểu mẫu (%3 %) · đã nhận %4 · đã duyệt %5 · trả lại chờ sửa %6 · đúng hạn %7 % · %8 đơn vị chưa gửi, %9 đơn vị nộp trễ</source>
        <translation>Complete %1/%2 forms (%3 %) · received %4 · approved %5 · returned for correction %6 · on time %7 % · %8 units have not sent, %9 units late</translation>
    </message>
    <message>
        <source>Lưu danh sách đôn đốc</source>
        <translation>Save the chase list</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Đã ghi %1.</source>
        <translation>Wrote %1.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>71,25 hoặc 285/400</source>
        <translation>71.25 or 285/400</translation>
    </message>
    <message>
        <source>nam=120, nu=115, tong=235</source>
        <translation>male=120, female=115, total=235</translation>
    </message>
    <message>
        <source>4 hoặc Rất tốt</source>
        <translation>4 or Very good</translation>
    </message>
    <message>
        <source>tăng hoặc giảm</source>
        <translation>increase or decrease</translation>
    </message>
    <message>
        <source>Quyết định xung đột</source>
        <translation>Settle a conflict</translation>
    </message>
    <message>
        <source>%1 · năm %2 · chỉ số %3</source>
        <translation>%1 · year %2 · indicator %3</translation>
    </message>
    <message>
        <source>Nhập giá trị khác:</source>
        <translation>Enter another value:</translation>
    </message>
    <message>
        <source>&amp;Lý do quyết định (bắt buộc):</source>
        <translation>&amp;Reason for the decision (required):</translation>
    </message>
    <message>
        <source>Ghi quyết định</source>
        <translation>Record the decision</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nguồn %1</source>
        <translation>Source %1</translation>
    </message>
    <message>
        <source>Cán bộ: %1</source>
        <translation>Officer: %1</translation>
    </message>
    <message>
        <source>Mã nhận dạng khóa: %1</source>
        <translation>Key id: %1</translation>
    </message>
    <message>
        <source>Đơn vị: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Số thứ tự: %1</source>
        <translation>Sequence number: %1</translation>
    </message>
    <message>
        <source>Văn phòng nhận lúc: %1</source>
        <translation>Received by the office: %1</translation>
    </message>
    <message>
        <source>Trạng thái: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>hoàn thành</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>nháp</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>Ghi chú: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Khóa này đã bị thu hồi.</source>
        <translation>This key has been revoked.</translation>
    </message>
    <message>
        <source>Chọn giá trị này</source>
        <translation>Choose this value</translation>
    </message>
    <message>
        <source>Chưa chọn giá trị</source>
        <translation>No value chosen</translation>
    </message>
    <message>
        <source>Hãy chọn giá trị của một nguồn hoặc nhập giá trị khác.</source>
        <translation>Choose a source&apos;s value or enter another value.</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Xung đột số liệu</source>
        <translation>Conflicting figures</translation>
    </message>
    <message>
        <source>Các ô mà cán bộ gửi giá trị khác nhau. Mở một xung đột để so sánh các nguồn, chọn giá trị đúng (hoặc nhập giá trị khác) và ghi lý do.</source>
        <translation>Cells for which officers sent different values. Open a conflict to compare the sources, choose the right value (or enter another) and give the reason.</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Chỉ số</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Số nguồn</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;Quyết định…</source>
        <translation>&amp;Decide…</translation>
    </message>
    <message>
        <source>%1 (không thuộc thành phố)</source>
        <translation>%1 (not in the city)</translation>
    </message>
    <message>
        <source>Mở lại sau quyết định trước</source>
        <translation>Reopened after an earlier decision</translation>
    </message>
    <message>
        <source>Chưa quyết định</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>%1 xung đột chưa quyết định.</source>
        <translation>%1 conflicts not decided.</translation>
    </message>
    <message>
        <source>Không có xung đột nào.</source>
        <translation>No conflicts.</translation>
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
    <name>DeskHeader</name>
    <message>
        <source>%1 · Dấu vân tay của văn phòng: %2
Danh mục: %3</source>
        <translation>%1 · Office key fingerprint: %2
Catalogs: %3</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Đăng ký cán bộ</source>
        <translation>Enrol an officer</translation>
    </message>
    <message>
        <source>Yêu cầu đăng ký của cán bộ</source>
        <translation>The officer&apos;s enrolment request</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Đơn vị đề nghị:</source>
        <translation>Unit asked for:</translation>
    </message>
    <message>
        <source>Dấu vân tay khóa của cán bộ:</source>
        <translation>The officer&apos;s key fingerprint:</translation>
    </message>
    <message>
        <source>Gọi điện cho cán bộ, nhờ họ đọc dấu vân tay hiện trên máy của họ và so từng số với dãy số trên. Chỉ cấp cấu hình khi hai dãy khớp hoàn toàn.</source>
        <translation>Call the officer, have them read the fingerprint shown on their computer and compare it digit by digit with the one above. Provision only when both match exactly.</translation>
    </message>
    <message>
        <source>Tôi đã gọi điện và đối chiếu mã khóa</source>
        <translation>I phoned the officer and compared the key fingerprint</translation>
    </message>
    <message>
        <source>&amp;Cấp tệp cấu hình…</source>
        <translation>&amp;Write the provisioning file…</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>Clo&amp;se</translation>
    </message>
    <message>
        <source>Mở &amp;thư mục</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <source>Hãy đối chiếu dấu vân tay qua điện thoại trước.</source>
        <translation>Compare the fingerprint by phone first.</translation>
    </message>
    <message>
        <source>Hãy chọn ít nhất một đơn vị.</source>
        <translation>Choose at least one unit.</translation>
    </message>
    <message>
        <source>Lưu tệp cấu hình cho cán bộ</source>
        <translation>Save the officer&apos;s provisioning file</translation>
    </message>
    <message>
        <source>Tệp cấu hình lcdesk (*.lcp)</source>
        <translation>lcdesk provisioning file (*.lcp)</translation>
    </message>
    <message>
        <source>Đã ghi tệp cấu hình: %1
Hãy gửi tệp này cho cán bộ (USB hoặc thư điện tử).</source>
        <translation>Wrote the provisioning file: %1
Send it to the officer (USB stick or e-mail).</translation>
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
    <name>EvidenceFiles</name>
    <message>
        <source>Mở tệp minh chứng</source>
        <translation>Open the evidence file</translation>
    </message>
    <message>
        <source>(không có tệp minh chứng)</source>
        <translation>(no evidence files)</translation>
    </message>
    <message>
        <source>%1 (chưa nhận được tệp)</source>
        <translation>%1 (file not received)</translation>
    </message>
    <message>
        <source>Không mở được tệp minh chứng: %1</source>
        <translation>Could not open the evidence file: %1</translation>
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
    <name>ExpectedPanel</name>
    <message>
        <source>Điều chỉnh danh sách phải nộp và hạn nộp (ghi lại lý do)</source>
        <translation>Adjust the expected forms and deadlines (the reason is recorded)</translation>
    </message>
    <message>
        <source>Đơn &amp;vị:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Chỉ &amp;số:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>&amp;Lý do:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Ví dụ: Phường sáp nhập từ ngày 1/7; mất điện cả tuần</source>
        <translation>E.g.: ward merged on 1 July; a week-long power cut</translation>
    </message>
    <message>
        <source>Gia &amp;hạn đến:</source>
        <translation>E&amp;xtend to:</translation>
    </message>
    <message>
        <source>&amp;Thêm vào danh sách phải nộp</source>
        <translation>&amp;Add to the expected forms</translation>
    </message>
    <message>
        <source>&amp;Bỏ khỏi danh sách phải nộp</source>
        <translation>&amp;Remove from the expected forms</translation>
    </message>
    <message>
        <source>&amp;Gia hạn cho đơn vị</source>
        <translation>&amp;Extend the unit&apos;s deadline</translation>
    </message>
    <message>
        <source>gia hạn đến %1</source>
        <translation>extended to %1</translation>
    </message>
    <message>
        <source>thêm %1</source>
        <translation>added %1</translation>
    </message>
    <message>
        <source>bỏ %1</source>
        <translation>removed %1</translation>
    </message>
    <message>
        <source>Đã ghi cho đơn vị này:</source>
        <translation>Recorded for this unit:</translation>
    </message>
    <message>
        <source>Đã thêm %1 / %2 vào danh sách phải nộp.</source>
        <translation>Added %1 / %2 to the expected forms.</translation>
    </message>
    <message>
        <source>Đã bỏ %1 / %2 khỏi danh sách phải nộp.</source>
        <translation>Removed %1 / %2 from the expected forms.</translation>
    </message>
    <message>
        <source>Đã gia hạn cho %1 đến hết ngày %2.</source>
        <translation>Extended %1&apos;s deadline to the end of %2.</translation>
    </message>
</context>
<context>
    <name>ExportChoice</name>
    <message>
        <source>Đơn &amp;vị đưa vào gói:</source>
        <translation>&amp;Units in the bundle:</translation>
    </message>
    <message>
        <source>Đơn vị đưa vào gói</source>
        <translation>Units in the bundle</translation>
    </message>
    <message>
        <source>Năm báo cáo:</source>
        <translation>Reporting years:</translation>
    </message>
    <message>
        <source>Đơn vị: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Hãy chọn ít nhất một đơn vị và một năm.</source>
        <translation>Choose at least one unit and one year.</translation>
    </message>
    <message numerus="yes">
        <source>%n biểu mẫu còn lỗi</source>
        <translation>
            <numerusform>%n form with errors</numerusform>
            <numerusform>%n forms with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n biểu mẫu chưa hoàn thành</source>
        <translation>
            <numerusform>%n form not complete</numerusform>
            <numerusform>%n forms not complete</numerusform>
        </translation>
    </message>
    <message>
        <source>Số liệu còn lỗi sẽ không được đưa vào gói.</source>
        <translation>Figures with errors will not be put in the bundle.</translation>
    </message>
    <message>
        <source>Bạn vẫn có thể xuất gói bây giờ và xuất lại khi đã nhập xong.</source>
        <translation>You can still export now and export again when you have finished.</translation>
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
        <source>&amp;Danh mục chỉ số:</source>
        <translation>&amp;Indicator catalog:</translation>
    </message>
    <message>
        <source>Mọi danh mục được giao</source>
        <translation>Every assigned catalog</translation>
    </message>
    <message>
        <source>Danh mục chỉ số của gói</source>
        <translation>The bundle&apos;s indicator catalog</translation>
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
        <source>%1 (chưa có thư mục này)</source>
        <translation>%1 (this folder does not exist yet)</translation>
    </message>
    <message>
        <source>Chọn thư mục lưu gói dữ liệu</source>
        <translation>Choose a folder to save the data bundle</translation>
    </message>
    <message>
        <source>Thư mục “%1” chưa có. Tạo thư mục này và lưu gói vào đó?</source>
        <translation>The folder “%1” does not exist. Create it and save the bundle there?</translation>
    </message>
    <message>
        <source>Chưa xuất: thư mục “%1” không tồn tại. Hãy chọn một thư mục có sẵn.</source>
        <translation>Not exported: the folder “%1” does not exist. Choose an existing folder.</translation>
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
    <message>
        <source>đã nhận %1</source>
        <translation>received %1</translation>
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
    <name>FeedbackNote</name>
    <message>
        <source>Văn phòng trả lại biểu mẫu này để sửa:</source>
        <translation>The office returned this form for correction:</translation>
    </message>
    <message>
        <source>Bạn đã sửa theo nhận xét của văn phòng; hãy xuất gói để gửi lại:</source>
        <translation>You corrected it as the office commented; export a bundle to send it again:</translation>
    </message>
    <message>
        <source>Biểu mẫu này đã được văn phòng duyệt. Bạn vẫn có thể sửa, nhưng khi sửa, biểu mẫu sẽ được gửi lại để văn phòng duyệt lại.</source>
        <translation>The office has approved this form. You can still edit it, but an edit sends it back to the office for review.</translation>
    </message>
    <message>
        <source>Văn phòng đã duyệt biểu mẫu này, nhưng bạn đã sửa số liệu sau đó: hãy xuất gói để văn phòng duyệt lại.</source>
        <translation>The office approved this form, but you changed its figures afterwards: export a bundle so that the office can review it again.</translation>
    </message>
    <message>
        <source>Văn phòng đã duyệt biểu mẫu này, nhưng bạn đã sửa số liệu sau đó: hãy đánh dấu hoàn thành rồi xuất gói để văn phòng duyệt lại.</source>
        <translation>The office approved this form, but you changed its figures afterwards: mark it complete, then export a bundle so that the office can review it again.</translation>
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
        <source>Nam %1 · Nữ %2 · Tổng %3</source>
        <translation>Male %1 · Female %2 · Total %3</translation>
    </message>
</context>
<context>
    <name>FigureUnits</name>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Số liệu</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Tử số</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <source>Mẫu số</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Gói số liệu</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>chỉ báo tỷ lệ: không tính vào số liệu chung</source>
        <translation>rate only: not counted in the city figure</translation>
    </message>
    <message>
        <source>xung đột chưa giải quyết: không tính</source>
        <translation>unresolved conflict: not counted</translation>
    </message>
    <message>
        <source>đã duyệt</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>Chọn một chỉ số ở bảng trên để xem các đơn vị đã báo cáo.</source>
        <translation>Select an indicator in the table above to see the units that reported it.</translation>
    </message>
    <message>
        <source>Chỉ số %1 (%2): %3 đơn vị đã báo cáo · %4 đơn vị tính vào số liệu chung</source>
        <translation>Indicator %1 (%2): %3 units reported · %4 units counted in the city figure</translation>
    </message>
    <message>
        <source>(không qua gói)</source>
        <translation>(not from a bundle)</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>Chỉ số thành phố</source>
        <translation>City figures</translation>
    </message>
    <message>
        <source>&amp;Năm báo cáo:</source>
        <translation>Reporting &amp;year:</translation>
    </message>
    <message>
        <source>Mọi số liệu đã nhận</source>
        <translation>Every received figure</translation>
    </message>
    <message>
        <source>Chỉ số liệu đã duyệt</source>
        <translation>Approved figures only</translation>
    </message>
    <message>
        <source>Ghi đánh giá của thành phố…</source>
        <translation>Record the city&apos;s rating…</translation>
    </message>
    <message>
        <source>Chỉ số</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Thành phần</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Số liệu thành phố</source>
        <translation>City figure</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Đánh giá</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Độ phủ</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Đang tính số liệu thành phố…</source>
        <translation>Computing the city figures…</translation>
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
        <translation>No figure</translation>
    </message>
    <message>
        <source>Không có chỉ tiêu</source>
        <translation>No target</translation>
    </message>
    <message>
        <source>Đạt %1 · Chưa đạt %2 · Chưa có số liệu %3 · Không có chỉ tiêu %4</source>
        <translation>Met %1 · Not met %2 · No figure %3 · No target %4</translation>
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
    <name>FollowUpsBox</name>
    <message>
        <source>Danh sách cần theo dõi</source>
        <translation>Follow-up list</translation>
    </message>
    <message>
        <source>Hiện cả các mục đã xong</source>
        <translation>Also show finished items</translation>
    </message>
    <message>
        <source>Đánh dấu đã &amp;xong</source>
        <translation>Mark as &amp;done</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Chỉ số</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Nhận xét</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Người ghi</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Đang theo dõi</source>
        <translation>Following up</translation>
    </message>
    <message>
        <source>Đã xong</source>
        <translation>Done</translation>
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
        <source> (mốc năm %1)</source>
        <translation> (milestone %1)</translation>
    </message>
    <message>
        <source>Mốc đã qua: %1</source>
        <translation>Milestones passed: %1</translation>
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
        <source>Đơn vị phụ trách (theo kế hoạch)</source>
        <translation>Responsible unit (as the plan says)</translation>
    </message>
    <message>
        <source>(chưa ghi)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>Đơn vị báo cáo hiện nay</source>
        <translation>Reports it today</translation>
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
    <name>ImportResults</name>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Lý do và việc cần làm</source>
        <translation>Reason and what to do</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Số liệu</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Đã nhập</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Đã nhập trước đó</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <source>Bị từ chối</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>%1 (%2 mới)</source>
        <translation>%1 (%2 new)</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Nhận gói dữ liệu của cán bộ</source>
        <translation>Receive officers&apos; bundles</translation>
    </message>
    <message>
        <source>Chọn các tệp .lcb, một thư mục (mọi tệp .lcb bên trong) hoặc ổ USB; cũng có thể kéo thả tệp vào cửa sổ. Mỗi gói được kiểm tra chữ ký rồi nhập riêng; gói lỗi được đưa vào mục Cách ly kèm lý do.</source>
        <translation>Choose .lcb files, a folder (every .lcb inside) or a USB drive; files can also be dropped on the window. Each bundle&apos;s signature is checked and it is imported on its own; a bad bundle goes to Quarantine with its reason.</translation>
    </message>
    <message>
        <source>Thêm &amp;tệp…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <source>Thêm thư &amp;mục…</source>
        <translation>Add a &amp;folder…</translation>
    </message>
    <message>
        <source>Nhập từ ổ &amp;này</source>
        <translation>Import from this &amp;drive</translation>
    </message>
    <message>
        <source>Ổ đĩa hoặc thư mục</source>
        <translation>Drive or folder</translation>
    </message>
    <message>
        <source>&amp;Dừng sau gói này</source>
        <translation>&amp;Stop after this bundle</translation>
    </message>
    <message>
        <source>&amp;Xuất Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <source>Tìm theo cán bộ, đơn vị, tệp…</source>
        <translation>Search by officer, unit, file…</translation>
    </message>
    <message>
        <source>Tìm trong kết quả</source>
        <translation>Search the results</translation>
    </message>
    <message>
        <source>Mọi kết quả</source>
        <translation>All results</translation>
    </message>
    <message>
        <source>Đã nhập</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Đã nhập trước đó</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <source>Bị từ chối</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Lọc theo kết quả</source>
        <translation>Filter by result</translation>
    </message>
    <message>
        <source>Hộp thư dùng thử: %1</source>
        <translation>Demo inbox: %1</translation>
    </message>
    <message>
        <source>USB: %1</source>
        <translation>USB: %1</translation>
    </message>
    <message>
        <source>Chọn gói dữ liệu</source>
        <translation>Choose bundles</translation>
    </message>
    <message>
        <source>Gói dữ liệu lcdesk (*.lcb)</source>
        <translation>lcdesk bundle (*.lcb)</translation>
    </message>
    <message>
        <source>Chọn thư mục chứa gói dữ liệu</source>
        <translation>Choose the folder holding the bundles</translation>
    </message>
    <message>
        <source>Đang nhập gói</source>
        <translation>Importing bundles</translation>
    </message>
    <message>
        <source>Hãy đợi lần nhập đang chạy kết thúc.</source>
        <translation>Wait for the running import to finish.</translation>
    </message>
    <message>
        <source>Nhận gói</source>
        <translation>Receive bundles</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp .lcb nào ở đó.</source>
        <translation>No .lcb file found there.</translation>
    </message>
    <message>
        <source>Đang nhập %1 tệp…</source>
        <translation>Importing %1 files…</translation>
    </message>
    <message>
        <source>Sẽ dừng sau gói đang nhập…</source>
        <translation>Will stop after the bundle being imported…</translation>
    </message>
    <message>
        <source>%1/%2 — %3</source>
        <translation>%1/%2 — %3</translation>
    </message>
    <message>
        <source>Không nhập được: %1</source>
        <translation>Could not import: %1</translation>
    </message>
    <message>
        <source>%1 tệp: %2 đã nhập, %3 đã nhập trước đó, %4 bị từ chối.</source>
        <translation>%1 files: %2 imported, %3 already imported, %4 rejected.</translation>
    </message>
    <message>
        <source>Đã dừng theo yêu cầu: %1 tệp chưa nhập.</source>
        <translation>Stopped as asked: %1 files not imported.</translation>
    </message>
    <message>
        <source>Xem lý do trong bảng và trong mục Cách ly.</source>
        <translation>See the reasons in the table and under Quarantine.</translation>
    </message>
    <message>
        <source>Xuất Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Chưa có kết quả nhập để xuất.</source>
        <translation>No import results to export yet.</translation>
    </message>
    <message>
        <source>Lưu bảng kết quả</source>
        <translation>Save the results table</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Đã lưu bảng kết quả: %1</source>
        <translation>Saved the results table: %1</translation>
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
        <source>Chỉ xem: chỉ số này không được giao cho %1 mà do %2 báo cáo. Bạn không nhập số liệu cho chỉ số này.</source>
        <translation>View only: this indicator is not assigned to %1 but reported by %2. You do not enter figures for it.</translation>
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
        <source>Đơn vị phụ trách (theo kế hoạch)</source>
        <translation>Responsible unit (as the plan says)</translation>
    </message>
    <message>
        <source>Đơn vị báo cáo hiện nay</source>
        <translation>Reports it today</translation>
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
    <message>
        <source>Biểu mẫu đã hoàn thành được mở lại (nháp) vì số liệu thay đổi. Bấm “Đánh dấu hoàn thành” khi đã xong.</source>
        <translation>The completed form was reopened (draft) because its figures changed. Click “Mark as complete” when you are done.</translation>
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
        <source>Mở &amp;văn phòng thành phố dùng thử…</source>
        <translation>Open the demo &amp;city office…</translation>
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
        <source>Phản hồi của văn phòng</source>
        <translation>The office&apos;s feedback</translation>
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
    <name>OfficeDesk</name>
    <message>
        <source>(dùng thử)</source>
        <translation>(demo)</translation>
    </message>
    <message>
        <source>Các mục của văn phòng</source>
        <translation>The office&apos;s sections</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Nhận gói dữ liệu…</source>
        <translation>&amp;Receive bundles…</translation>
    </message>
    <message>
        <source>Nhận cả &amp;thư mục…</source>
        <translation>Receive a whole &amp;folder…</translation>
    </message>
    <message>
        <source>Mở &amp;yêu cầu đăng ký…</source>
        <translation>Open an &amp;enrolment request…</translation>
    </message>
    <message>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Hiển thị</source>
        <translation>&amp;View</translation>
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
        <source>&amp;Khóa của văn phòng…</source>
        <translation>The office &amp;key…</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Máy này là văn phòng thành phố, không nhận tệp cấu hình của cán bộ.</source>
        <translation>This computer is the city office; it does not accept officers&apos; provisioning files.</translation>
    </message>
    <message>
        <source>Sẽ nhập sau lần nhập đang chạy: %1</source>
        <translation>Will import after the running import: %1</translation>
    </message>
    <message>
        <source>%1 %2

Bàn làm việc của văn phòng thành phố: nhận gói, đăng ký cán bộ, xem số liệu. Dữ liệu lưu tại:
%3</source>
        <translation>%1 %2

The city office&apos;s desk: receive bundles, enrol officers, see the figures. Data is kept in:
%3</translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Đang nhập gói</source>
        <translation>Importing bundles</translation>
    </message>
    <message>
        <source>Đang nhập gói dữ liệu. Dừng sau gói hiện tại và thoát?</source>
        <translation>Bundles are being imported. Stop after the current bundle and quit?</translation>
    </message>
</context>
<context>
    <name>OfficeKeyDialog</name>
    <message>
        <source>Khóa của văn phòng</source>
        <translation>The office key</translation>
    </message>
    <message>
        <source>Dấu vân tay khóa của %1</source>
        <translation>Key fingerprint of %1</translation>
    </message>
    <message>
        <source>Khi cán bộ mở tệp cấu hình lần đầu, máy của họ hiện dãy số này. Hãy đọc cho họ qua điện thoại để họ đối chiếu từng số trước khi tin cậy văn phòng.</source>
        <translation>When an officer opens the provisioning file for the first time, their computer shows these digits. Read them out by phone so they can compare each one before they trust the office.</translation>
    </message>
    <message>
        <source>Mã khóa: %1</source>
        <translation>Key id: %1</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>Clo&amp;se</translation>
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
    <name>OfficePages</name>
    <message>
        <source>Nhận gói</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Cách ly</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>Số liệu</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Danh mục</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Duyệt số liệu</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Nhật ký</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Chỉ số thành phố</source>
        <translation>City figures</translation>
    </message>
    <message>
        <source>Kiểm tra số liệu</source>
        <translation>Data checks</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>OfficersPage</name>
    <message>
        <source>Cán bộ đã đăng ký</source>
        <translation>Enrolled officers</translation>
    </message>
    <message>
        <source>Mở &amp;yêu cầu đăng ký…</source>
        <translation>Open an &amp;enrolment request…</translation>
    </message>
    <message>
        <source>Cấp &amp;lại cấu hình…</source>
        <translation>&amp;Re-provision…</translation>
    </message>
    <message>
        <source>Cấp lại cho &amp;tất cả…</source>
        <translation>Re-provision &amp;all…</translation>
    </message>
    <message>
        <source>Thu &amp;hồi khóa…</source>
        <translation>Re&amp;voke key…</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Dấu vân tay</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Đăng ký ngày</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <source>Gói gần nhất</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lý do thu hồi: %1</source>
        <translation>Reason for revocation: %1</translation>
    </message>
    <message>
        <source>số %1, nhận %2</source>
        <translation>no. %1, received %2</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Đang hiệu lực</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Đã thu hồi</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Mở yêu cầu đăng ký</source>
        <translation>Open an enrolment request</translation>
    </message>
    <message>
        <source>Yêu cầu đăng ký lcdesk (*.lcr)</source>
        <translation>lcdesk enrolment request (*.lcr)</translation>
    </message>
    <message>
        <source>Không đọc được tệp %1: %2</source>
        <translation>Could not read the file %1: %2</translation>
    </message>
    <message>
        <source>Đã đăng ký %1; tệp cấu hình: %2</source>
        <translation>Enrolled %1; provisioning file: %2</translation>
    </message>
    <message>
        <source>Lưu tệp cấu hình</source>
        <translation>Save the provisioning file</translation>
    </message>
    <message>
        <source>Tệp cấu hình lcdesk (*.lcp)</source>
        <translation>lcdesk provisioning file (*.lcp)</translation>
    </message>
    <message>
        <source>Chọn thư mục để ghi các tệp cấu hình</source>
        <translation>Choose the folder for the provisioning files</translation>
    </message>
    <message numerus="yes">
        <source>Đã ghi %n tệp cấu hình vào %1</source>
        <translation>
            <numerusform>Wrote %n provisioning file to %1</numerusform>
            <numerusform>Wrote %n provisioning files to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Đã ghi tệp cấu hình</source>
        <translation>Provisioning file written</translation>
    </message>
    <message>
        <source>Mở thư mục?</source>
        <translation>Open the folder?</translation>
    </message>
    <message>
        <source>Đã thu hồi khóa của %1.</source>
        <translation>Revoked the key of %1.</translation>
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
    <name>PlaceholderPage</name>
    <message>
        <source>Trang này chưa có trong bản cài đặt này.</source>
        <translation>This page is not part of this installation.</translation>
    </message>
    <message>
        <source>Không mở được trang này; chi tiết đã được ghi vào nhật ký.</source>
        <translation>This page could not be opened; the details were written to the log.</translation>
    </message>
</context>
<context>
    <name>ProvisionOptions</name>
    <message>
        <source>Năm báo cáo:</source>
        <translation>Reporting years:</translation>
    </message>
    <message>
        <source>Một hoặc nhiều năm, cách nhau bởi dấu phẩy: 2024, 2025</source>
        <translation>One or more years, separated by commas: 2024, 2025</translation>
    </message>
    <message>
        <source>&amp;Hạn nộp:</source>
        <translation>&amp;Deadline:</translation>
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
    <name>QuarantinePage</name>
    <message>
        <source>Gói bị từ chối (cách ly)</source>
        <translation>Rejected bundles (quarantine)</translation>
    </message>
    <message>
        <source>Các tệp bị từ chối được giữ lại ở đây cùng lý do. Sau khi đã đăng ký cán bộ hoặc nhập danh mục còn thiếu, chọn tệp và bấm “Thử lại”.</source>
        <translation>Rejected files are kept here with their reason. After enrolling the officer or importing the missing catalog, select the file and click “Retry”.</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Mở &amp;thư mục</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <source>Thử &amp;lại</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>&amp;Xóa…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Không còn bản sao của tệp này.</source>
        <translation>No copy of this file is left.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Xóa hẳn tệp “%1” khỏi mục cách ly? Không thể hoàn tác; nếu cần, hãy xin cán bộ gửi lại gói.</source>
        <translation>Delete the file “%1” from quarantine for good? This cannot be undone; if needed, ask the officer to send the bundle again.</translation>
    </message>
    <message>
        <source>Xóa tệp bị từ chối</source>
        <translation>Delete a rejected file</translation>
    </message>
    <message>
        <source>Đã xóa %1.</source>
        <translation>Deleted %1.</translation>
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
    <name>ReportPage</name>
    <message>
        <source>Mọi số liệu đã nhận</source>
        <translation>Every received figure</translation>
    </message>
    <message>
        <source>Chỉ số liệu đã duyệt</source>
        <translation>Approved figures only</translation>
    </message>
    <message>
        <source>Tự động</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Từng đơn vị</source>
        <translation>Each unit</translation>
    </message>
    <message>
        <source>Từng quận, huyện</source>
        <translation>Each district</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>&amp;Năm báo cáo:</source>
        <translation>Reporting &amp;year:</translation>
    </message>
    <message>
        <source>&amp;Danh mục:</source>
        <translation>&amp;Catalog:</translation>
    </message>
    <message>
        <source>Số liệu được &amp;tính:</source>
        <translation>Figures &amp;counted:</translation>
    </message>
    <message>
        <source>Trang &amp;theo:</source>
        <translation>Sheets &amp;per:</translation>
    </message>
    <message>
        <source>Trang bìa (theo Nghị định 30/2020/NĐ-CP)</source>
        <translation>Cover page (Decree 30/2020/NĐ-CP)</translation>
    </message>
    <message>
        <source>Cơ quan chủ quản:</source>
        <translation>Parent body:</translation>
    </message>
    <message>
        <source>Cơ quan ban hành:</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <source>Địa danh:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Số báo cáo:</source>
        <translation>Report number:</translation>
    </message>
    <message>
        <source>Kính gửi:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Thẩm quyền ký:</source>
        <translation>Signing authority:</translation>
    </message>
    <message>
        <source>Người ký:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <source>&amp;Lưu trang bìa</source>
        <translation>&amp;Save the cover page</translation>
    </message>
    <message>
        <source>&amp;Lập báo cáo…</source>
        <translation>&amp;Write the report…</translation>
    </message>
    <message>
        <source>&amp;Mở thư mục chứa báo cáo</source>
        <translation>&amp;Open the report&apos;s folder</translation>
    </message>
    <message>
        <source>&amp;Vẽ biểu đồ</source>
        <translation>&amp;Draw the charts</translation>
    </message>
    <message>
        <source>Lưu ảnh &amp;PNG…</source>
        <translation>Save as &amp;PNG…</translation>
    </message>
    <message>
        <source>Tiến độ theo tiêu chuẩn</source>
        <translation>Progress by standard</translation>
    </message>
    <message>
        <source>Mức độ đầy đủ</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>Xã hội học tập</source>
        <translation>Learning society</translation>
    </message>
    <message>
        <source>Đã lưu trang bìa.</source>
        <translation>Saved the cover page.</translation>
    </message>
    <message>
        <source>Lưu báo cáo</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Sổ tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Đang lập báo cáo…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <source>Đã ghi báo cáo {path}: {n} chỉ số, {met} đạt, {not_met} chưa đạt, {missing} chưa có số liệu; {received}/{expected} đơn vị đã gửi.</source>
        <translation>Wrote the report {path}: {n} indicators, {met} met, {not_met} not met, {missing} without figures; {received}/{expected} units sent.</translation>
    </message>
    <message>
        <source>Không lập được báo cáo: {error}</source>
        <translation>Could not write the report: {error}</translation>
    </message>
    <message>
        <source>Lưu biểu đồ</source>
        <translation>Save the chart</translation>
    </message>
    <message>
        <source>Ảnh PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Đã lưu biểu đồ {path}.</source>
        <translation>Saved the chart {path}.</translation>
    </message>
</context>
<context>
    <name>ReportToolbar</name>
    <message>
        <source>&amp;Danh mục:</source>
        <translation>&amp;Catalog:</translation>
    </message>
    <message>
        <source>Danh mục chỉ số đang báo cáo</source>
        <translation>The indicator catalog being reported</translation>
    </message>
    <message>
        <source>Mỗi danh mục được giao là một nhóm biểu mẫu riêng</source>
        <translation>Each assigned catalog is its own group of forms</translation>
    </message>
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
    <name>ReprovisionDialog</name>
    <message>
        <source>Cấp lại cấu hình</source>
        <translation>Re-provision</translation>
    </message>
    <message>
        <source>Cấp lại cấu hình cho %1</source>
        <translation>Re-provision %1</translation>
    </message>
    <message>
        <source>Cấp lại cấu hình cho tất cả</source>
        <translation>Re-provision everyone</translation>
    </message>
    <message numerus="yes">
        <source>Cấp lại cấu hình cho %n cán bộ đang hiệu lực</source>
        <translation>
            <numerusform>Re-provision %n active officer</numerusform>
            <numerusform>Re-provision %n active officers</numerusform>
        </translation>
    </message>
    <message>
        <source>Tệp mới mang danh mục chỉ số hiện hành của văn phòng, năm báo cáo và hạn nộp dưới đây. Số liệu cán bộ đã nhập được giữ nguyên.</source>
        <translation>The new file carries the office&apos;s current indicator catalog, the reporting years and the deadline below. The figures the officer entered are kept.</translation>
    </message>
    <message>
        <source>&amp;Ghi tệp…</source>
        <translation>&amp;Write the file…</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Duyệt số liệu</source>
        <translation>Review the figures</translation>
    </message>
    <message>
        <source>&amp;Năm báo cáo:</source>
        <translation>Reporting &amp;year:</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Chỉ số</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Giá trị đã duyệt</source>
        <translation>Approved value</translation>
    </message>
    <message>
        <source>Nhận xét</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Nhận xét / &amp;lý do:</source>
        <translation>Comment / &amp;reason:</translation>
    </message>
    <message>
        <source>Ví dụ: Mẫu số không khớp với dân số năm 2025</source>
        <translation>E.g.: the denominator does not match the 2025 population</translation>
    </message>
    <message>
        <source>&amp;Về ô:</source>
        <translation>&amp;On cell:</translation>
    </message>
    <message>
        <source>Nhận xét về cả biểu mẫu, hoặc về một ô số liệu của chỉ số đã chọn; trả lại nhiều lần để ghi nhận xét cho từng ô</source>
        <translation>A comment on the whole form, or on one cell of the selected indicator; return it again to comment on another cell</translation>
    </message>
    <message>
        <source>Cả biểu mẫu</source>
        <translation>Whole form</translation>
    </message>
    <message>
        <source>&amp;Duyệt các dòng đã chọn</source>
        <translation>&amp;Approve the selected rows</translation>
    </message>
    <message>
        <source>Duyệt mọi biểu mẫu &amp;hợp lệ</source>
        <translation>Approve every &amp;clean form</translation>
    </message>
    <message>
        <source>Hoàn thành, không xung đột và không có kiểm tra nào bị lỗi</source>
        <translation>Complete, without conflicts and without failed checks</translation>
    </message>
    <message>
        <source>&amp;Trả lại để sửa</source>
        <translation>&amp;Return for correction</translation>
    </message>
    <message>
        <source>&amp;Bỏ duyệt</source>
        <translation>&amp;Unapprove</translation>
    </message>
    <message>
        <source>&amp;Ghi biên nhận và phản hồi cho cán bộ…</source>
        <translation>&amp;Write receipts and feedback for the officers…</translation>
    </message>
    <message>
        <source>Mỗi cán bộ một tệp biên nhận (.lcx) và một tệp phản hồi (.lcf), ký bằng khóa của văn phòng, để gửi qua USB hoặc thư điện tử</source>
        <translation>One receipt (.lcx) and one feedback file (.lcf) per officer, signed with the office key, to send by USB stick or e-mail</translation>
    </message>
    <message>
        <source>Mọi đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Chỉ duyệt được biểu mẫu cán bộ đã đánh dấu hoàn thành</source>
        <translation>Only forms the officer marked complete can be approved</translation>
    </message>
    <message>
        <source>và %1 biểu mẫu khác</source>
        <translation>and %1 more forms</translation>
    </message>
    <message>
        <source>Không duyệt được: %1 chưa hoàn thành. Chỉ duyệt được biểu mẫu cán bộ đã đánh dấu hoàn thành: bỏ chọn các dòng đó, trả lại để sửa, hoặc chờ cán bộ đánh dấu hoàn thành và gửi gói mới.</source>
        <translation>Cannot approve: %1 not complete. Only forms the officer marked complete can be approved: unselect those rows, return them for correction, or wait until the officer marks them complete and sends a new bundle.</translation>
    </message>
    <message>
        <source>Đã duyệt %1 biểu mẫu.</source>
        <translation>Approved %1 forms.</translation>
    </message>
    <message>
        <source>Đã duyệt %1 biểu mẫu hợp lệ.</source>
        <translation>Approved %1 clean forms.</translation>
    </message>
    <message>
        <source>Đã trả lại %1 biểu mẫu để sửa.</source>
        <translation>Returned %1 forms for correction.</translation>
    </message>
    <message>
        <source>Chọn thư mục để ghi biên nhận và phản hồi</source>
        <translation>Choose the folder for the receipts and feedback files</translation>
    </message>
    <message>
        <source>Đã ghi %1 tệp vào %2.</source>
        <translation>Wrote %1 files to %2.</translation>
    </message>
    <message>
        <source>Đã bỏ duyệt %1 biểu mẫu.</source>
        <translation>Unapproved %1 forms.</translation>
    </message>
</context>
<context>
    <name>ReviewStates</name>
    <message>
        <source>Chưa nhận</source>
        <translation>Not received</translation>
    </message>
    <message>
        <source>Nhận, để trống</source>
        <translation>Received, empty</translation>
    </message>
    <message>
        <source>Báo cáo số 0</source>
        <translation>Reported zero</translation>
    </message>
    <message>
        <source>Bản nháp</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Trả lại để sửa</source>
        <translation>Returned for correction</translation>
    </message>
    <message>
        <source>Đã sửa, chờ duyệt</source>
        <translation>Corrected, awaiting review</translation>
    </message>
    <message>
        <source>Sửa sau khi duyệt</source>
        <translation>Changed after approval</translation>
    </message>
    <message>
        <source>Đã duyệt</source>
        <translation>Approved</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Thu hồi khóa</source>
        <translation>Revoke a key</translation>
    </message>
    <message>
        <source>Thu hồi khóa của %1 (%2)</source>
        <translation>Revoke the key of %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Lý do thu hồi (bắt buộc):</source>
        <translation>&amp;Reason for revoking (required):</translation>
    </message>
    <message>
        <source>&amp;Thu hồi khóa</source>
        <translation>&amp;Revoke the key</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
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
    <name>TodoPanel</name>
    <message>
        <source>Chỉ số</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Nhận xét của văn phòng</source>
        <translation>The office&apos;s comment</translation>
    </message>
    <message>
        <source>Chưa có phản hồi nào của văn phòng. Khi nhận được tệp phản hồi (.lcf), hãy mở tệp đó: các biểu mẫu bị trả lại sẽ hiện ở đây.</source>
        <translation>No feedback from the office yet. When you receive a feedback file (.lcf), open it: returned forms will show here.</translation>
    </message>
    <message>
        <source>&amp;Mở biểu mẫu</source>
        <translation>&amp;Open the form</translation>
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
    <name>UnitChooser</name>
    <message>
        <source>Đơn vị giao cho cán bộ (đánh dấu một hoặc nhiều):</source>
        <translation>Units assigned to the officer (tick one or more):</translation>
    </message>
    <message>
        <source>Tìm đơn vị theo tên (không cần dấu): ba dinh, so giao duc…</source>
        <translation>Search units by name (no diacritics needed): ba dinh, so giao duc…</translation>
    </message>
    <message>
        <source>Tìm đơn vị</source>
        <translation>Search units</translation>
    </message>
    <message>
        <source>Đã chọn: %1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <source>Chưa chọn đơn vị nào.</source>
        <translation>No unit chosen.</translation>
    </message>
</context>
<context>
    <name>ValuesModel</name>
    <message>
        <source>không thuộc thành phố</source>
        <translation>not in the city</translation>
    </message>
    <message>
        <source>Xung đột (%1 nguồn)</source>
        <translation>Conflict (%1 sources)</translation>
    </message>
    <message>
        <source>Xung đột: các cán bộ gửi giá trị khác nhau; mở trang Xung đột để quyết định.</source>
        <translation>Conflict: officers sent different values; open the Conflicts page to decide.</translation>
    </message>
    <message>
        <source>Đã quyết định trước đây, nhưng có số liệu mới nên mở lại.</source>
        <translation>Decided earlier, but reopened by new figures.</translation>
    </message>
    <message>
        <source>Nháp: cán bộ chưa đánh dấu hoàn thành.</source>
        <translation>Draft: the officer has not marked it complete.</translation>
    </message>
    <message>
        <source>Hoàn thành.</source>
        <translation>Complete.</translation>
    </message>
    <message>
        <source>Có giá trị từ khóa đã bị thu hồi.</source>
        <translation>Has a value from a revoked key.</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <source>Số liệu đã nhận</source>
        <translation>Figures received</translation>
    </message>
    <message>
        <source>&amp;Danh mục:</source>
        <translation>&amp;Catalog:</translation>
    </message>
    <message>
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Tìm đơn vị:</source>
        <translation>&amp;Find a unit:</translation>
    </message>
    <message>
        <source>C&amp;hỉ số:</source>
        <translation>I&amp;ndicator:</translation>
    </message>
    <message>
        <source>&amp;Trạng thái:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>tên hoặc mã, gõ có dấu hay không dấu</source>
        <translation>name or code, with or without diacritics</translation>
    </message>
    <message>
        <source>Chỉ số theo hàng</source>
        <translation>Indicators as rows</translation>
    </message>
    <message>
        <source>Chữ nghiêng, màu xám: nháp · nền đỏ: xung đột · gạch ngang, nền cam: từ khóa đã bị thu hồi · ô trống: chưa nhận số liệu.</source>
        <translation>Grey italics: draft · red background: conflict · struck through, orange background: revoked key · empty cell: no figure received.</translation>
    </message>
    <message>
        <source>Bảng số liệu theo đơn vị và chỉ số</source>
        <translation>Figures by unit and indicator</translation>
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
        <source>Có xung đột</source>
        <translation>In conflict</translation>
    </message>
    <message>
        <source>Từ khóa đã thu hồi</source>
        <translation>From a revoked key</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Tất cả chỉ số</source>
        <translation>All indicators</translation>
    </message>
    <message>
        <source>Chưa có số liệu.</source>
        <translation>No figures yet.</translation>
    </message>
    <message>
        <source>%1 đơn vị × %2 cột số liệu</source>
        <translation>%1 units × %2 figure columns</translation>
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi_VN">
<context>
    <name>CatalogTree</name>
    <message>
        <source>Tìm theo mã hoặc nội dung…</source>
        <translation>Search by code or text…</translation>
    </message>
    <message>
        <source>Tìm không phân biệt dấu, ví dụ: &quot;hoc tap&quot; hoặc &quot;1.2&quot;</source>
        <translation>Search ignores accents, e.g. &quot;hoc tap&quot; or &quot;1.2&quot;</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Text</translation>
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
    <name>MainWindow</name>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
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
        <source>Đã nhận tệp: %1</source>
        <translation>File received: %1</translation>
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

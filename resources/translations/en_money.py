"""English translations of the reward-money strings (merged by fill_en.py)."""

EN = {
    "Mức lương cơ sở": "Base salary",
    "Áp dụng từ ngày": "In force from",
    "Mức lương cơ sở (đồng/tháng)": "Base salary (VND/month)",
    "ví dụ 2.340.000": "e.g. 2,340,000",
    "ví dụ Nghị định 73/2024/NĐ-CP": "e.g. Decree 73/2024/NĐ-CP",
    "chưa nhập ngày": "no date entered",
    "phải là số nguyên đồng, ví dụ 2.340.000": "must be a whole number of đồng, e.g. 2,340,000",
    "Tổng tiền thưởng theo các quyết định trong năm (xem Báo cáo → Tiền thưởng theo đơn vị và cấp khen thưởng)":
        "Reward money of the year's decisions (see Reports → Reward money by unit and award level)",
    "Tiền thưởng năm %1: <b>%2 đồng</b>": "Reward money %1: <b>%2 VND</b>",
    "Số tiền (đồng)": "Amount (VND)",
    "Chi tiền PDF…": "Payment list PDF…",
    "Chi tiền Excel…": "Payment list Excel…",
    "Danh sách chi tiền thưởng cho bộ phận tài chính, có cột ký nhận":
        "The reward payment list for the finance office, with a column for the recipient's signature",
    "Tổng tiền thưởng: %1 đồng": "Total reward money: %1 VND",
    "Cá nhân %1 đồng, tập thể %2 đồng; mức lương cơ sở %3 đồng; %4":
        "Individuals %1 VND, collectives %2 VND; base salary %3 VND; %4",
    "số tiền đã chốt khi ban hành": "amounts fixed when issued",
    "bộ quy tắc %1": "rule set %1",
    "Tổng tiền thưởng: %1 đồng (%2).": "Total reward money: %1 VND (%2).",
    "Lưu danh sách chi tiền thưởng": "Save the reward payment list",
    "Lương cơ sở và làm tròn tiền thưởng": "Base salary and rounding of reward money",
    "Tiền thưởng = hệ số của danh hiệu, hình thức × mức lương cơ sở áp dụng vào ngày quyết định, làm tròn theo "
    "bộ quy tắc. Khi có nghị định mới về lương cơ sở, thêm một dòng với ngày áp dụng.":
        "Reward money = the multiple of the title or form × the base salary in force on the decision's date, "
        "rounded as the rule set says. When a new decree sets the base salary, add a row with its start date.",
    "Mức lương cơ sở (đồng)": "Base salary (VND)",
    "&Sửa…": "&Edit…",
    "&Xóa": "&Delete",
    "Sửa cách làm tròn…": "Edit rounding…",
    "Làm tròn và nguyên tắc chi": "Rounding and payment rule",
    "đã đối chiếu văn bản": "checked against the legal text",
    "chưa đối chiếu văn bản": "not yet checked against the legal text",
    "Bộ quy tắc «%1»: %2 (%3).": "Rule set “%1”: %2 (%3).",
    "Xóa mức lương cơ sở %1 đồng áp dụng từ %2? Các quyết định đã ban hành giữ nguyên số tiền.":
        "Delete the base salary of %1 VND in force from %2? Issued decisions keep their amounts.",
    "Xóa mức lương cơ sở": "Delete base salary",
    "Tiền thưởng theo đơn vị và cấp khen thưởng": "Reward money by unit and award level",
    "Năm %1, theo ngày quyết định; số tiền theo quyết định đã ban hành hoặc tính theo quy định":
        "Year %1, by decision date; amounts of issued decisions, or computed by the rules",
    "Làm tròn tiền thưởng — %1": "Rounding of reward money — %1",
    "Không làm tròn": "No rounding",
    "%1 đồng": "%1 VND",
    "Đã đối chiếu với văn bản của bộ quy tắc": "Checked against the rule set's legal text",
    "Làm tròn đến": "Round to",
    "Cách làm tròn": "Rounding",
    "Lương cơ sở, làm tròn…": "Base salary, rounding…",
    "Mức lương cơ sở theo ngày áp dụng và cách làm tròn tiền thưởng":
        "Base salaries by start date and the rounding of reward money",
    " (chưa xác nhận)": " (unconfirmed)",
    "Làm tròn lên": "Round up",
    "Làm tròn đến mức gần nhất": "Round to the nearest",
    "Làm tròn xuống": "Round down",
    "Mức thưởng chưa đối chiếu văn bản": "Multiple not yet checked against the legal text",
    "Làm tròn lên đến 10.000 đồng": "Rounded up to 10,000 VND",
    "Một thành tích chỉ nhận một mức tiền thưởng (Luật Thi đua, khen thưởng 2022, Điều 5 khoản 2 điểm c; quy định "
    "về tiền thưởng của NĐ 152/2025, Điều 50–54): trong cùng một quyết định, một cá nhân hoặc tập thể được nhiều danh "
    "hiệu thi đua thì nhận mức thưởng cao nhất trong các danh hiệu; được nhiều hình thức khen thưởng thì nhận mức cao "
    "nhất trong các hình thức; vừa có danh hiệu vừa có hình thức thì nhận cả hai.":
        "One achievement carries one reward (Law on Emulation and Commendation 2022, Art. 5(2)(c); the reward "
        "money rules of Decree 152/2025, Art. 50–54): in one decision, a person or collective with several titles "
        "receives the highest title's amount; with several forms, the highest form's amount; with a title and a "
        "form, both.",
}

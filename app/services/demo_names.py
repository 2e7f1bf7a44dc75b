"""Data of the demo generator: Vietnamese names, the bloc's agencies and their departments.

Everything is a tuple or a list so that iteration order never depends on hashing. Weights
are relative. Family-name shares follow published estimates (Nguyễn ~38 %, Trần ~11 %,
Lê ~9.5 %, Phạm ~7 %, Hoàng/Huỳnh ~5 %, …); the bloc is DOMAIN.md §11.
"""

from __future__ import annotations

from typing import NamedTuple

# ---------------------------------------------------------------- names

FAMILY_NAMES: tuple[tuple[str, float], ...] = (
    ("Nguyễn", 38.0),
    ("Trần", 11.0),
    ("Lê", 9.5),
    ("Phạm", 7.0),
    ("Hoàng", 3.3),
    ("Huỳnh", 1.8),
    ("Phan", 4.5),
    ("Vũ", 2.6),
    ("Võ", 1.4),
    ("Đặng", 2.1),
    ("Bùi", 2.0),
    ("Đỗ", 1.4),
    ("Hồ", 1.3),
    ("Ngô", 1.3),
    ("Dương", 1.0),
    ("Lý", 0.5),
    ("Đào", 0.6),
    ("Đoàn", 0.6),
    ("Đinh", 0.6),
    ("Trịnh", 0.5),
    ("Trương", 0.5),
    ("Lương", 0.4),
    ("Mai", 0.4),
    ("Lâm", 0.3),
    ("Phùng", 0.3),
    ("Hà", 0.4),
    ("Tạ", 0.2),
    ("Tô", 0.2),
    ("Cao", 0.3),
    ("Chu", 0.2),
    ("Lưu", 0.2),
    ("Vương", 0.2),
    ("Kiều", 0.1),
    ("Quách", 0.1),
    ("Triệu", 0.1),
    ("Nông", 0.1),
    ("Thái", 0.1),
    ("Khổng", 0.05),
    ("Hứa", 0.05),
    ("Lại", 0.1),
    ("Tăng", 0.05),
    ("Văn", 0.05),
)

# Middle names: women are often "Thị", men often "Văn"; the rest are shared in part.
MIDDLE_FEMALE: tuple[tuple[str, float], ...] = (
    ("Thị", 46.0),
    ("Ngọc", 8.0),
    ("Thu", 6.0),
    ("Thanh", 6.0),
    ("Minh", 4.0),
    ("Phương", 3.0),
    ("Hồng", 4.0),
    ("Thùy", 3.0),
    ("Kim", 3.0),
    ("Bích", 2.0),
    ("Diệu", 2.0),
    ("Mai", 2.0),
    ("Khánh", 2.0),
    ("Hải", 2.0),
    ("Lan", 1.5),
    ("Quỳnh", 1.5),
    ("Tuyết", 1.0),
    ("Mỹ", 1.0),
    ("Bảo", 1.0),
    ("Cẩm", 1.0),
)
MIDDLE_MALE: tuple[tuple[str, float], ...] = (
    ("Văn", 34.0),
    ("Đức", 8.0),
    ("Hữu", 7.0),
    ("Minh", 7.0),
    ("Quang", 6.0),
    ("Thanh", 5.0),
    ("Ngọc", 4.0),
    ("Công", 4.0),
    ("Xuân", 3.0),
    ("Mạnh", 2.0),
    ("Trọng", 3.0),
    ("Duy", 2.0),
    ("Tuấn", 2.0),
    ("Quốc", 3.0),
    ("Đình", 4.0),
    ("Tiến", 2.0),
    ("Hoàng", 2.0),
    ("Anh", 1.0),
    ("Bá", 1.0),
    ("Viết", 1.0),
    ("Kim", 1.0),
    ("Hải", 1.0),
)
# Second middle word of the four-word names ("Nguyễn Thị Thanh Hương", "Trần Văn Minh Đức").
MIDDLE2_FEMALE: tuple[str, ...] = (
    "Thanh", "Thu", "Minh", "Ngọc", "Hồng", "Kim", "Phương", "Diệu", "Bích", "Thúy", "Lan", "Hải",
)
MIDDLE2_MALE: tuple[str, ...] = (
    "Minh", "Quang", "Đức", "Thanh", "Hoàng", "Anh", "Tuấn", "Ngọc", "Hữu", "Quốc", "Xuân", "Trung",
)

GIVEN_FEMALE: tuple[tuple[str, float], ...] = (
    ("Hương", 5.0), ("Hà", 4.0), ("Linh", 5.0), ("Lan", 3.0), ("Hoa", 3.0), ("Huyền", 3.0),
    ("Thảo", 4.0), ("Trang", 5.0), ("Mai", 3.0), ("Ngọc", 2.0), ("Nga", 3.0), ("Hằng", 3.0),
    ("Phương", 3.0), ("Thủy", 3.0), ("Yến", 2.0), ("Oanh", 1.0), ("Dung", 2.0), ("Hạnh", 2.0),
    ("Anh", 3.0), ("Vân", 2.0), ("Loan", 2.0), ("Nhung", 2.0), ("Hiền", 2.0), ("Thu", 2.0),
    ("Giang", 2.0), ("Ly", 2.0), ("Nhàn", 1.0), ("Tâm", 1.0), ("Quyên", 1.0), ("Chi", 1.0),
    ("Duyên", 1.0), ("Liên", 1.0), ("Tuyết", 1.0), ("Xuân", 1.0), ("Thúy", 2.0), ("Vy", 1.0),
    ("Ngân", 1.0), ("Thơ", 1.0), ("Diệp", 0.5), ("Lụa", 0.5), ("Nguyệt", 1.0), ("Quỳnh", 1.5),
    ("Trâm", 1.0), ("Hiếu", 0.5), ("Bình", 0.5), ("My", 1.0), ("Khánh", 0.5), ("Uyên", 1.0),
)
GIVEN_MALE: tuple[tuple[str, float], ...] = (
    ("Hùng", 4.0), ("Dũng", 4.0), ("Tuấn", 4.0), ("Minh", 4.0), ("Hải", 3.0), ("Nam", 3.0),
    ("Long", 3.0), ("Thắng", 3.0), ("Trung", 3.0), ("Hưng", 3.0), ("Quân", 2.0), ("Sơn", 3.0),
    ("Đức", 2.0), ("Cường", 3.0), ("Hiếu", 2.0), ("Phong", 2.0), ("Thành", 3.0), ("Tùng", 2.0),
    ("Việt", 2.0), ("Khoa", 1.0), ("Bình", 2.0), ("Hòa", 2.0), ("Quang", 2.0), ("Toàn", 2.0),
    ("Lâm", 1.0), ("Huy", 3.0), ("Kiên", 1.0), ("Thịnh", 1.0), ("Vinh", 2.0), ("Tâm", 1.0),
    ("Hoàng", 1.0), ("Thái", 1.0), ("Tiến", 1.0), ("Phúc", 1.0), ("Đạt", 2.0), ("Anh", 3.0),
    ("Khánh", 1.0), ("Lộc", 1.0), ("Tài", 1.0), ("Thuận", 1.0), ("Chiến", 1.0), ("Thanh", 1.0),
    ("Trường", 1.0), ("Nghĩa", 1.0), ("Hiệp", 1.0), ("Lợi", 0.5), ("Tú", 1.0), ("Định", 0.5),
    ("Quý", 0.5), ("Hậu", 0.5), ("Phương", 0.5), ("Kỳ", 0.3), ("Ước", 0.2), ("Ánh", 0.3),
)

ETHNICITIES: tuple[tuple[str, float], ...] = (
    ("Kinh", 94.0),
    ("Tày", 1.5),
    ("Thái", 1.2),
    ("Mường", 1.2),
    ("Nùng", 0.8),
    ("Khmer", 0.6),
    ("Hoa", 0.7),
)

# ---------------------------------------------------------------- positions

# Ordinary staff by the kind of work of their unit: (position, staff category, weight).
STAFF_POSITIONS: dict[str, tuple[tuple[str, str, float], ...]] = {
    "admin": (
        ("Chuyên viên", "CONG_CHUC", 48.0),
        ("Chuyên viên chính", "CONG_CHUC", 26.0),
        ("Chuyên viên cao cấp", "CONG_CHUC", 6.0),
        ("Văn thư", "CONG_CHUC", 3.0),
        ("Kế toán viên", "CONG_CHUC", 3.0),
        ("Nhân viên", "LAO_DONG", 6.0),
        ("Lái xe", "LAO_DONG", 5.0),
        ("Nhân viên phục vụ", "LAO_DONG", 3.0),
    ),
    "service": (
        ("Nhân viên phục vụ", "LAO_DONG", 28.0),
        ("Lái xe", "LAO_DONG", 20.0),
        ("Kỹ thuật viên", "LAO_DONG", 14.0),
        ("Nhân viên", "LAO_DONG", 10.0),
        ("Chuyên viên", "CONG_CHUC", 20.0),
        ("Kế toán viên", "CONG_CHUC", 8.0),
    ),
    "press": (
        ("Phóng viên", "VIEN_CHUC", 28.0),
        ("Biên tập viên", "VIEN_CHUC", 28.0),
        ("Biên tập viên chính", "VIEN_CHUC", 12.0),
        ("Phóng viên chính", "VIEN_CHUC", 6.0),
        ("Kỹ thuật viên", "VIEN_CHUC", 7.0),
        ("Họa sĩ", "VIEN_CHUC", 2.0),
        ("Chuyên viên", "VIEN_CHUC", 8.0),
        ("Nhân viên", "LAO_DONG", 5.0),
        ("Lái xe", "LAO_DONG", 4.0),
    ),
    "academy": (
        ("Giảng viên", "VIEN_CHUC", 32.0),
        ("Giảng viên chính", "VIEN_CHUC", 20.0),
        ("Giảng viên cao cấp", "VIEN_CHUC", 5.0),
        ("Nghiên cứu viên", "VIEN_CHUC", 12.0),
        ("Nghiên cứu viên chính", "VIEN_CHUC", 5.0),
        ("Chuyên viên", "VIEN_CHUC", 15.0),
        ("Nhân viên", "LAO_DONG", 6.0),
        ("Lái xe", "LAO_DONG", 5.0),
    ),
    "publisher": (
        ("Biên tập viên", "VIEN_CHUC", 40.0),
        ("Biên tập viên chính", "VIEN_CHUC", 15.0),
        ("Biên tập viên cao cấp", "VIEN_CHUC", 3.0),
        ("Họa sĩ", "VIEN_CHUC", 5.0),
        ("Kỹ thuật viên", "VIEN_CHUC", 10.0),
        ("Chuyên viên", "VIEN_CHUC", 15.0),
        ("Nhân viên", "LAO_DONG", 8.0),
        ("Lái xe", "LAO_DONG", 4.0),
    ),
}

# Head and deputy titles of a department or team, by the first words of its name.
UNIT_HEAD_TITLES: tuple[tuple[str, str, str], ...] = (
    ("Văn phòng", "Chánh Văn phòng", "Phó Chánh Văn phòng"),
    ("Vụ", "Vụ trưởng", "Phó Vụ trưởng"),
    ("Cục", "Cục trưởng", "Phó Cục trưởng"),
    ("Học viện", "Giám đốc", "Phó Giám đốc"),
    ("Viện", "Viện trưởng", "Phó Viện trưởng"),
    ("Trung tâm", "Giám đốc", "Phó Giám đốc"),
    ("Nhà khách", "Giám đốc", "Phó Giám đốc"),
    ("Tạp chí", "Tổng Biên tập", "Phó Tổng Biên tập"),
    ("Ủy ban Kiểm tra", "Chủ nhiệm", "Phó Chủ nhiệm"),
    ("Cơ quan thường trực", "Trưởng Cơ quan thường trực", "Phó Trưởng Cơ quan thường trực"),
    ("Ban", "Trưởng ban", "Phó Trưởng ban"),
    ("Phòng", "Trưởng phòng", "Phó Trưởng phòng"),
    ("Khoa", "Trưởng khoa", "Phó Trưởng khoa"),
)


def head_titles(unit_name: str) -> tuple[str, str]:
    """(head title, deputy title) of a department or team from its name."""
    for prefix, head, deputy in UNIT_HEAD_TITLES:
        if unit_name == prefix or unit_name.startswith(prefix + " "):
            return head, deputy
    return "Trưởng đơn vị", "Phó Trưởng đơn vị"


# ---------------------------------------------------------------- the bloc

BLOC_CODE = "KHOI-CQDTW"
BLOC_NAME = "Khối thi đua các cơ quan Đảng Trung ương"
COUNCIL_NAME = "Hội đồng Thi đua - Khen thưởng Khối thi đua các cơ quan Đảng Trung ương"


class DeptSpec(NamedTuple):
    name: str
    weight: float = 1.0
    work: str | None = None  # overrides the agency's kind of work
    teams: tuple[str, ...] = ()


class AgencySpec(NamedTuple):
    code: str
    name: str
    weight: float  # staff at the default size (5,500 in all)
    work: str  # kind of work of most staff: admin, press, academy, publisher
    head: str
    deputy: str
    deputies: int
    departments: tuple[DeptSpec, ...]


_OFFICE_TEAMS = ("Phòng Hành chính", "Phòng Tổng hợp", "Phòng Quản trị - Tài vụ")
_ADMIN_TEAMS = ("Phòng Hành chính", "Phòng Tài vụ", "Phòng Quản trị")

AGENCIES: tuple[AgencySpec, ...] = (
    AgencySpec("VPTW", "Văn phòng Trung ương Đảng", 900, "admin", "Chánh Văn phòng", "Phó Chánh Văn phòng", 4, (
        DeptSpec("Vụ Tổng hợp", 1.5),
        DeptSpec("Vụ Hành chính - Lưu trữ", 1.5, teams=("Phòng Hành chính", "Phòng Lưu trữ", "Phòng Cơ yếu")),
        DeptSpec("Vụ Đảng vụ"),
        DeptSpec("Vụ Pháp luật"),
        DeptSpec("Vụ Tổ chức - Cán bộ"),
        DeptSpec("Vụ Tài chính - Kế toán"),
        DeptSpec("Vụ Quản lý tài chính - Đảng phí"),
        DeptSpec("Cục Quản trị T.78", 4.0, "service", ("Phòng Hành chính", "Phòng Phục vụ", "Phòng Xe", "Phòng Kỹ thuật")),
        DeptSpec("Cục Quản trị T.26", 3.0, "service", ("Phòng Hành chính", "Phòng Phục vụ", "Phòng Xe")),
        DeptSpec("Cục Tài chính - Quản trị", 2.0, "service", ("Phòng Tài vụ", "Phòng Quản lý tài sản")),
        DeptSpec("Trung tâm Công nghệ thông tin", 1.5, teams=("Phòng Hạ tầng", "Phòng Phần mềm", "Phòng An toàn thông tin")),
        DeptSpec("Nhà khách Trung ương Đảng", 1.5, "service", ("Phòng Lễ tân", "Phòng Buồng", "Phòng Ăn uống")),
    )),
    AgencySpec("BTCTW", "Ban Tổ chức Trung ương", 520, "admin", "Trưởng ban", "Phó Trưởng ban", 5, (
        DeptSpec("Văn phòng Ban", 1.5, teams=_OFFICE_TEAMS),
        DeptSpec("Vụ Tổ chức - Điều lệ"),
        DeptSpec("Vụ Cơ sở đảng"),
        DeptSpec("Vụ Đảng viên"),
        DeptSpec("Vụ Chính sách cán bộ"),
        DeptSpec("Vụ Bảo vệ chính trị nội bộ"),
        DeptSpec("Vụ Tổng hợp cán bộ"),
        DeptSpec("Vụ Địa phương I"),
        DeptSpec("Vụ Địa phương II"),
        DeptSpec("Vụ Địa phương III"),
        DeptSpec("Vụ IV"),
        DeptSpec("Vụ Tổ chức - Cán bộ cơ quan"),
        DeptSpec("Vụ Đào tạo - bồi dưỡng cán bộ"),
        DeptSpec("Văn phòng Đề án 165", 0.6),
        DeptSpec("Tạp chí Xây dựng Đảng", 1.2, "press", ("Phòng Biên tập", "Phòng Trị sự")),
    )),
    AgencySpec("BTGTW", "Ban Tuyên giáo Trung ương", 380, "admin", "Trưởng ban", "Phó Trưởng ban", 4, (
        DeptSpec("Văn phòng Ban", 1.5, teams=_OFFICE_TEAMS),
        DeptSpec("Vụ Lý luận chính trị"),
        DeptSpec("Vụ Tuyên truyền"),
        DeptSpec("Vụ Báo chí - Xuất bản"),
        DeptSpec("Vụ Văn hóa - Văn nghệ"),
        DeptSpec("Vụ Khoa giáo"),
        DeptSpec("Vụ Tổ chức - Cán bộ"),
        DeptSpec("Vụ Địa phương"),
        DeptSpec("Tạp chí Tuyên giáo", 1.2, "press"),
    )),
    AgencySpec("BDVTW", "Ban Dân vận Trung ương", 180, "admin", "Trưởng ban", "Phó Trưởng ban", 3, (
        DeptSpec("Văn phòng Ban", 1.5),
        DeptSpec("Vụ Tổng hợp"),
        DeptSpec("Vụ Dân tộc"),
        DeptSpec("Vụ Tôn giáo"),
        DeptSpec("Vụ Dân vận các cơ quan nhà nước"),
        DeptSpec("Vụ Đoàn thể nhân dân"),
        DeptSpec("Vụ Tổ chức - Cán bộ"),
        DeptSpec("Tạp chí Dân vận", 1.0, "press"),
    )),
    AgencySpec("BNCTW", "Ban Nội chính Trung ương", 170, "admin", "Trưởng ban", "Phó Trưởng ban", 3, (
        DeptSpec("Văn phòng Ban", 1.5),
        DeptSpec("Vụ Tổng hợp"),
        DeptSpec("Vụ Theo dõi các cơ quan nội chính"),
        DeptSpec("Vụ Phòng, chống tham nhũng, tiêu cực"),
        DeptSpec("Vụ Cải cách tư pháp"),
        DeptSpec("Vụ Tổ chức - Cán bộ"),
        DeptSpec("Vụ Địa phương I"),
        DeptSpec("Vụ Địa phương II"),
    )),
    AgencySpec("BKTTW", "Ban Kinh tế Trung ương", 160, "admin", "Trưởng ban", "Phó Trưởng ban", 3, (
        DeptSpec("Văn phòng Ban", 1.5),
        DeptSpec("Vụ Tổng hợp"),
        DeptSpec("Vụ Kinh tế vĩ mô"),
        DeptSpec("Vụ Kinh tế ngành"),
        DeptSpec("Vụ Kinh tế vùng"),
        DeptSpec("Vụ Doanh nghiệp"),
        DeptSpec("Vụ Tổ chức - Cán bộ"),
    )),
    AgencySpec("BDNTW", "Ban Đối ngoại Trung ương", 190, "admin", "Trưởng ban", "Phó Trưởng ban", 3, (
        DeptSpec("Văn phòng Ban", 1.5),
        DeptSpec("Vụ Tổng hợp"),
        DeptSpec("Vụ Châu Á"),
        DeptSpec("Vụ Châu Âu"),
        DeptSpec("Vụ Châu Mỹ"),
        DeptSpec("Vụ Châu Phi - Tây Á - Nam Á"),
        DeptSpec("Vụ Lễ tân"),
        DeptSpec("Vụ Tổ chức - Cán bộ"),
    )),
    AgencySpec("UBKTTW", "Ủy ban Kiểm tra Trung ương", 380, "admin", "Chủ nhiệm", "Phó Chủ nhiệm", 5, (
        DeptSpec("Văn phòng Ủy ban", 1.5, teams=_OFFICE_TEAMS),
        DeptSpec("Vụ Tổng hợp"),
        DeptSpec("Vụ Giám sát"),
        DeptSpec("Vụ Kiểm tra tài chính"),
        DeptSpec("Vụ Tổ chức - Cán bộ"),
        DeptSpec("Vụ Địa phương I"),
        DeptSpec("Vụ Địa phương II"),
        DeptSpec("Vụ Địa phương III"),
        DeptSpec("Vụ Địa phương IV"),
        DeptSpec("Tạp chí Kiểm tra", 1.0, "press"),
    )),
    AgencySpec("HVCTQG", "Học viện Chính trị quốc gia Hồ Chí Minh", 1250, "academy", "Giám đốc", "Phó Giám đốc", 4, (
        DeptSpec("Văn phòng Học viện", 1.5, "admin", _ADMIN_TEAMS),
        DeptSpec("Vụ Tổ chức - Cán bộ", 1.0, "admin"),
        DeptSpec("Vụ Quản lý đào tạo", 1.0, "admin"),
        DeptSpec("Vụ Quản lý khoa học", 1.0, "admin"),
        DeptSpec("Vụ Hợp tác quốc tế", 1.0, "admin"),
        DeptSpec("Viện Triết học", 1.2),
        DeptSpec("Viện Kinh tế", 1.2),
        DeptSpec("Viện Chính trị học", 1.2),
        DeptSpec("Viện Lịch sử Đảng", 1.2),
        DeptSpec("Viện Hồ Chí Minh và các lãnh tụ của Đảng", 1.2),
        DeptSpec("Viện Nhà nước và Pháp luật", 1.2),
        DeptSpec("Viện Xây dựng Đảng", 1.2),
        DeptSpec("Viện Quan hệ quốc tế", 1.0),
        DeptSpec("Tạp chí Lý luận chính trị", 1.0, "press"),
        DeptSpec("Học viện Chính trị khu vực I", 4.0, None, (
            "Văn phòng", "Khoa Triết học", "Khoa Kinh tế chính trị", "Khoa Xây dựng Đảng")),
        DeptSpec("Học viện Chính trị khu vực II", 4.0, None, (
            "Văn phòng", "Khoa Triết học", "Khoa Lịch sử Đảng", "Khoa Nhà nước và Pháp luật")),
        DeptSpec("Học viện Chính trị khu vực III", 3.0, None, ("Văn phòng", "Khoa Chính trị học", "Khoa Dân tộc")),
        DeptSpec("Học viện Chính trị khu vực IV", 3.0, None, ("Văn phòng", "Khoa Kinh tế", "Khoa Văn hóa và Phát triển")),
    )),
    AgencySpec("DUKCCQTW", "Đảng ủy Khối các cơ quan Trung ương", 130, "admin", "Bí thư Đảng ủy Khối",
               "Phó Bí thư Đảng ủy Khối", 3, (
        DeptSpec("Văn phòng Đảng ủy", 1.5),
        DeptSpec("Ban Tổ chức"),
        DeptSpec("Ban Tuyên giáo"),
        DeptSpec("Ủy ban Kiểm tra"),
        DeptSpec("Ban Dân vận"),
    )),
    AgencySpec("DUKDNTW", "Đảng ủy Khối doanh nghiệp Trung ương", 120, "admin", "Bí thư Đảng ủy Khối",
               "Phó Bí thư Đảng ủy Khối", 3, (
        DeptSpec("Văn phòng Đảng ủy", 1.5),
        DeptSpec("Ban Tổ chức"),
        DeptSpec("Ban Tuyên giáo"),
        DeptSpec("Ủy ban Kiểm tra"),
        DeptSpec("Ban Dân vận"),
    )),
    AgencySpec("NHANDAN", "Báo Nhân Dân", 620, "press", "Tổng Biên tập", "Phó Tổng Biên tập", 4, (
        DeptSpec("Ban Thư ký tòa soạn", 1.5, teams=("Phòng Biên tập", "Phòng Trình bày")),
        DeptSpec("Ban Chính trị - Xã hội"),
        DeptSpec("Ban Xây dựng Đảng"),
        DeptSpec("Ban Kinh tế"),
        DeptSpec("Ban Quốc tế"),
        DeptSpec("Ban Văn hóa - Văn nghệ"),
        DeptSpec("Ban Bạn đọc"),
        DeptSpec("Ban Điện tử", 1.5),
        DeptSpec("Ban Biên tập Nhân Dân cuối tuần"),
        DeptSpec("Ban Biên tập Nhân Dân hằng tháng", 0.7),
        DeptSpec("Trung tâm Truyền hình Nhân Dân", 2.0, None, ("Phòng Thời sự", "Phòng Chuyên đề", "Phòng Kỹ thuật")),
        DeptSpec("Cơ quan thường trực tại Thành phố Hồ Chí Minh", 1.2),
        DeptSpec("Văn phòng", 1.2, "admin", _ADMIN_TEAMS),
        DeptSpec("Ban Tổ chức - Cán bộ", 0.6, "admin"),
        DeptSpec("Ban Kế hoạch - Tài chính", 0.6, "admin"),
    )),
    AgencySpec("TCCS", "Tạp chí Cộng sản", 230, "press", "Tổng Biên tập", "Phó Tổng Biên tập", 3, (
        DeptSpec("Ban Thư ký tòa soạn", 1.2),
        DeptSpec("Ban Lý luận chính trị"),
        DeptSpec("Ban Xây dựng Đảng"),
        DeptSpec("Ban Kinh tế"),
        DeptSpec("Ban Văn hóa - Xã hội"),
        DeptSpec("Ban Quốc tế"),
        DeptSpec("Ban Điện tử", 1.2),
        DeptSpec("Văn phòng", 1.0, "admin"),
        DeptSpec("Ban Tổ chức - Cán bộ", 0.6, "admin"),
    )),
    AgencySpec("NXBCTQG", "Nhà xuất bản Chính trị quốc gia Sự thật", 270, "publisher", "Giám đốc - Tổng Biên tập",
               "Phó Giám đốc - Phó Tổng Biên tập", 3, (
        DeptSpec("Ban Thư ký biên tập"),
        DeptSpec("Ban Biên tập sách Lý luận - Chính trị"),
        DeptSpec("Ban Biên tập sách Kinh điển"),
        DeptSpec("Ban Biên tập sách Pháp luật"),
        DeptSpec("Ban Biên tập sách Kinh tế"),
        DeptSpec("Ban Biên tập sách Địa phương"),
        DeptSpec("Ban Biên tập sách điện tử"),
        DeptSpec("Ban Phát hành", 1.2),
        DeptSpec("Văn phòng", 1.0, "admin"),
        DeptSpec("Ban Kế hoạch - Tài chính", 0.6, "admin"),
    )),
)

# The 2019 leadership of the bloc (DOMAIN.md §11): the council's chair and deputies come
# from these agencies.
KHOI_TRUONG = "HVCTQG"
KHOI_PHO = ("DUKCCQTW", "BDVTW")

# ---------------------------------------------------------------- sáng kiến

INITIATIVE_TEMPLATES: tuple[str, ...] = (
    "Giải pháp số hóa hồ sơ đảng viên tại {unit}",
    "Nâng cao chất lượng tham mưu, tổng hợp tại {unit}",
    "Ứng dụng phần mềm quản lý văn bản và điều hành tại {unit}",
    "Đổi mới quy trình tiếp nhận, xử lý văn bản đến tại {unit}",
    "Xây dựng cơ sở dữ liệu cán bộ phục vụ công tác quản lý tại {unit}",
    "Giải pháp nâng cao hiệu quả công tác lưu trữ tại {unit}",
    "Chuẩn hóa quy trình thẩm định hồ sơ khen thưởng tại {unit}",
    "Ứng dụng chữ ký số trong trao đổi văn bản tại {unit}",
    "Đổi mới phương pháp đánh giá, xếp loại cán bộ tại {unit}",
    "Giải pháp tiết kiệm chi phí hành chính tại {unit}",
    "Nâng cao hiệu quả công tác bồi dưỡng nghiệp vụ cho cán bộ trẻ tại {unit}",
    "Xây dựng bộ tiêu chí chấm điểm thi đua tại {unit}",
    "Giải pháp bảo đảm an toàn thông tin mạng tại {unit}",
    "Số hóa tài liệu lưu trữ giai đoạn 2015-2020 tại {unit}",
)
INITIATIVE_TEMPLATES_BO_TINH: tuple[str, ...] = (
    "Đề tài khoa học cấp bộ: Nâng cao chất lượng công tác {topic} trong tình hình mới",
    "Đề án đổi mới công tác {topic} trong các cơ quan Đảng Trung ương",
    "Giải pháp chuyển đổi số công tác {topic} trong Khối các cơ quan Đảng Trung ương",
    "Đề tài khoa học cấp bộ: Cơ sở lý luận và thực tiễn của công tác {topic}",
)
INITIATIVE_TOPICS: tuple[str, ...] = (
    "tổ chức xây dựng Đảng", "quản lý đảng viên", "tuyên truyền", "kiểm tra, giám sát",
    "thi đua, khen thưởng", "đào tạo, bồi dưỡng cán bộ", "lưu trữ văn kiện Đảng", "dân vận",
    "phòng, chống tham nhũng", "đối ngoại Đảng", "báo chí, xuất bản",
)

DISCIPLINE_NOTES: tuple[str, ...] = (
    "Vi phạm quy chế làm việc của cơ quan",
    "Vi phạm quy định về giờ giấc làm việc",
    "Thiếu trách nhiệm trong thực hiện nhiệm vụ được giao",
    "Vi phạm quy định về quản lý tài liệu",
    "Vi phạm quy định về sử dụng tài sản công",
)

import datetime as _dt

from PySide6.QtCore import Qt

from app.services import org
from ui.models import ALL_UNITS, PeopleTableModel, TupleTableModel, UnitTreeModel
from ui.models.unit_tree import UNIT_ID_ROLE


def test_unit_tree_model(qtmodeltester, org_db):
    with org_db.factory() as s:
        units = org.list_units(s)
    model = UnitTreeModel()
    model.set_units(units)
    qtmodeltester.check(model)
    root = model.index(0, 0)
    assert root.data() == "Tất cả đơn vị"
    assert root.data(UNIT_ID_ROLE) == ALL_UNITS
    bloc = model.index(0, 0, root)
    assert bloc.data() == "Khối các sở, ngành"
    assert [model.index(i, 0, bloc).data() for i in range(model.rowCount(bloc))] == ["Sở Nội vụ", "Sở Tài chính"]
    snv = model.index_of(org_db.ids["SNV"])
    assert model.parent(snv) == bloc
    assert model.rowCount(snv) == 2


def test_unit_tree_model_survives_orphans_and_reset(qtmodeltester):
    from app.services.org import UnitRow

    model = UnitTreeModel()
    model.set_units(
        [UnitRow(2, "B", "Con mồ côi", "DON_VI", 99, 1, False, 1), UnitRow(1, "A", "Gốc", "KHOI", None, 1, True, 1)]
    )
    qtmodeltester.check(model)
    root = model.index(0, 0)
    assert model.rowCount(root) == 2  # a unit whose parent is unknown hangs under the root
    orphan = model.index_of(2)
    assert orphan.data(Qt.ItemDataRole.FontRole).italic()
    model.set_units([])
    qtmodeltester.check(model)


def test_people_table_model(qtmodeltester, org_db):
    with org_db.factory() as s:
        result = org.search_people(s, include_inactive=True)
    model = PeopleTableModel()
    model.set_rows(result.rows, result.total)
    qtmodeltester.check(model)
    assert model.columnCount() == 6
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Mã", "Họ và tên", "Giới tính", "Năm sinh", "Chức vụ", "Đơn vị"]
    row = model.row_of(org_db.ids["CB001"])
    assert [model.index(row, c).data() for c in range(6)] == [
        "CB001",
        "Nguyễn Thị Hoa",
        "Nữ",
        "1985",
        "Chuyên viên",
        "Phòng Tổ chức, biên chế",
    ]


def test_people_table_greys_people_who_left(org_db):
    with org_db.factory.begin() as s:
        p = org.get_person(s, org_db.ids["CB003"])
        org.deactivate_person(s, person_id=p.id, version=p.version, on_date=_dt.date.today())
    with org_db.factory() as s:
        rows = org.search_people(s, include_inactive=True).rows
    model = PeopleTableModel()
    model.set_rows(rows)
    left = model.row_of(org_db.ids["CB003"])
    stayed = model.row_of(org_db.ids["CB001"])
    assert model.index(left, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(stayed, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "Thôi công tác từ" in model.index(left, 1).data(Qt.ItemDataRole.ToolTipRole)


def test_tuple_table_model(qtmodeltester):
    model = TupleTableModel(["Sheet", "Dòng", "Lý do"])
    model.set_rows([("Cán bộ", 3, "sai"), ("Cán bộ", 4, None)], error_rows={0})
    qtmodeltester.check(model)
    assert model.index(1, 2).data() == ""
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
